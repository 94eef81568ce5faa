import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { tokenise } from '../../src/nlp/Tokens.ts';
import { readNlp } from '../../src/nlp/index.ts';
import { asArticle, loadGoldArticles } from './gold.ts';
const docs = loadGoldArticles(false).map((a) => asArticle(a.id, a.text, a.publishedAt));
const ctx = { now: '2024-03-01' };
const full = winkNLP(model);
readNlp(docs[0]!, ctx);
for (let round = 0; round < 2; round++) {
  let t = performance.now(); for (const d of docs) full.readDoc(d.text).tokens().out(); const w = performance.now() - t;
  t = performance.now(); for (const d of docs) tokenise(d.text); const tk = performance.now() - t;
  t = performance.now(); for (const d of docs) readNlp(d, ctx); const all = performance.now() - t;
  console.log({ winkFull: w.toFixed(0), tokenise: tk.toFixed(0), readNlp: all.toFixed(0) });
}
