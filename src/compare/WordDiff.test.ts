import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DiffPart } from '../model/records.ts';
import { wordDiff } from './WordDiff.ts';

const join = (parts: DiffPart[], keep: DiffPart['op'][]): string =>
  parts.filter((p) => keep.includes(p.op)).map((p) => p.text).join('');

test('wordDiff: identical texts are one same part', () => {
  assert.deepEqual(wordDiff('We are ready for this.', 'We are ready for this.'), [{ op: 'same', text: 'We are ready for this.' }]);
});

test('wordDiff: a changed word shows as removed then added, neighbours stay same', () => {
  const parts = wordDiff('rash decisions that will give Westerners full access', 'rash decisions that would ensure full access');
  assert.deepEqual(parts, [
    { op: 'same', text: 'rash decisions that ' },
    { op: 'removed', text: 'will give Westerners ' },
    { op: 'added', text: 'would ensure ' },
    { op: 'same', text: 'full access' },
  ]);
});

test('wordDiff: same + added rebuilds b exactly; same + removed keeps every word of a', () => {
  const a = 'However, rash decisions … could make it objectively impossible [for Armenia] to return';
  const b = 'However, rash decisions may also make it objectively impossible to return to joint work';
  const parts = wordDiff(a, b);
  assert.equal(join(parts, ['same', 'added']), b);
  const words = (s: string) => s.split(/\s+/).filter(Boolean).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase());
  assert.deepEqual(words(join(parts, ['same', 'removed'])), words(a));
});

test('wordDiff: case, punctuation and quote style do not count as changes', () => {
  const parts = wordDiff('Armenia’s security, he said', "armenia's security he said");
  assert.deepEqual(parts.map((p) => p.op), ['same']);
});

test('wordDiff: empty sides', () => {
  assert.deepEqual(wordDiff('', 'new words'), [{ op: 'added', text: 'new words' }]);
  assert.deepEqual(wordDiff('old words', ''), [{ op: 'removed', text: 'old words' }]);
  assert.deepEqual(wordDiff('', ''), []);
});

test('wordDiff: consecutive parts never share an operation', () => {
  const parts = wordDiff('a b c d e f g', 'a x c y e z g');
  for (let i = 1; i < parts.length; i++) assert.notEqual(parts[i]!.op, parts[i - 1]!.op);
});
