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

const PINS = {
  test: { personF1: 0.87, organizationF1: 0.65, placeF1: 0.85, roleRate: 0.64, resolution: 0.83, dateValueAccuracy: 0.92 },
  dev: { personF1: 0.88, organizationF1: 0.79, placeF1: 0.86, roleRate: 0.82, resolution: 0.86, dateValueAccuracy: 0.94 },
} as const;

test('nlp gold scores stay above their pins', () => {
  const r = evaluateGold();
  assert.ok(r.articles.dev >= 20 && r.articles.test >= 12, 'gold annotations missing: expected bench/gold/entities/*.json');
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
