/**
 * Articles per second on one core: the nlp stage, and wink-nlp's readDoc alone as the
 * reference. Measured in CPU time of this process (user + system), so other jobs on a shared
 * machine do not count against it; wall-clock figures are reported beside it. The contenders
 * run in alternating passes, so a change in machine load during the run falls on all of them.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ExtractedArticle } from '../../src/model/records.ts';
import { readNlp } from '../../src/nlp/index.ts';
import { asArticle, loadGoldArticles } from './gold.ts';

export interface Speed {
  articles: number;
  /** Per CPU-second of this process. */
  nlpPerSecond: number;
  /** wink-nlp with its default pipeline (the reference figure). */
  winkPerSecond: number;
  /** wink-nlp with only the passes the stage runs (sentence boundaries and parts of speech): the floor under the stage's cost. */
  winkStagePassesPerSecond: number;
  /** Per wall-clock second. */
  nlpPerWallSecond: number;
  winkPerWallSecond: number;
}

/** Passes over the articles before timing; see measureSpeed. */
const WARM_UP_PASSES = 3;

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

interface Tally {
  cpu: number;
  wall: number;
}

function timed(tally: Tally, pass: () => void): void {
  const t0 = performance.now();
  const c0 = cpuSeconds();
  pass();
  tally.cpu += cpuSeconds() - c0;
  tally.wall += (performance.now() - t0) / 1000;
}

export function measureSpeed(rounds = 5): Speed {
  const docs: ExtractedArticle[] = loadGoldArticles(false).map((a) => asArticle(a.id, a.text, a.publishedAt));
  const context = { now: '2024-03-01T00:00:00Z' };
  const wink = winkNLP(model);
  const winkStagePasses = winkNLP(model, ['sbd', 'pos']);
  const passes = {
    nlp: () => { for (const d of docs) readNlp(d, context); },
    wink: () => { for (const d of docs) wink.readDoc(d.text).tokens().out(); },
    winkStagePasses: () => { for (const d of docs) winkStagePasses.readDoc(d.text).tokens().out(); },
  };
  // Warm-up passes first: loading the model, chrono-node's first parse and JIT compilation are
  // once-per-process costs, not per-article ones. The stage reaches its steady speed after
  // about three passes over these articles (measured pass by pass).
  for (let r = 0; r < WARM_UP_PASSES; r++) for (const pass of Object.values(passes)) pass();
  const tallies = { nlp: { cpu: 0, wall: 0 }, wink: { cpu: 0, wall: 0 }, winkStagePasses: { cpu: 0, wall: 0 } };
  for (let r = 0; r < rounds; r++) {
    timed(tallies.wink, passes.wink);
    timed(tallies.winkStagePasses, passes.winkStagePasses);
    timed(tallies.nlp, passes.nlp);
  }
  const n = docs.length * rounds;
  return {
    articles: docs.length,
    nlpPerSecond: n / tallies.nlp.cpu,
    winkPerSecond: n / tallies.wink.cpu,
    winkStagePassesPerSecond: n / tallies.winkStagePasses.cpu,
    nlpPerWallSecond: n / tallies.nlp.wall,
    winkPerWallSecond: n / tallies.wink.wall,
  };
}
