import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedArticle, RawDocument } from '../model/records.ts';
import { inOrder, inOrderDocuments } from './inOrder.ts';
import { rawDocument } from './testing/corpus.ts';

const docs = Array.from({ length: 12 }, (_, i) => rawDocument(`d${i}`, 'text', `text ${i}`));
// A stand-in for the stages: later documents finish first, so order must be restored.
function slowFirst(running: { now: number; max: number }) {
  return async (raw: RawDocument): Promise<AnalyzedArticle> => {
    running.now++;
    running.max = Math.max(running.max, running.now);
    const i = Number(raw.source.slice(1));
    await new Promise((r) => setTimeout(r, (12 - i) * 3));
    running.now--;
    if (raw.source === 'd5') throw new Error('boom');
    return { source: raw.source } as AnalyzedArticle; // only `source` is read by this test
  };
}

test('yields in input order, never more than `limit` in flight, failures as values', async () => {
  const running = { now: 0, max: 0 };
  const out = [];
  for await (const { raw, result } of inOrderDocuments(docs, 4, slowFirst(running))) out.push([raw.source, result.ok ? result.article.source : result.error]);
  assert.deepEqual(out, docs.map((d) => [d.source, d.source === 'd5' ? 'boom' : d.source]));
  assert.equal(running.max, 4);
});

test('items without a document pass through in place', async () => {
  const items = ['d0', null, 'd1', null, 'd2'];
  const out = [];
  for await (const { item, result } of inOrder(items, 2, (s) => (s === null ? null : rawDocument(s, 'text', s)), slowFirst({ now: 0, max: 0 }))) {
    out.push([item, result === null ? null : result.ok]);
  }
  assert.deepEqual(out, [['d0', true], [null, null], ['d1', true], [null, null], ['d2', true]]);
});

test('reads no further than the window and closes the input when the consumer stops', async () => {
  let pulled = 0;
  let closed = false;
  async function* source(): AsyncGenerator<RawDocument> {
    try {
      for (const d of docs) {
        pulled++;
        yield d;
      }
    } finally {
      closed = true;
    }
  }
  for await (const _ of inOrderDocuments(source(), 3, slowFirst({ now: 0, max: 0 }))) {
    assert.equal(pulled, 3);
    break;
  }
  assert.equal(closed, true);
});
