/**
 * Parallel workers: articles/second through the per-document stages (extract → nlp →
 * quotes) inline vs. a worker pool of 1 and 2 threads, on the gold article texts (repeated
 * to ~500 documents) and on the Fundus HTML pages (when the shared data is present).
 * Start-up (thread + tsx + stage modules, then the wink-nlp model) is reported apart from
 * throughput. Every pooled result is checked against the inline one (same JSON).
 *
 * Run: node --import tsx bench/workers/run.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import { analyzeDocument } from '../../src/pipeline.ts';
import type { RawDocument } from '../../src/model/records.ts';
import type { StageContext } from '../../src/model/stage.ts';
import { createAnalyzerPool } from '../../src/workers/index.ts';
import { goldArticles, rawDocument, ROOT } from '../../src/workers/testing/corpus.ts';
import { SHARED_DATA, table, writeResultSection } from '../lib/report.ts';

/** ~500 documents: long enough that a 2-thread pool's start-up is amortised, short enough for a loaded 2-core box. */
const TARGET_TEXT_DOCS = 500;
/** Five passes over the 80 pages: ~400 documents, enough for a stable rate while the run stays within minutes. */
const HTML_PASSES = 5;

const context: StageContext = { now: '2026-01-01T00:00:00.000Z' };

function repeat(docs: readonly RawDocument[], times: number): RawDocument[] {
  return Array.from({ length: times }, (_, k) => docs.map((d) => ({ ...d, source: `${d.source}#${k + 1}` }))).flat();
}

function fundusPages(): RawDocument[] | null {
  const dir = join(SHARED_DATA, 'extraction', 'fundus', 'html');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => rawDocument(join(dir, f), 'html', gunzipSync(readFileSync(join(dir, f))).toString('utf8')));
}

/**
 * Source files modified since `since` (epoch ms). Threads load the stage modules when they
 * start, the main thread loaded them at its start: an edit in between (other engineers work
 * in this checkout) makes results differ for reasons that are not the pool's.
 */
function editedSince(since: number, dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : editedSince(since, path);
    const relative = path.slice(ROOT.length + 1);
    const stage = STAGE_SOURCES.some((prefix) => relative.startsWith(prefix));
    return stage && e.name.endsWith('.ts') && statSync(path).mtimeMs > since ? [relative] : [];
  });
}
const benchStarted = Date.now();
/** What the per-document stages load (src/pipeline.ts imports the corpus stages too). */
const STAGE_SOURCES = ['src/extract/', 'src/nlp/', 'src/quotes/', 'src/model/', 'src/stories/', 'src/compare/', 'src/pipeline.ts'];

const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' / ');

interface Row {
  corpus: string;
  mode: string;
  docs: number;
  startupS: string;
  seconds: number;
  rate: number;
  totalRate: number;
  mismatches: number | string;
  failures: number;
  load: string;
}

function runInline(name: string, docs: readonly RawDocument[]): { row: Row; json: string[] } {
  const started = performance.now();
  const json = docs.map((d) => JSON.stringify(analyzeDocument(d, context)));
  const seconds = (performance.now() - started) / 1000;
  const rate = docs.length / seconds;
  return { row: { corpus: name, mode: 'inline (analyzeDocument)', docs: docs.length, startupS: '0', seconds, rate, totalRate: rate, mismatches: 0, failures: 0, load: load() }, json };
}

const startupNotes: string[] = [];
const editNotes = new Set<string>();

