import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestDocuments } from '../../src/store/ingestDocuments.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import type { ChorusStore } from '../../src/store/store.ts';
import { exampleDocuments } from '../support/exampleStore.ts';

async function storedState(store: ChorusStore): Promise<{ articles: string[]; stories: string[][] }> {
  const page = await store.listStories({ limit: 50 });
  const stories = await Promise.all(page.items.map(async (s) => (await store.getStory(s.id))?.articles.slice().sort() ?? []));
  const articles: string[] = [];
  for await (const a of store.iterateArticles()) articles.push(JSON.stringify(a));
  return { articles: articles.sort(), stories: stories.sort() };
}

describe('ingest with worker threads', () => {
  it('stores exactly what the in-thread ingest stores', async () => {
    const context = { now: '2025-05-01T00:00:00Z' };
    const inline = await openSqliteStore(':memory:');
    const threaded = await openSqliteStore(':memory:');
    try {
      await ingestDocuments(inline, exampleDocuments(), { context });
      const summary = await ingestDocuments(threaded, exampleDocuments(), { context, workers: 2 });
      assert.equal(summary.added, 5);
      assert.deepEqual(await storedState(threaded), await storedState(inline));
      const again = await ingestDocuments(threaded, exampleDocuments(), { context, workers: 2 });
      assert.equal(again.duplicates, 5);
    } finally {
      await inline.close();
      await threaded.close();
    }
  });
});
