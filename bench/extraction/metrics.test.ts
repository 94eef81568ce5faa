import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasExtractionData, loadFundus, loadFundusPublishedScores, loadFundusToolOutput, loadScrapinghub, loadScrapinghubToolOutput } from './data.ts';
import { bagOfWordsF1, fundusArticleScore, fundusReferenceBodies, rougeLSum, scrapinghubScore, shingleMatch, snippetChecks, splitSentences } from './metrics.ts';

test('shingle match counts 4-token shingles and normalises to 1', () => {
  const [tp, fp, fn] = shingleMatch('a b c d e', 'a b c d x');
  // expected shingles: abcd, bcde; predicted: abcd, bcdx
  assert.deepEqual([tp, fp, fn], [1 / 3, 1 / 3, 1 / 3]);
  assert.deepEqual(shingleMatch('', ''), [0, 0, 0]);
  // fewer than 4 tokens: one shorter shingle
  assert.deepEqual(shingleMatch('hello world', 'hello world'), [1, 0, 0]);
});

test('scrapinghub corpus score is the F1 of mean precision and mean recall', () => {
  const score = scrapinghubScore([
    { predicted: 'a b c d', expected: 'a b c d' },
    { predicted: '', expected: 'a b c d' },
  ]);
  // precision only over pages with tp+fp > 0 → 1; recall mean (1 + 0) / 2
  assert.equal(score.precision, 1);
  assert.equal(score.recall, 0.5);
  assert.ok(Math.abs(score.f1 - 2 / 3) < 1e-12);
});

test('rouge tokens drop non-ASCII and split on punctuation; LSum unions LCS over sentences', () => {
  const same = rougeLSum(['The cat sat. The dog ran.'], ['The cat sat. The dog ran.']);
  assert.equal(same.f1, 1);
  const half = rougeLSum(['The cat sat.'], ['The cat sat. The dog ran.']);
  assert.equal(half.precision, 1);
  assert.equal(half.recall, 0.5);
  assert.deepEqual(splitSentences('Mr. Smith went. He left! Then u.s. rules'), ['Mr. Smith went.', 'He left!', 'Then u.s. rules']);
});

test('fundus optional paragraphs give every subset up to four, else all-or-none', () => {
  assert.equal(fundusReferenceBodies(['a', '[b]', '[c]']).length, 4);
  assert.deepEqual(fundusReferenceBodies(['a', '[b]'])[1], ['a']);
  assert.equal(fundusReferenceBodies(['[a]', '[b]', '[c]', '[d]', '[e]']).length, 2);
  assert.equal(fundusArticleScore(['a b'], ['a b', '[c d]']).f1, 1);
});

test('bag-of-words F1 is a lower-cased multiset F1', () => {
  assert.equal(bagOfWordsF1('The the cat', 'the cat').precision, 2 / 3);
  assert.equal(bagOfWordsF1('', '').f1, 1);
  assert.equal(bagOfWordsF1('x', '').f1, 0);
  const snip = snippetChecks('He said “hello   world”.', ['said "hello world"'], ['Login', 'hello']);
  assert.deepEqual(snip, { withFound: 1, withoutAbsent: 0.5 });
});

test('reproduces the published Scrapinghub F1 from the shipped tool outputs', (t) => {
  if (!hasExtractionData()) return t.skip('shared extraction data absent');
  const pages = loadScrapinghub();
  const published: Record<string, number> = {
    rs_trafilatura: 0.97, go_trafilatura: 0.96, trafilatura: 0.958, newspaper: 0.949, news_please: 0.948,
    readability_js: 0.947, go_domdistiller: 0.927, readability: 0.922, goose3: 0.896, boilerpipe: 0.86, justext: 0.804,
  };
  for (const [tool, f1] of Object.entries(published)) {
    const out = loadScrapinghubToolOutput(tool);
    const score = scrapinghubScore(pages.map((p) => ({ predicted: out[p.id] ?? '', expected: p.expected })));
    assert.equal(score.f1.toFixed(3), f1.toFixed(3), tool);
  }
});

test('reproduces Fundus per-article ROUGE-LSum for trafilatura', (t) => {
  if (!hasExtractionData()) return t.skip('shared extraction data absent');
  const published = loadFundusPublishedScores().trafilatura ?? {};
  const out = loadFundusToolOutput('trafilatura');
  const scores = loadFundus().map((p) => {
    const mine = fundusArticleScore(out[p.id] ?? [], p.body).f1;
    assert.ok(Math.abs(mine - (published[p.id]?.f1 ?? NaN)) < 1e-3, p.id);
    return mine;
  });
  assert.equal(((scores.reduce((a, b) => a + b, 0) / scores.length) * 100).toFixed(2), '93.62');
});
