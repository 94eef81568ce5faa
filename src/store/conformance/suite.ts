/**
 * The one conformance suite every store backend must pass. Where backends legitimately
 * differ, the expectation is a `Record<StoreDialect, T>`, so adding a dialect fails to
 * type-check until its expectations are written down.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ChorusError } from '../../model/errors.ts';
import type { ChorusStore, StoreDialect } from '../store.ts';
import { ARTICLES, STORIES, STORYLINES, makeArticle } from './records.ts';

/** Whether a query with an unbalanced double quote is rejected: FTS5 has a strict syntax; websearch_to_tsquery accepts anything. */
const UNBALANCED_QUOTE_REJECTED: Record<StoreDialect, boolean> = { sqlite: true, postgres: false };
/** Whether `NOT` alone (an operator without operand) is rejected. */
const BARE_OPERATOR_REJECTED: Record<StoreDialect, boolean> = { sqlite: true, postgres: false };

export type OpenFresh = () => Promise<ChorusStore>;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function isUsage(error: unknown): boolean {
  return error instanceof ChorusError && error.code === 'usage';
}

async function populated(open: OpenFresh): Promise<ChorusStore> {
  const store = await open();
  for (const article of ARTICLES) await store.putArticle(article);
  await store.saveStories(STORIES, STORYLINES);
  return store;
}

