/**
 * `node --import tsx bench/nlp/outputHash.ts`: a SHA-256 of the nlp stage's full output over a
 * large document set, to check that a speed-up changes nothing. The set: the annotated gold
 * articles, then the ground-truth bodies of the Fundus, Scrapinghub and WCXB (dev) extraction
 * benchmarks in `../shared/data/extraction/`. The Scrapinghub pages annotated for the next
 * held-out gold round (ROUND_4_PAGES) and the gold `SH_*` articles are left out: their output is
 * not to be looked at. Prints one hash per set and one over everything; `--dump FILE` also writes
 * each document's output as one JSON line, to find where two runs differ.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedArticle } from '../../src/model/records.ts';
import { readNlp } from '../../src/nlp/index.ts';
import { asArticle, loadGoldArticles, ROOT } from './gold.ts';

const DATA = join(ROOT, '..', 'shared', 'data', 'extraction');
/** Scrapinghub pages being annotated as gold round 4 (held out: never run here), by the first ten characters of their id. */
const ROUND_4_PAGES = new Set(['098bb3e96c', '1ee91d1fce', '264dc3ae31', '291a8bf33e', '70cb2d5bca', '7de5241947', '82b6d780c7', '833caf3bdb', 'a1fca19b88', 'c13b9c0e04', 'd0382c0d95', 'd1c57d7821']);
/** Reference day for the benchmark bodies, which carry no reliable publication date. */
const PUBLISHED = '2024-03-01T00:00:00Z';

export function hashSets(): Record<string, ExtractedArticle[]> {
  const gold = loadGoldArticles(true).filter((a) => !a.id.startsWith('SH_')).map((a) => asArticle(a.id, a.text, a.publishedAt));
  const fundusTruth = JSON.parse(readFileSync(join(DATA, 'fundus', 'ground_truth.json'), 'utf8')) as Record<string, { body: string[] }>;
  const fundus = Object.keys(fundusTruth).sort().map((k) => asArticle(`fundus:${k}`, fundusTruth[k]!.body.join('\n\n'), PUBLISHED));
  const shTruth = JSON.parse(readFileSync(join(DATA, 'scrapinghub', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const scrapinghub = Object.keys(shTruth).sort().filter((k) => !ROUND_4_PAGES.has(k.slice(0, 10))).map((k) => asArticle(`sh:${k}`, shTruth[k]!.articleBody, PUBLISHED));
  const wcxbDir = join(DATA, 'wcxb-dev', 'ground-truth');
  const wcxb = readdirSync(wcxbDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const g = (JSON.parse(readFileSync(join(wcxbDir, f), 'utf8')) as { ground_truth: { main_content?: string } }).ground_truth;
    return asArticle(`wcxb:${f}`, g.main_content ?? '', PUBLISHED);
  });
  return { gold, fundus, scrapinghub, wcxb };
}

const isMain = process.argv[1]?.endsWith('outputHash.ts');
if (isMain) {
  const dumpAt = process.argv.indexOf('--dump');
  const lines: string[] = [];
  const all = createHash('sha256');
  const context = { now: '2024-03-01T00:00:00Z' };
  let docs = 0;
  let cpu = 0;
  for (const [name, set] of Object.entries(hashSets())) {
    const h = createHash('sha256');
    for (const d of set) {
      const c0 = process.cpuUsage();
      const out = readNlp(d, context);
      const c = process.cpuUsage(c0);
      cpu += (c.user + c.system) / 1e6;
      const json = JSON.stringify(out);
      h.update(json);
      all.update(json);
      if (dumpAt > 0) lines.push(json);
    }
    docs += set.length;
    console.log(name.padEnd(12), String(set.length).padStart(5), h.digest('hex').slice(0, 16));
  }
  console.log('all'.padEnd(12), String(docs).padStart(5), all.digest('hex'), `(${cpu.toFixed(2)} CPU-s in readNlp, one pass, cold)`);
  if (dumpAt > 0) writeFileSync(process.argv[dumpAt + 1]!, lines.join('\n') + '\n');
}
