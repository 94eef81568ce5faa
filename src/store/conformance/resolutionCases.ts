/** Conformance cases for incremental corpus entity resolution (the streaming path of `recluster`). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzedArticle, Entity } from '../../model/records.ts';
import { defaultContext } from '../../model/stage.ts';
import { resolveCorpusEntities } from '../../nlp/CorpusEntityResolver.ts';
import { entityKey } from '../../nlp/keys.ts';
import { recluster } from '../recluster.ts';
import type { ChorusStore, StoreDialect } from '../store.ts';
import { makeArticle } from './records.ts';
import type { OpenFresh } from './support.ts';

function entity(id: string, type: Entity['type'], name: string, extra: Partial<Entity> = {}): Entity {
  return { id, key: entityKey(type, name), name, type, aliases: [], roles: [], affiliation: null, acronym: null, mentions: [[0, 1]], countryCode: null, stage: 'nlp', ...extra };
}

function withEntities(article: AnalyzedArticle, entities: Entity[]): AnalyzedArticle {
  return { ...article, entities };
}

/** Surname and acronym alone first; their full forms arrive in a later ingest; one unrelated article. */
const EARLY = withEntities(
  makeArticle({ id: 'r000000000000001', title: 'Galuzin on the CSTO', outlet: 'Armenpress', publishedAt: '2024-06-05', text: 'Galuzin spoke of the CSTO. "Refrain from rash steps," Galuzin said.', quotes: [{ text: 'Refrain from rash steps', speaker: 'Galuzin', speakerEntity: 'e1' }] }),
  [entity('e1', 'person', 'Galuzin'), entity('e2', 'organization', 'CSTO', { acronym: 'CSTO' })],
);
const FULL = withEntities(
  makeArticle({ id: 'r000000000000002', title: 'Deputy minister Mikhail Galuzin', outlet: 'TASS', publishedAt: '2024-06-06', text: 'Mikhail Galuzin spoke of the Collective Security Treaty Organization (CSTO).' }),
  [entity('e1', 'person', 'Mikhail Galuzin', { roles: ['Deputy Foreign Minister'] }), entity('e2', 'organization', 'Collective Security Treaty Organization', { acronym: 'CSTO' })],
);
const OTHER = withEntities(
  makeArticle({ id: 'r000000000000003', title: 'Pashinyan in Brussels', outlet: 'Mediamax', publishedAt: '2024-06-07', text: 'Nikol Pashinyan went to Brussels.' }),
  [entity('e1', 'person', 'Nikol Pashinyan')],
);

/** The store with putArticle counted (which articles re-clustering wrote back). */
function counting(store: ChorusStore): { store: ChorusStore; writes: string[] } {
  const writes: string[] = [];
  const spy = Object.create(store) as ChorusStore;
  spy.putArticle = (article, options) => {
    writes.push(article.id);
    return store.putArticle(article, options);
  };
  return { store: spy, writes };
}

export function resolutionCases(dialect: StoreDialect, open: OpenFresh): void {
  describe(`incremental entity resolution (${dialect})`, () => {
    it('resolves new articles against the stored groups, re-keys only stored articles that change, and agrees with the batch pass', async () => {
      const store = await open();
      try {
        const context = defaultContext({ now: '2025-01-01T00:00:00Z' });
        const streaming = { streamingFrom: 0 };
        await store.putArticle(EARLY);
        assert.deepEqual(await store.unresolvedArticles(), [EARLY.id]);
        await recluster(store, context, streaming);
        assert.deepEqual(await store.unresolvedArticles(), []);
        assert.equal((await store.getArticle(EARLY.id))?.entities[0]?.key, 'person:galuzin', 'nothing to fit yet');

        await store.putArticle(OTHER);
        await store.putArticle(FULL);
        assert.deepEqual(await store.unresolvedArticles(), [FULL.id, OTHER.id]);
        const rows = await store.entitiesOfGroups(['person galuzin', 'acronym CSTO']);
        assert.deepEqual(rows.map((r) => [r.article, r.entity.id]), [[EARLY.id, 'e1'], [EARLY.id, 'e2'], [FULL.id, 'e1'], [FULL.id, 'e2']], 'publication order, then position');

        const spy = counting(store);
        await recluster(spy.store, context, streaming);
        assert.deepEqual(spy.writes, [EARLY.id], 'only the stored article whose keys changed is written back');
        const early = await store.getArticle(EARLY.id);
        assert.equal(early?.entities[0]?.key, 'person:mikhail-galuzin');
        assert.equal(early?.quotes[0]?.speaker, 'Mikhail Galuzin');
        assert.equal(early?.entities[1]?.key, entityKey('organization', 'Collective Security Treaty Organization'));
        const batch = resolveCorpusEntities({ articles: [EARLY, FULL, OTHER] }, context);
        for (const expected of batch) assert.deepEqual((await store.getArticle(expected.id))?.entities, expected.entities);
        assert.deepEqual((await store.getEntity('person:mikhail-galuzin'))?.articleCount, 2);
        // The renamed speaker is searchable; an article written back with the same search documents is indexed once.
        assert.ok((await store.search('Mikhail')).items.some((h) => h.article === EARLY.id && h.quoteIndex === 0));
        await store.putArticle(FULL, { resolved: true });
        assert.deepEqual((await store.search('Collective')).items.map((h) => [h.article, h.quoteIndex]), [[FULL.id, null]]);

        for (const id of [EARLY.id, FULL.id, OTHER.id]) assert.notEqual(await store.storyOfArticle(id), null, `${id} is in a story`);
        const stories = (await store.listStories({})).items.length;
        const again = counting(store);
        assert.equal(await recluster(again.store, context, streaming), stories, 'nothing new: the same stories');
        assert.deepEqual(again.writes, []);
        assert.equal((await store.listStories({})).items.length, stories);
      } finally {
        await store.close();
      }
    });
  });
}
