/**
 * Pinned minimum metadata scores (title exact, publishedAt same day) for Chorus over every
 * page with metadata ground truth, both halves (bench/extraction/meta-sets.ts), scored
 * with the benchmark's own scorer. Lowering a minimum happens in the same change, with
 * the date and the reason written next to it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasExtractionData } from './data.ts';
import { scoreMetaGate } from './meta-subset.ts';

/**
 * Each is the measured score minus 0.005.
 * - 2026-11-23: first pin, after TitleChooser / DateChooser / DatelineReader (bench/extraction/TUNING.md, "Metadata").
 *   Measured: WCXB title 0.8714, date 0.8619; Readability.js pages title 0.8031, date 1.000.
 * - 2026-11-23, second round (multi-language and y.m.d dates, prefixed meta names, <h2> headline
 *   without <h1>, re-stamped JSON-LD vs an explicit "Published" line, taglines, text-mode title
 *   anchored on bylines): measured WCXB title 0.8840, date 0.8771 (0.9013 without pages that
 *   state only an "updated" day), Readability.js title 0.7795, date 1.000; text mode on WCXB
 *   rendered pages title 0.5120, date 0.6419 (new pins).
 *   readabilityTitle LOWERED 0.798 → 0.774, on purpose: a short trailing tagline after " | " or
 *   " - " is now dropped ("… 2025 | Top 19 Companies"), which WCXB's human titles want (+3 dev
 *   pages) and Readability.js's own output (its reference here) keeps ("… | Boku no Hero
 *   Academia", "… - Super Supportive"): 3 of 130 pages. "site part forgiven" is unchanged.
 * - 2026-11-23, third round (title: agreeing declared stores beat a lone JSON-LD headline, site-name
 *   <h1>s skipped, subtitle elements glued into an <h1> cut off, "?" runs as mis-decoding, a declared
 *   title adding only a count/year preferred; bench: "where the page states it" column from
 *   meta-stated.ts, glued "…Updated" labels in meta-text.ts): measured WCXB title 0.8928, date
 *   0.8771, excl. updated-only 0.9042 (the glued-label fix moves 3 pages into "updated-only"),
 *   where the page states it 0.9204 (new pin), Readability.js title 0.7795, date 1.000.
 * - 2026-11-23, text-mode round (TitleScorer in src/extract/text, glued and labelled dates below the
 *   title): measured text mode on WCXB rendered pages title 0.6090, date 0.6770.
 */
export const META_GATE_MINIMUMS = {
  wcxbTitle: 0.887,
  wcxbDate: 0.872,
  wcxbDateExclUpdatedOnly: 0.899,
  wcxbDateStated: 0.915,
  readabilityTitle: 0.774,
  readabilityDate: 0.995,
  wcxbTextTitle: 0.604,
  wcxbTextDate: 0.672,
} as const;

test('metadata scores stay above their pinned minimums', (t) => {
  if (!hasExtractionData()) return t.skip('shared extraction data (../shared/data/extraction) is absent');
  const scores = scoreMetaGate();
  t.diagnostic(Object.entries(scores).map(([k, v]) => `${k} ${v.toFixed(4)}`).join('; '));
  for (const key of Object.keys(META_GATE_MINIMUMS) as (keyof typeof META_GATE_MINIMUMS)[]) {
    assert.ok(scores[key] >= META_GATE_MINIMUMS[key], `${key} ${scores[key].toFixed(4)} < ${META_GATE_MINIMUMS[key]}`);
  }
});
