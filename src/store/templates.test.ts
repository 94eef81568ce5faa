/**
 * Template learning through the store (issue #3): synthetic pages of one outlet share
 * chrome that reads like prose, so only the outlet's earlier pages can tell it apart. Later
 * pages come out cleaner than the first ones, and re-ingesting every page afterwards (when
 * the learned templates would now clean the first pages differently) adds nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RawDocument } from '../model/records.ts';
import { documentStages } from '../pipeline.ts';
import { contextWithTemplates, ingestDocuments } from './ingestDocuments.ts';
import { openSqliteStore } from './sqlite/index.ts';
import type { ChorusStore } from './store.ts';

const CONTEXT = { now: '2024-06-01T00:00:00Z' };

/** House lines every page carries; each reads like a sentence of an article. */
const HOUSE = [
  'Our reporters cover the harbour towns every day, from council meetings to the football results.',
  'The Harbour Times has been printed on this coast since 1921 and is owned by its readers.',
];

const TOWNS = ['Elmsford', 'Carrow', 'Dunmere', 'Ashby', 'Wendle', 'Porthlow'];
const SUBJECTS = ['a new ferry pier', 'the library extension', 'a flood barrier', 'the market hall roof', 'a cycle path', 'the lifeboat station'];

/** Page `i`: menu, title, byline, four paragraphs of its own, then the house lines. */
function page(i: number): RawDocument {
  const town = TOWNS[i]!;
  const subject = SUBJECTS[i]!;
  const body = [
    `Councillors in ${town} voted on Tuesday to approve ${subject}, ending a debate that has run through three budget meetings and two public consultations this year.`,
    `The plan for ${subject} will cost the town about ${(i + 2) * 1.4} million pounds, most of it from a regional grant that must be spent before the end of next spring.`,
    `Residents who spoke at the meeting in ${town} were divided: some welcomed the work on ${subject}, while others asked why the money was not going to roads and schools instead.`,
    `Work on ${subject} is due to start in ${['March', 'April', 'May', 'June', 'July', 'August'][i]}, and the council said it would publish a timetable for the closures on its website.`,
  ];
  const content = [
    'Harbour Times',
    'News',
    'Sport',
    `${town} approves ${subject}`,
    `By Staff Reporter ${i + 1}`,
    ...body,
    ...HOUSE,
    'Contact us',
  ].join('\n');
  return {
    source: `harbour/${i}.txt`, format: 'text', content, encoding: 'utf-8',
    given: { outlet: 'Harbour Times', publishedAt: `2024-05-0${i + 1}` }, arrival: { kind: 'file' }, problems: [],
  };
}

const PAGES = Array.from({ length: TOWNS.length }, (_, i) => page(i));

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
