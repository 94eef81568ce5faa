/** Re-clustering over a store: batch below the threshold, streaming (resumed from state) above it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exampleFile, pipelineMissing } from '../../tests/e2e/helpers.ts';
import { readInputs } from '../ingest/index.ts';
import { ingestItems } from './ingestDocuments.ts';
import { CLUSTERER_STATE_KEY, recluster } from './recluster.ts';
import { openSqliteStore } from './sqlite/index.ts';
import type { ChorusStore } from './store.ts';

async function storiesOf(store: ChorusStore): Promise<string[][]> {
  const out: string[][] = [];
  for await (const story of store.iterateStories()) out.push([...story.articles].sort());
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('recluster', { skip: pipelineMissing() ?? false }, () => {
  it('streaming mode resumes from its state, takes only new articles, and agrees with the batch run here', async () => {
    const batch = await openSqliteStore(':memory:');
    const streaming = await openSqliteStore(':memory:');
    try {
      const all = ['000', '001', '002', '003', '004'].map(exampleFile);
      await ingestItems(batch, readInputs(all));

      await ingestItems(streaming, readInputs(all.slice(0, 3)), { recluster: false });
      await recluster(streaming, undefined, { streamingFrom: 0 });
      const state = await streaming.getState<{ version: number }>(CLUSTERER_STATE_KEY);
      assert.equal(state?.version, 1);
      await ingestItems(streaming, readInputs(all.slice(3)), { recluster: false });
      await recluster(streaming, undefined, { streamingFrom: 0 });
      assert.deepEqual(await storiesOf(streaming), await storiesOf(batch));
      // Incremental entity resolution gives the batch pass's keys.
      for await (const article of batch.iterateArticles()) {
        const resumed = await streaming.getArticle(article.id);
        assert.deepEqual(resumed?.entities, article.entities, article.id);
        assert.deepEqual(resumed?.quotes, article.quotes, article.id);
      }
      assert.deepEqual(await streaming.unresolvedArticles(), []);

      // Nothing new: the same stories again, not duplicated.
      const again = await recluster(streaming, undefined, { streamingFrom: 0 });
      assert.equal(again, (await storiesOf(batch)).length);
      assert.deepEqual(await storiesOf(streaming), await storiesOf(batch));
    } finally {
      await batch.close();
      await streaming.close();
    }
  });

  it('batch mode keeps no clusterer state', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await ingestItems(store, readInputs([exampleFile('000')]));
      assert.equal(await store.getState(CLUSTERER_STATE_KEY), null);
    } finally {
      await store.close();
    }
  });
});
