/** Conformance cases for template learning (per-outlet line counts) and raw-input identity. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OutletTemplates, TemplateLesson, TemplatePolicy } from '../../model/stage.ts';
import { applyTemplateLesson } from '../../extract/text/OutletTemplates.ts';
import type { ChorusStore, StoreDialect } from '../store.ts';
import { ARTICLES, makeArticle } from './records.ts';
import type { OpenFresh } from './support.ts';

/** A small policy so pruning happens within a short test: forget single-page lines after 3 pages, checked every 2. */
const POLICY: TemplatePolicy = { pruneAfter: 3, pruneEvery: 2, minLineDocuments: 1 };

/** Page `i` of an outlet: two chrome lines on every page, one on every other page, and two lines of its own. */
function lesson(outlet: string, i: number): TemplateLesson {
  const fingerprints = ['menu', 'footer', `own-${i}-a`, `own-${i}-b`];
  if (i % 2 === 0) fingerprints.push('box');
  return { outlet, fingerprints };
}

export function templateCases(dialect: StoreDialect, open: OpenFresh): void {
  describe(`outlet templates (${dialect})`, () => {
    let store: ChorusStore;
    before(async () => { store = await open(); });
    after(async () => { await store.close(); });

    it('starts empty', async () => {
      assert.deepEqual(await store.getOutletTemplates(null, POLICY), { outlets: {} });
      assert.deepEqual(await store.getOutletTemplates(['courier'], POLICY), { outlets: {} });
      assert.deepEqual(await store.getOutletTemplates([], POLICY), { outlets: {} });
    });

    it('counts exactly as applyTemplateLesson does, pruning included', async () => {
      let expected: OutletTemplates | undefined;
      for (let i = 0; i < 9; i++) {
        for (const outlet of ['courier', 'gazette']) {
          const page = lesson(outlet, i);
          await store.learnOutletTemplate(page, POLICY);
          expected = applyTemplateLesson(expected, page, POLICY);
        }
      }
      assert.deepEqual(await store.getOutletTemplates(null, POLICY), expected);
      const courier = (await store.getOutletTemplates(['courier', 'unknown'], POLICY)).outlets;
      assert.deepEqual(Object.keys(courier), ['courier']);
      assert.equal(courier.courier?.documents, 9);
      assert.deepEqual(courier.courier?.lines.menu, { documents: 9, first: 1, last: 9 });
      assert.deepEqual(courier.courier?.lines.box, { documents: 5, first: 1, last: 9 });
      assert.equal(courier.courier?.lines['own-0-a'], undefined, 'a single-page line is forgotten after 3 more pages');
      assert.deepEqual(courier.courier?.lines['own-8-a'], { documents: 1, first: 9, last: 9 });
    });

    it('loads only lines seen on enough pages', async () => {
      const loaded = await store.getOutletTemplates(['gazette'], { ...POLICY, minLineDocuments: 2 });
      assert.deepEqual(Object.keys(loaded.outlets.gazette?.lines ?? {}).sort(), ['box', 'footer', 'menu']);
      assert.equal(loaded.outlets.gazette?.documents, 9);
    });

    it('counts a line once per page even when a page lists it twice', async () => {
      await store.learnOutletTemplate({ outlet: 'herald', fingerprints: ['x', 'x', 'y'] }, POLICY);
      assert.deepEqual((await store.getOutletTemplates(['herald'], POLICY)).outlets.herald, {
        documents: 1, lines: { x: { documents: 1, first: 1, last: 1 }, y: { documents: 1, first: 1, last: 1 } },
      });
    });
  });

  describe(`raw inputs (${dialect})`, () => {
    let store: ChorusStore;
    before(async () => { store = await open(); });
    after(async () => { await store.close(); });

    it('remembers which article a raw input became, with the article or after it', async () => {
      const article = ARTICLES[0]!;
      assert.equal(await store.articleOfRawInput('raw-1'), null);
      assert.deepEqual(await store.putArticle(article, { rawHash: 'raw-1' }), { added: true });
      assert.equal(await store.articleOfRawInput('raw-1'), article.id);
      await store.putRawInput('raw-2', article.id);
      await store.putRawInput('raw-2', article.id);
      assert.equal(await store.articleOfRawInput('raw-2'), article.id);
      assert.deepEqual(await store.putArticle(article, { rawHash: 'raw-1' }), { added: false });
      assert.equal(await store.countArticles(), 1);
    });

    it("a new article learns its lesson in its own transaction; storing it again teaches nothing", async () => {
      const article = ARTICLES[1]!;
      const lesson = { lesson: { outlet: 'tribune', fingerprints: ['menu', 'footer'] }, policy: POLICY };
      assert.deepEqual(await store.putArticle(article, { rawHash: 'raw-3', lesson }), { added: true });
      assert.deepEqual(await store.putArticle(article, { rawHash: 'raw-4', lesson }), { added: false });
      const tribune = (await store.getOutletTemplates(['tribune'], POLICY)).outlets.tribune;
      assert.equal(tribune?.documents, 1);
      assert.deepEqual(tribune?.lines.menu, { documents: 1, first: 1, last: 1 });
      assert.equal(await store.articleOfRawInput('raw-4'), article.id);
    });

    it('a failed article leaves no raw input and no lesson behind', async () => {
      const broken = makeArticle({
        id: 'bad0000000000001', title: 'Broken', outlet: 'X', publishedAt: '2024-01-01', text: 'Twice the same entity id.',
        entities: [{ id: 'e1', key: 'person:a', name: 'A' }, { id: 'e1', key: 'person:b', name: 'B' }],
        quotes: [],
      });
      const lesson = { lesson: { outlet: 'broken-outlet', fingerprints: ['menu'] }, policy: POLICY };
      await assert.rejects(store.putArticle(broken, { rawHash: 'raw-broken', lesson }));
      assert.equal(await store.articleOfRawInput('raw-broken'), null);
      assert.deepEqual(await store.getOutletTemplates(['broken-outlet'], POLICY), { outlets: {} });
    });
  });
}
