/**
 * Pinned minimum quote scores on Chorus's own gold set (bench/gold/quotes, in the repo, so
 * this never skips). Fails when a change drops a score below its pin. Scores are those of
 * the quotes stage on article text alone (no nlp entities), which depends on this stage
 * only; `npm run bench:quotes` reports the with-nlp figures too. Pins sit a little under
 * the measured values (see BENCHMARKS.md) to allow for harmless churn.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGoldSet } from './goldSet.ts';
import { evaluate, prepareBare, scoresAt } from './evaluate.ts';
import { emptyCounts } from './scoring.ts';

// F1 and speaker pins re-set on 23 Nov 2026 when round 3 added 12 articles annotated from the text alone (142
// quotes; bench/gold/README.md), with no code change: measured then (text only, all 76 articles) F1 0.909 at 30% and
// 0.907 at 80%, speaker accuracy 0.887, test F1 0.914. The new articles are harder, so F1 and speaker pins went
// down by 0.005–0.01 with the set, not with the code.
// Raised on 23 Nov 2026 after the round-3 dev fixes (noun cues, clauses giving way to their own quote marks,
// recommendations and objects that are not reported clauses, dash asides, nested reporting, titled names,
// filers): measured (text only, 76 articles) F1 0.920 at 30% and 0.918 at 80%, speaker accuracy 0.891, test F1
// 0.920, and no scare quote outside gold speech given a speaker (was one).
// F1 pins raised on 23 Nov 2026 after the speaker audit on news outside the gold set (bench/quotes/audit/): measured
// (text only, 76 articles) F1 0.924 at 30% and 0.923 at 80%, test F1 0.922; speaker accuracy 0.889 (805/906; was
// 0.891), so its pin stays.
// Raised on 23 Nov 2026 after audit round 3 (bench/quotes/audit/README.md: pronoun agreement, hyphen signatures, reporting
// verbs, coordinated subjects, hypothetical and discourse-marker cues): measured (text only, 76 articles) F1 0.925 at 30%
// and 0.924 at 80%, speaker accuracy 0.891 (810/909; was 805/906), test F1 0.925.
// Re-pinned on 23 Nov 2026 when round 4 (12 Scrapinghub articles from new outlets, bench/gold/README.md) joined the
// set, scored first untuned (BENCHMARKS.md): measured (text only, 88 articles) F1 0.925 at 30% and 0.921 at 80%, test
// F1 0.927, speaker accuracy 0.885 (971/1097). Lowered with the larger set, not with the code: speaker accuracy
// 0.889 → 0.884 (round 4's speakers are harder); scare quotes given a speaker 0 → 0.006 of gold scare quotes (two of
// 361, both in round 4: a reported clause run on through "and slammed … as a “disgrace.”", and a section heading in
// quote marks that takes the previous speaker; the "never" is not met on them) and the stricter count 0.075 →
// 0.09 (31 of 361). One round-4 dev case, a possessed slogan ("X’s “…” campaign"), is fixed with a fixture.
// Raised on 23 Nov 2026 after fixes for the round-4 dev speaker errors (fixtures nested-participles-and-nations,
// staff-and-abbreviated-titles, headings-and-narrated-acts, title-word-countries-and-introductions, caption-posters,
// member-body-subjects):
// measured (text only, 88 articles) F1 0.926 at 30% and 0.922 at 80% (were 0.925, 0.921; F1 pins up 0.001), test F1
// 0.927 (unchanged), speaker accuracy 0.890 (977/1098; was 971/1097), scare quotes given a speaker 0 of 361 (was 2). The stricter count is 32 of 361 (0.089; was 31): three
// scare quotes inside a newly found, correctly attributed reported clause ("the principals’ association said the school
// did not meet … “racial,” “gender-fair” …"), which that count includes by design; its pin stays at 0.09.
const PINS = {
  f1At30: 0.921,
  f1At80: 0.920,
  speakerAccuracy: 0.889,
  testF1At30: 0.920,
  /** Scare quotes in gold (outside gold speech quotes) that a prediction gives a speaker: at most this share (issue #5: never). */
  scareWithSpeaker: 0,
  /** The same over every gold scare quote, those inside gold reported clauses included. */
  scareWithSpeakerAny: 0.09,
};

test('quote scores on the gold set stay above their pins', () => {
  const gold = loadGoldSet();
  assert.ok(gold.length >= 36, `gold set too small: ${gold.length} articles`);
  const e = evaluate(gold, prepareBare);
  const at30 = scoresAt(e, 'all', 0.3);
  const at80 = scoresAt(e, 'all', 0.8);
  assert.ok(at30.f1 >= PINS.f1At30, `F1 at 30% overlap ${at30.f1.toFixed(3)} < ${PINS.f1At30}`);
  assert.ok(at80.f1 >= PINS.f1At80, `F1 at 80% overlap ${at80.f1.toFixed(3)} < ${PINS.f1At80}`);
  assert.ok(at30.speakerAccuracy >= PINS.speakerAccuracy, `speaker accuracy ${at30.speakerAccuracy.toFixed(3)} < ${PINS.speakerAccuracy}`);
  const test30 = scoresAt(e, 'test', 0.3);
  assert.ok(test30.f1 >= PINS.testF1At30, `test-split F1 at 30% ${test30.f1.toFixed(3)} < ${PINS.testF1At30}`);
  const c = e.bySplit.all['0.3'] ?? emptyCounts();
  assert.ok(c.scareWithSpeaker <= c.scareGold * PINS.scareWithSpeaker, `scare quotes given a speaker: ${c.scareWithSpeaker} of ${c.scareGold}`);
  assert.ok(c.scareWithSpeakerAny <= c.scareGold * PINS.scareWithSpeakerAny, `scare quotes under a prediction with a speaker: ${c.scareWithSpeakerAny} of ${c.scareGold}`);
});
