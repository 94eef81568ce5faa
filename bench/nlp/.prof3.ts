import { readNlp } from '../../src/nlp/index.ts';
import { asArticle, loadGoldArticles } from './gold.ts';
const docs = loadGoldArticles(false).map((a) => asArticle(a.id, a.text, a.publishedAt));
const ctx = { now: '2024-03-01' };
readNlp(docs[0]!, ctx);
const t = performance.now();
for (let r = 0; r < 4; r++) for (const d of docs) readNlp(d, ctx);
console.log(((performance.now() - t) / 4 / docs.length).toFixed(2), 'ms/article');