export function conformance(dialect: StoreDialect, open: OpenFresh): void {
  describe(`articles (${dialect})`, () => {
    let store: ChorusStore;
    before(async () => { store = await open(); });
    after(async () => { await store.close(); });

    it('reports the dialect', () => assert.equal(store.dialect, dialect));

    it('stores an article once and round-trips it exactly', async () => {
      const article = ARTICLES[0]!;
      assert.deepEqual(await store.putArticle(article), { added: true });
      assert.deepEqual(await store.putArticle(article), { added: false });
      assert.equal(await store.countArticles(), 1);
      assert.equal(await store.hasArticle(article.id), true);
      assert.equal(await store.hasArticle('nope'), false);
      assert.deepEqual(await store.getArticle(article.id), JSON.parse(JSON.stringify(article)));
      assert.equal(await store.getArticle('nope'), null);
    });

    it('re-putting an article replaces its entities and quotes instead of adding more', async () => {
      const article = ARTICLES[0]!;
      const changed = { ...article, entities: article.entities.map((e) => ({ ...e, key: e.key === 'person:mikhail-galuzin' ? 'person:m-galuzin' : e.key })) };
      await store.putArticle(changed);
      assert.equal((await store.listQuotes({ article: article.id })).items.length, 1);
      assert.notEqual(await store.getEntity('person:m-galuzin'), null);
      assert.equal(await store.getEntity('person:mikhail-galuzin'), null);
      await store.putArticle(article);
    });

    it('returns requested articles in the order asked, skipping unknown ids', async () => {
      for (const a of ARTICLES) await store.putArticle(a);
      const got = await store.getArticles(['a000000000000003', 'missing', 'a000000000000001']);
      assert.deepEqual(got.map((a) => a.id), ['a000000000000003', 'a000000000000001']);
    });

    it('iterates every article oldest first, undated last, across batches', async () => {
      const ids = (await collect(store.iterateArticles(2))).map((a) => a.id);
      assert.deepEqual(ids, ['a000000000000001', 'a000000000000002', 'a000000000000003', 'a000000000000004', 'a000000000000005']);
    });

    it('lists articles newest first with stable cursors and filters', async () => {
      const first = await store.listArticles({ limit: 2 });
      assert.deepEqual(first.items.map((a) => a.id), ['a000000000000004', 'a000000000000003']);
      assert.ok(first.next);
      const second = await store.listArticles({ limit: 2, cursor: first.next });
      assert.deepEqual(second.items.map((a) => a.id), ['a000000000000002', 'a000000000000001']);
      const third = await store.listArticles({ limit: 2, cursor: second.next });
      assert.deepEqual(third.items.map((a) => a.id), ['a000000000000005']);
      assert.equal(third.next, null);
      assert.deepEqual((await store.listArticles({ outlet: 'Armenpress' })).items.map((a) => a.id), ['a000000000000003', 'a000000000000001']);
      assert.deepEqual(
        (await store.listArticles({ from: '2024-06-05', to: '2024-06-05' })).items.map((a) => a.id),
        ['a000000000000002', 'a000000000000001'],
      );
    });

    it('rejects a forged cursor as a usage error', async () => {
      await assert.rejects(store.listArticles({ cursor: 'not-a-cursor' }), isUsage);
      await assert.rejects(store.listArticles({ limit: 0 }), isUsage);
    });

    it('keeps named JSON state', async () => {
      assert.equal(await store.getState('clusterer'), null);
      await store.putState('clusterer', { n: 1, terms: ['a'] });
      await store.putState('clusterer', { n: 2, terms: ['b'] });
      assert.deepEqual(await store.getState('clusterer'), { n: 2, terms: ['b'] });
    });
  });

  describe(`transactions (${dialect})`, () => {
    it("one article's failure never loses another's work, and leaves nothing half-written", async () => {
      const store = await open();
      try {
        await store.putArticle(ARTICLES[0]!);
        const broken = makeArticle({
          id: 'bad0000000000000', title: 'Broken', outlet: 'X', publishedAt: '2024-01-01', text: 'Twice the same entity id.',
          entities: [{ id: 'e1', key: 'person:a', name: 'A' }, { id: 'e1', key: 'person:b', name: 'B' }],
          quotes: [{ text: 'Twice', speaker: null }],
        });
        await assert.rejects(store.putArticle(broken));
        await store.putArticle(ARTICLES[1]!);
        assert.equal(await store.hasArticle('bad0000000000000'), false);
        assert.equal((await store.listQuotes({ article: 'bad0000000000000' })).items.length, 0);
        assert.equal((await store.search('Broken')).items.length, 0);
        assert.equal(await store.countArticles(), 2);
      } finally {
        await store.close();
      }
    });
  });

  describe(`stories (${dialect})`, () => {
    let store: ChorusStore;
    before(async () => { store = await populated(open); });
    after(async () => { await store.close(); });

    it('round-trips stories and storylines and maps articles to stories', async () => {
      assert.deepEqual(await store.getStory('s-galuzin'), STORIES[0]);
      assert.equal(await store.getStory('nope'), null);
      assert.deepEqual(await store.getStoryline('l-armenia-russia'), STORYLINES[0]);
      assert.equal(await store.storyOfArticle('a000000000000002'), 's-galuzin');
      assert.equal(await store.storyOfArticle('nope'), null);
    });

    it('iterates every story by id, across batches', async () => {
      const all = await collect(store.iterateStories(2));
      assert.deepEqual(all.map((s) => s.id), ['s-galuzin', 's-harvest', 's-moscow']);
      assert.deepEqual(all[0], STORIES[0]);
    });

    it('re-saving replaces stories instead of duplicating them (stable ids)', async () => {
      const merged = { ...STORIES[0]!, articles: [...STORIES[0]!.articles, 'a000000000000004'], span: { from: '2024-06-05', to: '2025-04-18' } };
      await store.saveStories([merged, STORIES[2]!], []);
      const all = await store.listStories({});
      assert.deepEqual(all.items.map((s) => s.id).sort(), ['s-galuzin', 's-harvest']);
      assert.equal(await store.storyOfArticle('a000000000000004'), 's-galuzin');
      assert.equal((await store.listStorylines({})).items.length, 0);
      await store.saveStories(STORIES, STORYLINES);
      assert.equal(await store.storyOfArticle('a000000000000004'), 's-moscow');
    });

    it('lists stories by recency or size, with outlets, first-report outlet and per-day counts', async () => {
      const recent = await store.listStories({ order: 'recent' });
      assert.deepEqual(recent.items.map((s) => s.id), ['s-moscow', 's-galuzin', 's-harvest']);
      const size = await store.listStories({ order: 'size' });
      assert.deepEqual(size.items.map((s) => s.id), ['s-galuzin', 's-moscow', 's-harvest']);
      const galuzin = size.items[0]!;
      assert.equal(galuzin.articleCount, 3);
      assert.deepEqual(galuzin.outlets, [{ outlet: 'Armenpress', count: 2 }, { outlet: 'Mediamax', count: 1 }]);
      assert.equal(galuzin.firstReportOutlet, 'Armenpress');
      assert.deepEqual(galuzin.perDay, [{ date: '2024-06-05', count: 2 }, { date: '2024-06-06', count: 1 }]);
      assert.deepEqual(size.items[2]!.perDay, []);
    });

    it('pages stories with cursors in both orders', async () => {
      for (const order of ['recent', 'size'] as const) {
        const whole = (await store.listStories({ order })).items.map((s) => s.id);
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await store.listStories({ order, limit: 1, cursor });
          seen.push(...page.items.map((s) => s.id));
          cursor = page.next;
        } while (cursor !== null);
        assert.deepEqual(seen, whole);
      }
    });

    it('filters stories by outlet, entity and date range', async () => {
      assert.deepEqual((await store.listStories({ outlet: 'Mediamax' })).items.map((s) => s.id), ['s-galuzin']);
      assert.deepEqual((await store.listStories({ entity: 'person:nikol-pashinyan' })).items.map((s) => s.id), ['s-moscow', 's-galuzin']);
      assert.deepEqual((await store.listStories({ from: '2025-01-01' })).items.map((s) => s.id), ['s-moscow']);
      assert.deepEqual((await store.listStories({ to: '2024-12-31' })).items.map((s) => s.id), ['s-galuzin', 's-harvest']);
      assert.deepEqual((await store.listStories({ from: '2024-06-06', to: '2024-06-06' })).items.map((s) => s.id), ['s-galuzin']);
    });

    it('lists storylines', async () => {
      const lines = await store.listStorylines({});
      assert.deepEqual(lines.items, [{ id: 'l-armenia-russia', title: 'Armenia and Russia', storyCount: 2, from: '2024-06-05', to: '2025-04-18' }]);
    });
  });

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
