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
// Raised on 23 Nov 2026 after the second round of dev-only rules (roles from descriptions, lists and copulas,
// quoted titles, kind nouns, short organisation names, place unification, attributive participles): measured then
// dev 0.876 / 0.778 / 0.840 / 0.904 / 0.936 / 0.953 and test 0.881 / 0.664 / 0.885 / 0.707 / 0.908 / 0.918.
// Raised on 23 Nov 2026 after the GeoNames city gazetteer, places with "of"/"and" inside, party labels inside runs and
// organisation short forms without their acronym: measured then dev 0.878 / 0.786 / 0.858 and test 0.882 / 0.663 / 0.896
// (person / organisation / place exact F1); the other measures did not move.
// Date pins raised on 23 Nov 2026 after the issue-#6 date rules (chrono-node weekday modifiers, weekend "this week",
// present tense, "last January", named dates, year ranges, holiday modifiers): measured then dev 0.990 and test 0.951.
// Entity pins raised on 23 Nov 2026 after the second entity pass (ordinary-word runs, given names and bare surnames,
// modified legislatures, organisation contexts, agent-noun roles, surnames of named people kept from organisations,
// lexicon-word test fixed): measured then dev 0.920 / 0.813 / 0.858 / 0.910 / 0.943 and test 0.904 / 0.689 / 0.903 / 0.759 /
// 0.914 (person / organisation / place exact F1, roles, resolution).
// Re-pinned on 23 Nov 2026 when round 3 added 12 articles annotated from the text alone (8 dev, 4 test; see
// bench/gold/README.md), with no code change: measured then dev 0.921 / 0.813 / 0.876 / 0.888 / 0.923 / 0.988 and test
// 0.908 / 0.693 / 0.902 / 0.776 / 0.909 / 0.943. Three pins went down with the larger set, not with the code: dev roles
// (0.905 → 0.88) and dev resolution (0.935 → 0.915: round 3's canonical names expand acronyms the articles never
// spell out, e.g. UNRWA), and test date values (0.945 → 0.935).
// Raised on 23 Nov 2026 after the round-3 dev pass (particle chains "von der", body words opening titles, page-furniture
// imperatives, short forms without their institution head, "Head of School" titles, acronyms spelling part of a name,
// job nouns before "based in"/"with", street names, demonyms before acronyms, MP titles, shouted acronyms in running
// text, "The Hague"): measured then dev 0.924 / 0.822 / 0.882 / 0.908 / 0.931 / 0.988 and test 0.908 / 0.696 / 0.906 / 0.784 / 0.910 / 0.943.
// Dev entity pins raised on 23 Nov 2026 after the organisations pass (departments listed after "the departments of",
// newspaper names before a noun, compass words after "the", "X member", tickers and indices,
// a place's short form after "the", building words ending a name, initials before institution words): measured then dev
// 0.925 / 0.836 / 0.885 / 0.908 / 0.930 / 0.988 and test 0.907 / 0.697 / 0.906 / 0.784 / 0.910 / 0.943 (the test figures did
// not rise; test pins unchanged).
// Person pins raised on 23 Nov 2026 after the audit on news outside the gold set (bench/nlp/audit: product models and codes,
// known abbreviations, districts, demonym groups, titles after commas, one sense per article for organisations, names after
// speech verbs): measured then dev 0.929 / 0.837 / 0.885 / 0.908 / 0.929 / 0.988 and test 0.910 / 0.696 / 0.906 / 0.784 /
// 0.909 / 0.943. Only the person scores rose; the other pins are unchanged.
// Re-pinned on 23 Nov 2026 when round 4 (12 Scrapinghub articles from outlets no earlier round has; bench/gold/README.md)
// joined the set, scored first untuned (BENCHMARKS.md), with no code change: measured then dev 0.924 / 0.829 / 0.876 /
// 0.906 / 0.923 and test 0.914 / 0.698 / 0.906 / 0.794 / 0.889 (person / organisation / place exact F1, roles,
// resolution). Lowered with the larger set, not with the code: dev person 0.925 → 0.92, organisation 0.83 → 0.825,
// place 0.88 → 0.87, resolution 0.925 → 0.92, and test resolution 0.905 → 0.885 (round 4's canonical names include
// official names the articles never give, e.g. "Washington State Health Care Authority").
// Raised on 23 Nov 2026 after the round-4 dev pass (names opened by the Arabic article "al-Tanf", web addresses as outlets
// "Polygraph.info", nouns only a company has "X founder", "X’s CEO", kind-noun appositions before a name "his company, X,",
// statehouse/capitol/courthouse as place words, a demonym before a full personal name): measured then dev 0.927 / 0.834 /
// 0.890 / 0.906 / 0.923 and test 0.915 / 0.699 / 0.908 / 0.794 / 0.889.
const PINS = {
  test: { personF1: 0.905, organizationF1: 0.69, placeF1: 0.905, roleRate: 0.775, resolution: 0.885, dateValueAccuracy: 0.935 },
  dev: { personF1: 0.925, organizationF1: 0.83, placeF1: 0.885, roleRate: 0.9, resolution: 0.92, dateValueAccuracy: 0.98 },
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
