import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitBlocks, splitGluedChrome } from './blocks.ts';

const block = (text: string) => ({ text, line: 1, gapBefore: 0 });

test('a call to action glued to the first sentence is split off', () => {
  const parts = splitGluedChrome(block('Become a memberOn Thursday, political consultations were held in Moscow between the two sides.'));
  assert.deepEqual(parts.map((p) => p.text), ['Become a member', 'On Thursday, political consultations were held in Moscow between the two sides.']);
});

test('a short label glued to a sentence is split; brand names are not', () => {
  assert.equal(splitGluedChrome(block('Read moreThe minister said the talks would continue next week in the capital.')).length, 2);
  assert.equal(splitGluedChrome(block('Shares of McDonald’s fell sharply on Monday after the company warned on profits.')).length, 1);
  assert.equal(splitGluedChrome(block('The new iPhone goes on sale on Friday in most countries around the world.')).length, 1);
  assert.equal(splitGluedChrome(block('Fans of YouTube star Jane Doe gathered outside the venue on Saturday night.')).length, 1);
});

test('blocks are non-empty lines with their line numbers and gaps', () => {
  const blocks = splitBlocks('\uFEFFTitle\n\n\nFirst paragraph.\r\nSecond\u00a0paragraph.\n');
  assert.deepEqual(blocks, [
    { text: 'Title', line: 1, gapBefore: 0 },
    { text: 'First paragraph.', line: 4, gapBefore: 2 },
    { text: 'Second paragraph.', line: 5, gapBefore: 0 },
  ]);
});
