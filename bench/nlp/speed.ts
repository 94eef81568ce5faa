/**
 * Articles per second on one core: the nlp stage, and wink-nlp's readDoc alone as the
 * reference. Measured in CPU time of this process (user + system), so other jobs on a shared
 * machine do not count against it; wall-clock figures are reported beside it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readNlp } from '../../src/nlp/index.ts';
import { asArticle, loadGoldArticles } from './gold.ts';

export interface Speed {
  articles: number;
  /** Per CPU-second of this process. */
  nlpPerSecond: number;
  winkPerSecond: number;
  /** Per wall-clock second. */
  nlpPerWallSecond: number;
  winkPerWallSecond: number;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

export function measureSpeed(rounds = 5): Speed {
  const docs = loadGoldArticles(false).map((a) => asArticle(a.id, a.text, a.publishedAt));
  const context = { now: '2024-03-01T00:00:00Z' };
  for (const d of docs.slice(0, 5)) readNlp(d, context); // load the model and warm up
  const nlp = winkNLP(model);
  const n = docs.length * rounds;
  let t0 = performance.now();
  let c0 = cpuSeconds();
  for (let r = 0; r < rounds; r++) for (const d of docs) nlp.readDoc(d.text).tokens().out();
  const wink = n / (cpuSeconds() - c0);
  const winkWall = n / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  c0 = cpuSeconds();
  for (let r = 0; r < rounds; r++) for (const d of docs) readNlp(d, context);
  const ours = n / (cpuSeconds() - c0);
  const oursWall = n / ((performance.now() - t0) / 1000);
  return { articles: docs.length, nlpPerSecond: ours, winkPerSecond: wink, nlpPerWallSecond: oursWall, winkPerWallSecond: winkWall };
}
