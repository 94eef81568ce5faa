/**
 * Gate for text mode (issue #3): pinned minimum scores on a fixed, spread-out subset of the
 * rendered benchmark pages (40 Scrapinghub, 20 Fundus), scored with the HTML benchmark's
 * metrics through the same code as `text-run.ts`. A change that lowers a score fails here
 * unless the minimum is lowered in the same change, with the reason.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasExtractionData, loadFundus, loadScrapinghub } from './data.ts';
import { chorusText, everyNth, keepAll, renderPages, scoreFundusText, scoreScrapinghubText } from './text/score.ts';

/**
 * Pinned minimums, 0.015 under the scores measured when pinned (2026-11-23: Scrapinghub
 * subset F1 0.958, Fundus subset F1 0.972). Scores are deterministic; the margin lets a
 * general improvement that costs one page pass while a real regression fails.
 */
const MIN_SCRAPINGHUB_F1 = 0.943;
const MIN_FUNDUS_F1 = 0.958;
/** Text mode must beat keeping all text by a wide margin, or it is not cleaning anything. */
const MIN_GAIN_OVER_BASELINE = 0.12;

test('text mode keeps its scores on rendered benchmark pages', (t) => {
  if (!hasExtractionData()) {
    t.skip('/work/shared/data/extraction is absent: nothing to score');
    return;
  }
  const scrapinghub = renderPages(everyNth(loadScrapinghub(), 40));
  const fundus = renderPages(everyNth(loadFundus(), 20));
  const sh = scoreScrapinghubText(scrapinghub, chorusText).score;
  const fu = scoreFundusText(fundus, chorusText).score;
  const shBaseline = scoreScrapinghubText(scrapinghub, keepAll).score;
  t.diagnostic(`Scrapinghub subset F1 ${sh.f1.toFixed(3)} (P ${sh.precision.toFixed(3)} R ${sh.recall.toFixed(3)}); Fundus subset F1 ${fu.f1.toFixed(3)}`);
  assert.ok(sh.f1 >= MIN_SCRAPINGHUB_F1, `Scrapinghub text F1 ${sh.f1.toFixed(3)} < ${MIN_SCRAPINGHUB_F1}`);
  assert.ok(fu.f1 >= MIN_FUNDUS_F1, `Fundus text F1 ${fu.f1.toFixed(3)} < ${MIN_FUNDUS_F1}`);
  assert.ok(sh.f1 - shBaseline.f1 >= MIN_GAIN_OVER_BASELINE, `gain over keep-all only ${(sh.f1 - shBaseline.f1).toFixed(3)}`);
});
