/** The library entry point: the pipeline and the store used programmatically, as the README shows. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXAMPLES, pipelineMissing } from '../tests/e2e/helpers.ts';
import * as chorus from './index.ts';

test('src/index.ts: read, analyse and store the example corpus without the CLI', { skip: pipelineMissing() ?? false }, async () => {
  const docs = [];
  for await (const item of chorus.readInputs([EXAMPLES])) if (item.ok) docs.push(item.doc);
  const report = chorus.analyze(docs, chorus.defaultContext());
  assert.equal(report.version, 1);
  assert.equal(report.articles.length, 5);
  assert.equal(chorus.reportSchema.safeParse(report).success, true);

  const store = await chorus.openStore(':memory:');
  try {
    const summary = await chorus.ingestDocuments(store, docs);
    assert.equal(summary.added, 5);
    assert.equal(summary.stories, report.stories.length);
    assert.equal(await store.countArticles(), 5);
    const again = await chorus.ingestDocuments(store, docs);
    assert.deepEqual([again.added, again.duplicates], [0, 5]);
  } finally {
    await store.close();
  }
});
