import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimatedJaccard, exactKey, minhash, NearDuplicateIndex } from './NearDuplicateIndex.ts';
import { tokenize } from './Tokenizer.ts';

const wire =
  'The central bank raised its main interest rate by a quarter point on Tuesday, citing persistent inflation in services and a tight labour market, and signalled that further increases remain possible if price pressures do not ease over the coming months. ' +
  'Analysts had expected the move after figures last week showed consumer prices rising faster than forecast for a third month, with rents and insurance leading the increase. ' +
  'The governor told reporters that the committee was united in its view and that the decision had been taken after a long discussion of wage growth, energy costs and the outlook for the currency.';
const repost = `${wire} This article was republished from a wire service.`;
const other =
  'Firefighters contained a wildfire that burned through dry hills north of the city overnight, forcing hundreds of residents to leave their homes before winds eased early on Wednesday morning.';

test('exact copies match whatever their case and spacing', () => {
  assert.equal(exactKey(wire), exactKey(`  ${wire.toUpperCase()}\n`));
  assert.notEqual(exactKey(wire), exactKey(other));
});

test('MinHash estimates high similarity for a re-post and low for another story', () => {
  const a = minhash(tokenize(wire))!;
  assert.ok(estimatedJaccard(a, minhash(tokenize(repost))!) >= 0.7);
  assert.ok(estimatedJaccard(a, minhash(tokenize(other))!) < 0.2);
});

test('the index finds the earlier copy and forgets removed articles', () => {
  const index = new NearDuplicateIndex();
  index.add('a', exactKey(wire), minhash(tokenize(wire)));
  assert.equal(index.find(exactKey(repost), minhash(tokenize(repost)))?.article, 'a');
  assert.equal(index.find(exactKey(other), minhash(tokenize(other))), null);
  index.remove('a');
  assert.equal(index.find(exactKey(wire), minhash(tokenize(wire))), null);
});

test('entries older than a day are forgotten on expiry, undated ones kept', () => {
  const index = new NearDuplicateIndex();
  index.add('old', exactKey(wire), minhash(tokenize(wire)), 10);
  index.add('undated', exactKey(other), minhash(tokenize(other)), null);
  index.expire(11);
  assert.equal(index.size, 1);
  assert.equal(index.find(exactKey(repost), minhash(tokenize(repost))), null);
  assert.equal(index.find(exactKey(other), null)?.article, 'undated');
});
