import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../pipeline.ts';
import type { RawDocument } from '../model/records.ts';
import type { StageContext } from '../model/stage.ts';
import { ChorusError } from '../model/errors.ts';
import { createAnalyzerPool, defaultWorkerCount, type AnalyzerPool } from './index.ts';
import { exampleCorpus, goldArticles, rawDocument } from './testing/corpus.ts';

const context: StageContext = { now: '2026-01-01T00:00:00.000Z' };
// Every example article plus a spread of gold articles (different outlets), kept small for speed.
const docs: RawDocument[] = [...exampleCorpus(), ...goldArticles().filter((_, i) => i % 8 === 0)];

describe('a pool of 2 worker threads', () => {
  let pool: AnalyzerPool;
  before(() => {
    pool = createAnalyzerPool({ workers: 2 });
  });
  after(() => pool.close());

  test('gives the same JSON as analyzeDocument inline, in input order', async () => {
    assert.ok(docs.length >= 10);
    const seen: string[] = [];
    for await (const { raw, result } of pool.analyzeAll(docs, context)) {
      seen.push(raw.source);
      assert.ok(result.ok, `${raw.source}: ${result.ok ? '' : result.error}`);
      assert.equal(JSON.stringify(result.article), JSON.stringify(analyzeDocument(raw, context)), raw.source);
    }
    assert.deepEqual(seen, docs.map((d) => d.source));
  });

  test('keeps input order when later documents finish first', async () => {
    // A long page first and short ones after: the short ones finish first in the other worker.
    const long = docs.reduce((a, b) => (b.content.length > a.content.length ? b : a));
    const shorts = ['a', 'b', 'c', 'd', 'e'].map((k) => rawDocument(`short-${k}`, 'text', `Short note ${k}.\n\nThe mayor said the road would reopen on Friday.`));
    const input = [long, ...shorts];
    async function* slowly(): AsyncGenerator<RawDocument> {
      for (const doc of input) yield doc;
    }
    const out: string[] = [];
    for await (const { raw, result } of pool.analyzeAll(slowly(), context)) {
      assert.ok(result.ok);
      out.push(raw.source);
    }
    assert.deepEqual(out, input.map((d) => d.source));
  });

  test('analyzeEach passes items without a document through, in order', async () => {
    type Item = { ok: true; doc: RawDocument } | { ok: false; source: string };
    const items: Item[] = [{ ok: true, doc: docs[0]! }, { ok: false, source: 'rejected.txt' }, { ok: true, doc: docs[1]! }];
    const out: [string, boolean | null][] = [];
    for await (const { item, result } of pool.analyzeEach(items, (i) => (i.ok ? i.doc : null), context)) {
      out.push([item.ok ? item.doc.source : item.source, result === null ? null : result.ok]);
    }
    assert.deepEqual(out, [[docs[0]!.source, true], ['rejected.txt', null], [docs[1]!.source, true]]);
  });

  test('a changed context (new object) reaches the workers', async () => {
    const doc = rawDocument('undated', 'text', 'The council met yesterday.\n\n"It went well," the mayor said on Tuesday.');
    const other: StageContext = { now: '2020-06-15T12:00:00.000Z' };
    const [a, b] = await Promise.all([pool.analyze(doc, context), pool.analyze(doc, other)]);
    assert.equal(JSON.stringify(a), JSON.stringify(analyzeDocument(doc, context)));
    assert.equal(JSON.stringify(b), JSON.stringify(analyzeDocument(doc, other)));
  });

  test('reports start-up timings for each thread', async () => {
    const startups = await pool.ready();
    assert.ok(startups.length >= 2);
    for (const s of startups) assert.ok(s.importMs > 0 && s.warmUpMs > 0 && s.wallMs >= s.importMs);
  });
});

describe('inline pool (workers 0 or 1)', () => {
  test('runs in this thread with identical results and wraps failures', async () => {
    const pool = createAnalyzerPool({ workers: 1 });
    assert.deepEqual(await pool.ready(), []);
    const doc = docs[0]!;
    assert.equal(JSON.stringify(await pool.analyze(doc, context)), JSON.stringify(analyzeDocument(doc, context)));
    await pool.close();
    await assert.rejects(pool.analyze(doc, context), (e: unknown) => e instanceof ChorusError && e.code === 'internal' && e.message.includes(doc.source));
  });

  test('rejects a malformed worker count as a usage error', () => {
    assert.throws(() => createAnalyzerPool({ workers: -1 }), (e: unknown) => e instanceof ChorusError && e.code === 'usage');
    assert.throws(() => createAnalyzerPool({ workers: 1.5 }), (e: unknown) => e instanceof ChorusError && e.code === 'usage');
  });

  test('defaultWorkerCount is at least 1', () => {
    assert.ok(defaultWorkerCount() >= 1);
  });
});
