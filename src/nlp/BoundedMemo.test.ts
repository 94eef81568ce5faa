import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedMemo } from './BoundedMemo.ts';

test('a memo computes each key once and keeps its answer', () => {
  const asked: string[] = [];
  const memo = new BoundedMemo((key: string) => { asked.push(key); return key.length; });
  assert.equal(memo.get('Galuzin'), 7);
  assert.equal(memo.get('Galuzin'), 7);
  assert.equal(memo.get('CSTO'), 4);
  assert.deepEqual(asked, ['Galuzin', 'CSTO']);
});

test('a full memo starts over instead of growing', () => {
  const asked: string[] = [];
  const memo = new BoundedMemo((key: string) => { asked.push(key); return key; }, 2);
  memo.get('a');
  memo.get('b');
  memo.get('c'); // full: cleared, then c kept
  memo.get('a'); // asked again
  memo.get('c'); // still kept
  assert.deepEqual(asked, ['a', 'b', 'c', 'a']);
});
