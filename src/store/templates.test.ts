/**
 * Template learning through the store (issue #3): synthetic pages of one outlet share
 * chrome that reads like prose, so only the outlet's earlier pages can tell it apart. Later
 * pages come out cleaner than the first ones, and re-ingesting every page afterwards (when
 * the learned templates would now clean the first pages differently) adds nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { documentStages } from '../pipeline.ts';
import { contextWithTemplates, ingestDocuments } from './ingestDocuments.ts';
import { openSqliteStore } from './sqlite/index.ts';
import type { ChorusStore } from './store.ts';
import { HOUSE, PAGES, SUBJECTS, TOWNS } from '../../tests/support/outletPages.ts';

const CONTEXT = { now: '2024-06-01T00:00:00Z' };


describe('template learning kept in the store', () => {
  let store: ChorusStore;
  const ids: string[] = [];
  const keptHouse: boolean[] = [];

  before(async () => {
    store = await openSqliteStore(':memory:');
    for (const doc of PAGES) {
      const summary = await ingestDocuments(store, [doc], { context: CONTEXT, recluster: false });
      assert.equal(summary.added, 1, `${doc.source} added`);
      const listed = await store.listArticles({ limit: 1 });
      const article = await store.getArticle(listed.items[0]!.id);
      assert.ok(article);
      ids.push(article.id);
      keptHouse.push(HOUSE.some((line) => article.text.includes(line)));
    }
  });
  after(async () => { await store.close(); });

  it('the first pages keep the house lines; once two pages are learned, later ones drop them', () => {
    assert.deepEqual(keptHouse, [true, true, false, false, false, false]);
  });

  it('keeps every article body', async () => {
    for (const [i, id] of ids.entries()) {
      const article = await store.getArticle(id);
      assert.ok(article?.text.includes(`Councillors in ${TOWNS[i]} voted on Tuesday`), `page ${i} body kept`);
      assert.ok(article?.text.includes(`Work on ${SUBJECTS[i]} is due to start`), `page ${i} last paragraph kept`);
    }
  });

  it('the store holds the outlet template under the given outlet name', async () => {
    const templates = await store.getOutletTemplates(['harbour times'], { pruneAfter: 50, pruneEvery: 10, minLineDocuments: 2 });
    assert.equal(templates.outlets['harbour times']?.documents, PAGES.length);
  });

  it('extracting the first page again would now give another id: that is why re-ingest goes by the raw input', async () => {
    const now = documentStages.extract(PAGES[0]!, await contextWithTemplates(store, PAGES[0]!, CONTEXT));
    assert.notEqual(now.id, ids[0]);
    assert.ok(!HOUSE.some((line) => now.text.includes(line)));
  });

  it('re-ingesting every page is idempotent: same ids, no duplicates, templates unchanged', async () => {
    const before = await store.getOutletTemplates(null, { pruneAfter: 50, pruneEvery: 10, minLineDocuments: 1 });
    const again = await ingestDocuments(store, PAGES, { context: CONTEXT, recluster: false });
    assert.equal(again.added, 0);
    assert.equal(again.duplicates, PAGES.length);
    assert.equal(await store.countArticles(), PAGES.length);
    const stored: string[] = [];
    for await (const article of store.iterateArticles()) stored.push(article.id);
    assert.deepEqual(stored.sort(), [...ids].sort());
    assert.deepEqual(await store.getOutletTemplates(null, { pruneAfter: 50, pruneEvery: 10, minLineDocuments: 1 }), before);
  });
});
