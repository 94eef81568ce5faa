/** Conformance cases for story and storyline listings. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ChorusStore, StoreDialect } from '../store.ts';
import { STORIES, STORYLINES } from './records.ts';
import { collect, populated, type OpenFresh } from './support.ts';

/** Stories and storylines: listings, filters, pages. */
export function storyCases(dialect: StoreDialect, open: OpenFresh): void {
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
}
