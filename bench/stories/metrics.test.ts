import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bcubedAgreement, labelsOf, scoreClustering } from './metrics.ts';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('perfect clustering scores 1 everywhere', () => {
  const gold = labelsOf([['a', 'b'], ['c']]);
  const s = scoreClustering(gold, gold);
  close(s.pairwise.f1, 1);
  close(s.bcubed.f1, 1);
});

test('hand-checked case: gold {a,b,c}{d,e}, predicted {a,b}{c,d,e}', () => {
  const gold = labelsOf([['a', 'b', 'c'], ['d', 'e']]);
  const pred = labelsOf([['a', 'b'], ['c', 'd', 'e']]);
  const s = scoreClustering(pred, gold);
  // Pairs: predicted ab, cd, ce, de (4); gold ab, ac, bc, de (4); shared ab, de (2).
  close(s.pairwise.precision, 2 / 4);
  close(s.pairwise.recall, 2 / 4);
  // BCubed precision: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/3 / 5 = 11/15.
  close(s.bcubed.precision, 11 / 15);
  // BCubed recall: a 2/3, b 2/3, c 1/3, d 1, e 1 → 11/3 / 5 = 11/15.
  close(s.bcubed.recall, 11 / 15);
  close(s.bcubed.f1, 11 / 15);
});

test('all singletons: BCubed precision 1, recall = mean 1/|gold|; pairwise precision 1 by convention', () => {
  const gold = labelsOf([['a', 'b'], ['c']]);
  const pred = labelsOf([['a'], ['b'], ['c']]);
  const s = scoreClustering(pred, gold);
  close(s.bcubed.precision, 1);
  close(s.bcubed.recall, (0.5 + 0.5 + 1) / 3);
  close(s.pairwise.precision, 1);
  close(s.pairwise.recall, 0);
  close(s.pairwise.f1, 0);
});

test('one big cluster: BCubed recall 1, precision by gold shares', () => {
  const gold = labelsOf([['a', 'b', 'c'], ['d']]);
  const pred = labelsOf([['a', 'b', 'c', 'd']]);
  const s = scoreClustering(pred, gold);
  close(s.bcubed.recall, 1);
  close(s.bcubed.precision, (3 * 0.75 + 0.25) / 4);
  close(s.pairwise.precision, 3 / 6);
});

test('agreement is symmetric and ignores label names', () => {
  const a = labelsOf([['x', 'y'], ['z', 'w']]);
  const b = labelsOf([['x'], ['y', 'z', 'w']]);
  close(bcubedAgreement(a, b), bcubedAgreement(b, a));
  close(bcubedAgreement(a, labelsOf([['z', 'w'], ['x', 'y']])), 1);
});
