/**
 * The gate's fast deterministic subset (every third Scrapinghub page, three of every
 * eight Fundus pages: all 16 publishers represented) and its scoring, with the same
 * scorers and the same Chorus adapter as the full benchmark.
 */
import { loadFundus, loadScrapinghub } from './data.ts';
import { fundusArticleScore, meanPRF, scrapinghubScore, type PRF } from './metrics.ts';
import { chorus } from './peers.ts';

export function gateScrapinghubPages() {
  return loadScrapinghub().filter((_, i) => i % 3 === 0);
}

export function gateFundusPages() {
  return loadFundus().filter((_, i) => i % 8 === 0 || i % 8 === 3 || i % 8 === 5);
}

export async function scoreGateSubset(): Promise<{ scrapinghub: PRF; fundus: PRF; pages: { scrapinghub: number; fundus: number } }> {
  const sh = gateScrapinghubPages();
  const pairs = [];
  for (const p of sh) pairs.push({ predicted: (await chorus.run(p.html(), p.url)).paragraphs.join('\n'), expected: p.expected });
  const fu = gateFundusPages();
  const scores = [];
  for (const p of fu) scores.push(fundusArticleScore((await chorus.run(p.html(), p.url)).paragraphs, p.body));
  return { scrapinghub: scrapinghubScore(pairs), fundus: meanPRF(scores), pages: { scrapinghub: sh.length, fundus: fu.length } };
}