async function runPool(name: string, docs: readonly RawDocument[], workers: number, inline: readonly string[]): Promise<Row> {
  const created = performance.now();
  const pool = createAnalyzerPool({ workers, alwaysThreads: true });
  const startups = await pool.ready();
  const startupS = (performance.now() - created) / 1000;
  for (const s of startups) {
    startupNotes.push(`${name}, ${workers} worker(s): thread + tsx + stage modules ${(s.importMs / 1000).toFixed(2)} s, wink-nlp model (warm-up document) ${(s.warmUpMs / 1000).toFixed(2)} s, ready after ${(s.wallMs / 1000).toFixed(2)} s`);
  }
  const started = performance.now();
  let i = 0;
  let mismatches = 0;
  let failures = 0;
  for await (const { result } of pool.analyzeAll(docs, context)) {
    if (!result.ok) failures++;
    else if (JSON.stringify(result.article) !== inline[i]) mismatches++;
    i++;
  }
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  const edited = editedSince(benchStarted);
  if (mismatches > 0 && edited.length > 0) editNotes.add(edited.join(', '));
  return {
    corpus: name,
    mode: `pool, ${workers} worker thread${workers > 1 ? 's' : ''}`,
    docs: docs.length,
    startupS: startupS.toFixed(2),
    seconds,
    rate: docs.length / seconds,
    totalRate: docs.length / (seconds + startupS),
    mismatches: mismatches > 0 && edited.length > 0 ? `${mismatches} (sources edited mid-run)` : mismatches,
    failures,
    load: load(),
  };
}

async function main(): Promise<void> {
  const gold = goldArticles();
  const corpora: [string, RawDocument[]][] = [[`gold articles (text, ${gold.length} × ${Math.round(TARGET_TEXT_DOCS / gold.length)})`, repeat(gold, Math.round(TARGET_TEXT_DOCS / gold.length))]];
  const pages = fundusPages();
  if (pages !== null && pages.length > 0) corpora.push([`Fundus pages (HTML, ${pages.length} × ${HTML_PASSES})`, repeat(pages, HTML_PASSES)]);
  const loadBefore = load();
  const rows: Row[] = [];
  for (const [name, docs] of corpora) {
    console.error(`${name}: inline…`);
    const inline = runInline(name, docs);
    rows.push(inline.row);
    for (const workers of [1, 2]) {
      console.error(`${name}: ${workers} worker(s)…`);
      rows.push(await runPool(name, docs, workers, inline.json));
    }
  }
  const body = [
    `Per-document stages (extract → nlp → quotes) through \`createAnalyzerPool\` (\`src/workers/\`) vs. \`analyzeDocument\` inline. Throughput excludes start-up (the pool is created and \`ready()\` first); "incl. start-up" divides by both. "Mismatches" counts pooled results whose JSON differs from inline (must be 0).`,
    '',
    `**Machine load:** ${availableParallelism()} cores; load average (1/5/15 min) ${loadBefore} at the start — other engineers' jobs were running, so absolute rates are depressed and noisy, and a 2-thread pool competes with them for the same 2 cores.`,
    '',
    table(
      ['corpus', 'mode', 'docs', 'start-up s', 'seconds', 'articles/s', 'articles/s incl. start-up', 'mismatches', 'failures', 'load avg after'],
      rows.map((r) => [r.corpus, r.mode, r.docs, r.startupS, r.seconds.toFixed(1), r.rate.toFixed(1), r.totalRate.toFixed(1), r.mismatches, r.failures, r.load]),
    ),
    '',
    editNotes.size > 0
      ? `Mismatches marked "sources edited mid-run": these files changed after the benchmark started, so the threads (which load the stages when spawned) ran newer code than the main thread's inline reference: ${[...editNotes].at(-1)}. Re-run on a quiet checkout; the unit tests (\`src/workers/AnalyzerPool.test.ts\`) check equality with both sides loaded at the same time.\n`
      : '',
    pages === null ? 'Fundus HTML pages absent (/work/shared/data/extraction/fundus/html): HTML rows skipped.' : '',
    '**Worker start-up** (measured inside each thread; spawns run concurrently):',
    '',
    ...startupNotes.map((n) => `- ${n}`),
  ].join('\n');
  writeResultSection('workers', 'Parallel workers', body);
  console.log(body);
}

await main();
