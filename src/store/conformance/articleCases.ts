/** Conformance cases for writing and reading single articles, state, and per-article transactions. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ChorusStore, StoreDialect } from '../store.ts';
import { ARTICLES, makeArticle } from './records.ts';
import { collect, isUsage, type OpenFresh } from './support.ts';

/** Articles: put, get, list, stream, and the state table. */
export function articleCases(dialect: StoreDialect, open: OpenFresh): void {
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
}

/** One article's failure leaves nothing half-written and loses no other article's work. */
export function transactionCases(dialect: StoreDialect, open: OpenFresh): void {
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
}
