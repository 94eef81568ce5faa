import assert from 'node:assert/strict';
import test from 'node:test';
import type { Clustering } from '../model/records.ts';
import { continuingStorylines } from './StorylineRefiner.ts';

test('keeps storylines of two or more stories and leaves the input alone', () => {
  const input: Clustering = {
    stories: [
      { id: 's-a', articles: ['a'], members: [] },
      { id: 's-b', articles: ['b'], members: [] },
      { id: 's-c', articles: ['c'], members: [] },
    ],
    storylines: [
      { id: 'l-s-a', stories: ['s-a', 's-b'] },
      { id: 'l-s-c', stories: ['s-c'] },
    ],
  };
  const frozen = JSON.stringify(input);
  const output = continuingStorylines(input, { now: '2026-01-01' });
  assert.deepEqual(output.storylines.map((l) => l.id), ['l-s-a']);
  assert.equal(output.stories.length, 3);
  assert.equal(JSON.stringify(input), frozen);
});
