/**
 * Builds the stories stage's cold-start vocabulary, `src/stories/data/background-idf.json`:
 * document frequencies of the top TOP_TERMS clustering tokens (same tokenizer as the stage).
 *
 * Source: the human ground-truth article bodies of the extraction benchmarks in
 * `../shared/data/extraction/` (WCXB dev split, CC-BY-4.0; Scrapinghub article-extraction
 * benchmark, MIT; Fundus evaluation set, MIT): about a thousand varied English web articles.
 * The clustering benchmarks (ECB+, UCI) are deliberately NOT used, so their scores do not
 * profit from knowing their own vocabulary.
 *
 * Run: `node --import tsx scripts/build-background-idf.ts [dataDir]`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/stories/Tokenizer.ts';

const TOP_TERMS = 20000;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = process.argv[2] ?? join(ROOT, '..', 'shared', 'data', 'extraction');

function* documents(): Generator<string> {
  const wcxb = join(DATA, 'wcxb-dev', 'ground-truth');
  for (const file of readdirSync(wcxb).sort()) {
    const record = JSON.parse(readFileSync(join(wcxb, file), 'utf8')) as { ground_truth?: { title?: string; main_content?: string } };
    const truth = record.ground_truth;
    if (truth?.main_content) yield `${truth.title ?? ''}\n${truth.main_content}`;
  }
  const scrapinghub = JSON.parse(readFileSync(join(DATA, 'scrapinghub', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  for (const key of Object.keys(scrapinghub).sort()) {
    const body = scrapinghub[key]?.articleBody;
    if (body) yield body;
  }
  const fundus = JSON.parse(readFileSync(join(DATA, 'fundus', 'ground_truth.json'), 'utf8')) as Record<string, { body?: string[] }>;
  for (const key of Object.keys(fundus).sort()) {
    const body = fundus[key]?.body;
    if (body && body.length > 0) yield body.join('\n');
  }
}

const df = new Map<string, number>();
let count = 0;
for (const text of documents()) {
  count += 1;
  for (const term of new Set(tokenize(text))) df.set(term, (df.get(term) ?? 0) + 1);
}
const top = [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_TERMS);
const out = {
  source: 'ground-truth article bodies of the WCXB dev split (CC-BY-4.0), the Scrapinghub article-extraction benchmark (MIT) and the Fundus evaluation set (MIT); built by scripts/build-background-idf.ts',
  documents: count,
  df: Object.fromEntries(top),
};
const target = join(ROOT, 'src', 'stories', 'data', 'background-idf.json');
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(`${count} documents, ${df.size} terms, kept ${top.length} → ${target}`);
