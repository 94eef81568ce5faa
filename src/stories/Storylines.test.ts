import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActiveStory } from './ActiveStory.ts';
import { pack } from './sparse.ts';
import { Storylines } from './Storylines.ts';

/** A story of two identical articles (so its line is a link target) over the given terms. */
function story(key: number, terms: [number, number][]): ActiveStory {
  const s = new ActiveStory(key, key + 1000);
  for (const n of [0, 1]) {
    const article = `k${key}-${n}`;
    s.add({ article, day: null, vector: pack(terms), independent: true, membership: { article, duplicateOf: null, sharedTerms: [], sharedEntities: [], similarity: 1 } }, key);
  }
  return s;
}

function linesOf(stories: ActiveStory[], threshold: number): number[][] {
  const lines = new Storylines();
  for (const s of stories) {
    lines.create(s.line);
    lines.refresh(s);
  }
  for (const { from, into } of lines.linkAll(stories, threshold, true)) for (const s of stories) if (s.line === from) s.line = into;
  const groups = new Map<number, number[]>();
  for (const s of stories) groups.set(s.line, [...(groups.get(s.line) ?? []), s.key]);
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}

test('storylines: two partial threads of several stories join (group to group), by average linkage', () => {
  // 1+2 and 3+4 are close pairs; across the pairs they share two of three topic terms.
  const stories = [
    story(1, [[10, 0.6], [11, 0.6], [20, 0.5], [21, 0.2]]),
    story(2, [[10, 0.6], [11, 0.6], [20, 0.5], [22, 0.2]]),
    story(3, [[10, 0.6], [11, 0.6], [30, 0.5], [31, 0.2]]),
    story(4, [[10, 0.6], [11, 0.6], [30, 0.5], [32, 0.2]]),
  ];
  assert.deepEqual(linesOf(stories, 0.3), [[1, 2, 3, 4]]);
  // Above the pairs' average linkage, the pairs stay two threads.
  assert.deepEqual(linesOf([1, 2, 3, 4].map((k) => story(k, k < 3 ? [[10, 0.6], [11, 0.6], [20, 0.5], [20 + k, 0.2]] : [[10, 0.6], [11, 0.6], [30, 0.5], [30 + k, 0.2]])), 0.5), [[1, 2], [3, 4]]);
});

test('storylines: one shared word is not a thread', () => {
  // 1 and 2 share only term 10 (strongly); 1 and 3 share 11 and 12.
  const stories = [story(1, [[10, 0.8], [11, 0.4], [12, 0.4]]), story(2, [[10, 0.9], [13, 0.4]]), story(3, [[11, 0.6], [12, 0.6], [14, 0.5]])];
  assert.deepEqual(linesOf(stories, 0.1), [[1, 3], [2]]);
});

test('storylines: a signature weight (the name discount) lets event-type words carry the thread over the actors', () => {
  // Two same-type events: shared type words 10, 11 (weak in the centroids), different names 20/21 and 30/31 (strong).
  const stories = [story(1, [[10, 0.3], [11, 0.3], [20, 0.9], [21, 0.9]]), story(2, [[10, 0.3], [11, 0.3], [30, 0.9], [31, 0.9]])];
  const link = (weight?: (term: number) => number) => {
    const lines = new Storylines([], [], weight);
    for (const s of stories) {
      s.line = s.key + 1000;
      s.contribution = []; // a fresh line set: nothing of the story in it yet
      lines.create(s.line);
      lines.refresh(s);
    }
    return lines.linkAll(stories, 0.1, true).length;
  };
  assert.equal(link(), 0);
  // Names (terms ≥ 20) give up 80 % of their weight: the type words now dominate the signatures.
  assert.equal(link((term) => (term >= 20 ? 0.2 : 1)), 1);
});
