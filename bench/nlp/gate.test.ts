/**
 * Pinned minimum scores for the nlp stage on the annotated gold set and the example corpus.
 * Fails when a change lowers a score below its pin. Pins sit a little under the figures
 * measured when they were set (see BENCHMARKS.md, section nlp); raise them as rules improve.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateGold } from './evaluate.ts';
import { checkExamples } from './examples.ts';
import { headline } from './score.ts';

// Re-pinned on 23 Nov 2026, when the gold set grew from 40 to all 64 articles (24 new annotations, 16 dev
// and 8 test, several of them list-heavy: awards, match reports, heritage guides). The earlier pins were set
// on the 40-article set and the new articles are harder for every type, so the pins were reset against the
// full set (a little under the scores measured then), not lowered for a change of the code.
const PINS = {
  test: { personF1: 0.86, organizationF1: 0.64, placeF1: 0.87, roleRate: 0.67, resolution: 0.89, dateValueAccuracy: 0.91 },
  dev: { personF1: 0.85, organizationF1: 0.76, placeF1: 0.80, roleRate: 0.81, resolution: 0.92, dateValueAccuracy: 0.92 },
} as const;

test('nlp gold scores stay above their pins', () => {
  const r = evaluateGold();
  assert.ok(r.articles.dev >= 43 && r.articles.test >= 21, 'gold annotations missing: expected bench/gold/entities/*.json');
  for (const split of ['dev', 'test'] as const) {
    const h = headline(r[split]);
    for (const [k, min] of Object.entries(PINS[split])) {
      const got = h[k] ?? 0;
      assert.ok(got >= min, `${split} ${k} = ${got.toFixed(3)} fell below its pin ${min}`);
    }
  }
});

test('example corpus: the eleven people, their roles, no false people, CSTO spellings, dates', () => {
  const e = checkExamples();
  assert.deepEqual(e.peopleMissing, []);
  assert.equal(e.rolesRight, e.rolesExpected);
  assert.deepEqual(e.wrongPeople, []);
  assert.ok(e.cstoBothSpellings);
  assert.deepEqual(e.datesMissed, []);
});
