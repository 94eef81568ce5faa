/** Conformance cases for quote, entity and full-text search queries. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ChorusError } from '../../model/errors.ts';
import type { ChorusStore, StoreDialect } from '../store.ts';
import { isUsage, populated, type OpenFresh } from './support.ts';

/** Whether a query with an unbalanced double quote is rejected: FTS5 has a strict syntax; websearch_to_tsquery accepts anything. */
const UNBALANCED_QUOTE_REJECTED: Record<StoreDialect, boolean> = { sqlite: true, postgres: false };
/** Whether `NOT` alone (an operator without operand) is rejected. */
const BARE_OPERATOR_REJECTED: Record<StoreDialect, boolean> = { sqlite: true, postgres: false };

/** Quotes and entities: filters and pages. */
export function quoteAndEntityCases(dialect: StoreDialect, open: OpenFresh): void {
  describe(`quotes and entities (${dialect})`, () => {
    let store: ChorusStore;
    before(async () => { store = await populated(open); });
    after(async () => { await store.close(); });

    it('lists quotes oldest first, filtered by speaker name (any case, part of the name) or key, and by story', async () => {
      const all = await store.listQuotes({});
      assert.deepEqual(all.items.map((q) => [q.article, q.index]), [['a000000000000001', 0], ['a000000000000002', 0], ['a000000000000004', 0]]);
      const galuzin = await store.listQuotes({ speaker: 'galuzin' });
      assert.deepEqual(galuzin.items.map((q) => q.article), ['a000000000000001', 'a000000000000002']);
      assert.equal(galuzin.items[0]!.speakerKey, 'person:mikhail-galuzin');
      assert.equal(galuzin.items[0]!.story, 's-galuzin');
      assert.equal(galuzin.items[0]!.outlet, 'Armenpress');
      assert.equal(galuzin.items[0]!.quote.text, 'We call on Yerevan to refrain from rash decisions');
      assert.deepEqual((await store.listQuotes({ speaker: 'person:nikol-pashinyan' })).items.map((q) => q.article), ['a000000000000004']);
      assert.deepEqual((await store.listQuotes({ story: 's-moscow' })).items.map((q) => q.article), ['a000000000000004']);
      assert.equal((await store.listQuotes({ speaker: '%' })).items.length, 0);
      const first = await store.listQuotes({ limit: 2 });
      const rest = await store.listQuotes({ limit: 2, cursor: first.next });
      assert.deepEqual([...first.items, ...rest.items].map((q) => q.article), all.items.map((q) => q.article));
      assert.equal(rest.next, null);
    });

    it('builds an entity page: best name, aliases, roles over time, articles, stories, quotes, related', async () => {
      const page = await store.getEntity('person:mikhail-galuzin');
      assert.ok(page);
      assert.equal(page.name, 'Galuzin');
      assert.equal(page.type, 'person');
      assert.equal(page.articleCount, 3);
      assert.deepEqual(page.aliases, ['Mikhail Galuzin']);
      assert.deepEqual(page.roles, [
        { role: 'Deputy Foreign Minister', from: '2024-06-05', to: '2024-06-06' },
        { role: 'diplomat', from: '2024-06-05T14:20:00Z', to: '2024-06-05T14:20:00Z' },
      ]);
      assert.deepEqual(page.articles.map((a) => a.id), ['a000000000000001', 'a000000000000002', 'a000000000000003']);
      assert.deepEqual(page.stories, ['s-galuzin']);
      assert.deepEqual(page.quotes.map((q) => q.article), ['a000000000000001', 'a000000000000002']);
      assert.deepEqual(page.related.map((r) => [r.key, r.count]), [['organization:csto', 2], ['person:nikol-pashinyan', 2]]);
      assert.equal(page.sample.key, 'person:mikhail-galuzin');
      assert.equal(await store.getEntity('person:nobody'), null);
    });

    it('lists entities by article count, filtered by type and name, with cursors', async () => {
      const all = await store.listEntities({});
      assert.deepEqual(all.items.map((e) => [e.key, e.articleCount]), [
        ['person:mikhail-galuzin', 3], ['person:nikol-pashinyan', 3], ['organization:csto', 2],
      ]);
      assert.deepEqual((await store.listEntities({ type: 'organization' })).items.map((e) => e.name), ['CSTO']);
      assert.deepEqual((await store.listEntities({ name: 'GALUZ' })).items.map((e) => e.key), ['person:mikhail-galuzin']);
      const first = await store.listEntities({ limit: 2 });
      const second = await store.listEntities({ limit: 2, cursor: first.next });
      assert.deepEqual(second.items.map((e) => e.key), ['organization:csto']);
      assert.equal(second.next, null);
    });
  });
}

/** Full-text search: hits, pages, and how bad query syntax is reported per dialect. */
export function searchCases(dialect: StoreDialect, open: OpenFresh): void {
  describe(`search (${dialect})`, () => {
    let store: ChorusStore;
    before(async () => { store = await populated(open); });
    after(async () => { await store.close(); });

    it('finds articles by title and body words, with highlighted snippets', async () => {
      const hits = await store.search('apricot');
      assert.deepEqual(hits.items.map((h) => [h.kind, h.article]), [['article', 'a000000000000005']]);
      assert.match(hits.items[0]!.snippet, /\u0002apricot\u0003/);
      const title = await store.search('Gyumri');
      assert.deepEqual(title.items.map((h) => h.article), ['a000000000000005']);
      assert.equal(title.items[0]!.title, 'Harvest festival in Gyumri');
    });

    it('finds quotes as quote hits', async () => {
      const hits = await store.search('developing');
      const quote = hits.items.find((h) => h.kind === 'quote');
      assert.ok(quote);
      assert.equal(quote.article, 'a000000000000004');
      assert.equal(quote.quoteIndex, 0);
      assert.equal(quote.outlet, 'PanARMENIAN.Net');
    });

    it('matches phrases and pages through hits', async () => {
      const hits = await store.search('"rash decisions"');
      const articles = new Set(hits.items.map((h) => h.article));
      assert.deepEqual([...articles].sort(), ['a000000000000001', 'a000000000000002']);
      const first = await store.search('"rash decisions"', { limit: 1 });
      assert.equal(first.items.length, 1);
      assert.ok(first.next);
      const second = await store.search('"rash decisions"', { limit: 1, cursor: first.next });
      assert.notDeepEqual(second.items[0], first.items[0]);
    });

    it('never crashes on malformed queries', async () => {
      await assert.rejects(store.search('   '), isUsage);
      for (const [query, rejected] of [['"rash decisions', UNBALANCED_QUOTE_REJECTED[dialect]], ['NOT', BARE_OPERATOR_REJECTED[dialect]]] as const) {
        if (rejected) {
          await assert.rejects(store.search(query), (e: unknown) => isUsage(e) && /double quotes/.test((e as ChorusError).hint ?? ''));
        } else {
          const result = await store.search(query);
          assert.ok(Array.isArray(result.items));
        }
      }
      // Punctuation a user may type never reaches the engine as syntax it cannot parse.
      for (const query of ['100%', 'col:umn']) {
        try {
          await store.search(query);
        } catch (error) {
          assert.ok(isUsage(error), `${query}: ${String(error)}`);
        }
      }
    });
  });
}
