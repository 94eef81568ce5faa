/**
 * Writes the quotes stage's output on every gold article as one JSON file, to check that a
 * refactor changes no behaviour (diff two snapshots). The nlp-prepared inputs are cached in
 * the output folder on the first run, so a change in the nlp stage meanwhile does not show.
 * Usage: node --import tsx bench/quotes/snapshot.ts <out-dir> [name]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NlpArticle } from '../../src/model/records.ts';
import { readQuotes } from '../../src/quotes/index.ts';
import { loadGoldSet } from './goldSet.ts';
import { prepareBare, prepareWithNlp } from './evaluate.ts';

const dir = process.argv[2] ?? '/tmp/quotes-snapshot';
const name = process.argv[3] ?? 'snapshot';
mkdirSync(dir, { recursive: true });
const gold = loadGoldSet();
const cache = join(dir, 'nlp-inputs.json');
const nlpInputs: Record<string, NlpArticle> = existsSync(cache)
  ? (JSON.parse(readFileSync(cache, 'utf8')) as Record<string, NlpArticle>)
  : Object.fromEntries(gold.map((g) => [g.name, prepareWithNlp(g)]));
if (!existsSync(cache)) writeFileSync(cache, JSON.stringify(nlpInputs));
const context = { now: '2024-03-01T00:00:00Z' };
const out = gold.map((g) => {
  const nlp = nlpInputs[g.name];
  return { name: g.name, bare: readQuotes(prepareBare(g), context).quotes, nlp: nlp ? readQuotes(nlp, context).quotes : null };
});
writeFileSync(join(dir, `${name}.json`), JSON.stringify(out, null, 1));
console.log(`wrote ${join(dir, `${name}.json`)} (${out.length} articles)`);
