import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActiveStory } from './ActiveStory.ts';
import { MEMBER_VECTORS } from './constants.ts';
import { pack } from './sparse.ts';
import type { Member } from './types.ts';

function member(i: number): Member {
  const terms: [number, number][] = [[1, 0.8], [2 + (i % 5), 0.6]];
  return { article: `a${String(i).padStart(4, '0')}`, day: 100 + i / 1000, vector: pack(terms), independent: true, membership: { article: `a${i}`, duplicateOf: null, sharedTerms: [], sharedEntities: [], similarity: 1 } };
}

test('a long-running story keeps at most MEMBER_VECTORS member vectors; rebuilding keeps its centroid', () => {
  const story = new ActiveStory(1, 2);
  for (let i = 0; i < MEMBER_VECTORS + 50; i++) story.add(member(i), i);
  assert.equal(story.members.length, MEMBER_VECTORS + 50);
  assert.equal(story.members.filter((m) => m.vector !== null).length, MEMBER_VECTORS);
  assert.ok(story.folded);
  const before = [...story.centroid].sort((a, b) => a[0] - b[0]);
  story.rebuild();
  const after = [...story.centroid].sort((a, b) => a[0] - b[0]);
  assert.equal(after.length, before.length);
  after.forEach(([t, w], i) => {
    assert.equal(t, before[i]![0]);
    assert.ok(Math.abs(w - before[i]![1]) < 1e-3);
  });
  assert.equal(story.id(), 's-a0000');
  assert.equal(story.independent, MEMBER_VECTORS + 50);
});

test('absorbing a story takes its members, span and weight', () => {
  const a = new ActiveStory(1, 1);
  const b = new ActiveStory(2, 2);
  for (let i = 0; i < 3; i++) a.add(member(i), i);
  for (let i = 3; i < 5; i++) b.add(member(i), i);
  a.absorb(b);
  assert.equal(a.members.length, 5);
  assert.equal(a.independent, 5);
  assert.equal(a.to, 100.004);
  assert.ok(Math.abs(a.centroid.get(1)! - 5 * 0.8) < 1e-6);
});
