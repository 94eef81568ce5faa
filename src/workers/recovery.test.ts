import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../pipeline.ts';
import type { StageContext } from '../model/stage.ts';
import { ChorusError } from '../model/errors.ts';
import { createAnalyzerPool } from './index.ts';
import { rawDocument } from './testing/corpus.ts';

const context: StageContext = { now: '2026-01-01T00:00:00.000Z' };
const doc = (source: string) => rawDocument(source, 'text', `Report ${source}.\n\n"We will rebuild," the governor said in Kyiv on Monday.`);

test('a failing document, a crashed worker and a stuck worker each fail only their document', async () => {
  // The limit is far above a small document's time (tens of ms) even on a loaded machine, and keeps the test short.
  const pool = createAnalyzerPool({ workers: 2, timeLimitMs: 4_000, testHooks: { throwOn: 'throw', crashOn: 'crash', hangOn: 'hang' } });
  try {
    const input = ['a', 'throw', 'b', 'crash', 'c', 'hang', 'd', 'e', 'f'].map(doc);
    const results = [];
    for await (const item of pool.analyzeAll(input, context)) results.push(item);
    assert.deepEqual(results.map((r) => r.raw.source), input.map((d) => d.source));
    const failed = Object.fromEntries(results.filter((r) => !r.result.ok).map((r) => [r.raw.source, r.result.ok ? '' : r.result.error]));
    assert.deepEqual(Object.keys(failed).sort(), ['crash', 'hang', 'throw']);
    assert.match(failed.throw!, /analysing throw failed: injected failure on throw/);
    assert.match(failed.crash!, /analysing crash failed: the worker crashed: .*injected crash on crash/);
    assert.match(failed.hang!, /analysing hang failed: no result within 4000 ms; the worker was terminated and replaced/);
    for (const r of results) {
      if (r.result.ok) assert.equal(JSON.stringify(r.result.article), JSON.stringify(analyzeDocument(r.raw, context)));
    }
    // The replaced workers still serve the pool.
    await assert.rejects(pool.analyze(doc('crash'), context), (e: unknown) => e instanceof ChorusError && e.code === 'internal' && e.message.includes('crash'));
    assert.equal((await pool.analyze(doc('after'), context)).source, 'after');
  } finally {
    await pool.close();
  }
});

test('threads that keep dying at start-up fail the documents instead of respawning forever', async () => {
  const pool = createAnalyzerPool({ workers: 2, testHooks: { failStartup: true } });
  try {
    await assert.rejects(pool.analyze(doc('x'), context), (e: unknown) => e instanceof ChorusError && /analysing x failed: worker threads fail to start \(3 attempts\).*injected start-up failure/.test(e.message));
    await assert.rejects(pool.analyze(doc('y'), context), /fail to start/);
    assert.deepEqual(await pool.ready(), []);
  } finally {
    await pool.close();
  }
});
