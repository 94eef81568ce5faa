import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_POSTINGS_SCANNED } from './constants.ts';
import { InvertedIndex } from './InvertedIndex.ts';

test('candidates come by shared terms, then key; reposting replaces old terms', () => {
  const index = new InvertedIndex();
  index.post(1, [10, 11]);
  index.post(2, [10, 11, 12]);
  index.post(3, [12]);
  assert.deepEqual(index.candidates([10, 11, 12], 10), [2, 1, 3]);
  assert.deepEqual(index.candidates([10, 11, 12], 1), [2]);
  index.post(2, [13]);
  assert.deepEqual(index.candidates([10, 11, 12], 10), [1, 3]);
  index.remove(1);
  assert.deepEqual(index.candidates([10, 11], 10, 3), []);
});

test('a term posted by very many stories is not scanned', () => {
  const index = new InvertedIndex();
  for (let key = 0; key <= MAX_POSTINGS_SCANNED; key++) index.post(key, [1]);
  index.post(9999, [1, 2]);
  assert.deepEqual(index.candidates([1, 2], 10), [9999]);
});
