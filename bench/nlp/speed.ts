/** Articles per second on one core: the nlp stage, and wink-nlp's readDoc alone as the reference. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readNlp } from '../../src/nlp/index.ts';
import { asArticle, loadGoldArticles } from './gold.ts';

export interface Speed {
  articles: number;
  nlpPerSecond: number;
  winkPerSecond: number;
}

export function measureSpeed(rounds = 5): Speed {
  const docs = loadGoldArticles(false).map((a) => asArticle(a.id, a.text, a.publishedAt));
  const context = { now: '2024-03-01T00:00:00Z' };
  for (const d of docs.slice(0, 5)) readNlp(d, context); // load the model and warm up
  const nlp = winkNLP(model);
  let t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of docs) nlp.readDoc(d.text).tokens().out();
  const wink = (docs.length * rounds) / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of docs) readNlp(d, context);
  const ours = (docs.length * rounds) / ((performance.now() - t0) / 1000);
  return { articles: docs.length, nlpPerSecond: ours, winkPerSecond: wink };
}
