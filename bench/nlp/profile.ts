/**
 * `node --import tsx --cpu-prof bench/nlp/profile.ts [passes] [stage|parts]`: the nlp stage over the gold
 * articles, for CPU profiles and quick timings (speed.ts is the benchmark, beside wink-nlp). "stage"
 * (the default) times readNlp per article; "parts" times tokenising and entity extraction alone, over
 * articles tokenised once, which is steadier on a shared machine. Three warm-up passes come first.
 * A speed-up must change no output: `bench/nlp/outputHash.ts` hashes the stage's output over about 1,100 documents.
 */
import { readNlp } from '../../src/nlp/index.ts';
import { extractEntities } from '../../src/nlp/EntityExtractor.ts';
import { tokenise } from '../../src/nlp/Tokens.ts';
import { asArticle, loadGoldArticles } from './gold.ts';

const docs = loadGoldArticles(false).map((a) => asArticle(a.id, a.text, a.publishedAt));
const context = { now: '2024-03-01T00:00:00Z' };
const passes = Number(process.argv[2] ?? 8);
const mode = process.argv[3] ?? 'stage';

function msPerArticle(pass: () => void): string {
  for (let r = 0; r < 3; r++) pass();
  const c0 = process.cpuUsage();
  for (let r = 0; r < passes; r++) pass();
  const c = process.cpuUsage(c0);
  return ((c.user + c.system) / 1000 / (docs.length * passes)).toFixed(3);
}

if (mode === 'stage') {
  const ms = msPerArticle(() => { for (const d of docs) readNlp(d, context); });
  console.log('readNlp ms per article (CPU)', ms, '→ articles per CPU-second', (1000 / Number(ms)).toFixed(1));
} else {
  const tokenised = docs.map((d) => ({ text: d.text, tokens: tokenise(d.text).tokens }));
  console.log('entities ms per article (CPU)', msPerArticle(() => { for (const t of tokenised) extractEntities(t.text, t.tokens); }));
  console.log('tokenise ms per article (CPU)', msPerArticle(() => { for (const d of docs) tokenise(d.text); }));
  console.log('tokenise + entities ms per article (CPU)', msPerArticle(() => { for (const d of docs) { const tk = tokenise(d.text); extractEntities(d.text, tk.tokens); } }));
  console.log('readNlp ms per article (CPU)', msPerArticle(() => { for (const d of docs) readNlp(d, context); }));
}
