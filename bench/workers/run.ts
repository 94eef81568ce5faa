/**
 * Parallel workers: articles/second through the per-document stages (extract → nlp →
 * quotes) inline vs. a worker pool of 1 and 2 threads, on the gold article texts (repeated
 * to ~500 documents) and on the Fundus HTML pages (when the shared data is present).
 *
 * The machine is shared, so its load drifts over minutes: the modes are interleaved round
 * by round (each round, every mode analyses the same pass over the corpus) and the times
 * summed, so drift hits all modes alike. Process CPU time per article (all threads) shows
 * the pool's own overhead independently of the load. Start-up (thread + tsx + stage
 * modules, then the wink-nlp model) is reported apart. Every pooled result is checked
 * against the inline one of the same round (same JSON).
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
import { createAnalyzerPool, type AnalyzerPool } from '../../src/workers/index.ts';
import { goldArticles, rawDocument, ROOT } from '../../src/workers/testing/corpus.ts';
import { SHARED_DATA, table, writeResultSection } from '../lib/report.ts';

/** Passes over the 64 gold texts: ~500 documents, enough that a 2-thread pool's start-up is amortised. */
const TEXT_ROUNDS = 8;
/** Passes over the 80 Fundus pages: ~400 documents, a stable rate while the run stays within minutes. */
const HTML_ROUNDS = 5;
/** What the per-document stages load (src/pipeline.ts imports the corpus stages too). */
const STAGE_SOURCES = ['src/extract/', 'src/nlp/', 'src/quotes/', 'src/model/', 'src/stories/', 'src/compare/', 'src/pipeline.ts'];

const context: StageContext = { now: '2026-01-01T00:00:00.000Z' };
const benchStarted = Date.now();

function fundusPages(): RawDocument[] | null {
  const dir = join(SHARED_DATA, 'extraction', 'fundus', 'html');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => rawDocument(join(dir, f), 'html', gunzipSync(readFileSync(join(dir, f))).toString('utf8')));
}

/**
 * Stage sources modified since the benchmark started. Threads load the stage modules when
 * they start, the main thread at its start: an edit in between (other engineers work in this
 * checkout) makes results differ for reasons that are not the pool's.
 */
function editedStageSources(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : editedStageSources(path);
    const relative = path.slice(ROOT.length + 1);
    const stage = STAGE_SOURCES.some((prefix) => relative.startsWith(prefix));
    return stage && e.name.endsWith('.ts') && statSync(path).mtimeMs > benchStarted ? [relative] : [];
  });
}

const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' / ');
const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

interface Mode {
  label: string;
  workers: number;
  pool: AnalyzerPool | null;
  startupS: number;
  seconds: number;
  cpu: number;
  docs: number;
  mismatches: number;
  failures: number;
}

async function runRound(mode: Mode, docs: readonly RawDocument[], reference: string[]): Promise<void> {
  const started = performance.now();
  const cpu = cpuSeconds();
  if (mode.pool === null) {
    for (const d of docs) reference.push(JSON.stringify(analyzeDocument(d, context)));
  } else {
    let i = 0;
    for await (const { result } of mode.pool.analyzeAll(docs, context)) {
      if (!result.ok) mode.failures++;
      else if (JSON.stringify(result.article) !== reference[i]) mode.mismatches++;
      i++;
    }
  }
  mode.seconds += (performance.now() - started) / 1000;
  mode.cpu += cpuSeconds() - cpu;
  mode.docs += docs.length;
}

const startupNotes: string[] = [];

async function startModes(corpus: string): Promise<Mode[]> {
  const modes: Mode[] = [{ label: 'inline (analyzeDocument)', workers: 0, pool: null, startupS: 0, seconds: 0, cpu: 0, docs: 0, mismatches: 0, failures: 0 }];
  for (const workers of [1, 2]) {
    // One pool at a time, so each start-up is measured without the other's competing.
    const created = performance.now();
    const pool = createAnalyzerPool({ workers, alwaysThreads: true });
    const startups = await pool.ready();
    const startupS = (performance.now() - created) / 1000;
    startups.forEach((s, i) =>
      startupNotes.push(
        `${corpus}, pool of ${workers}, thread ${i + 1}: thread + tsx + stage modules ${(s.importMs / 1000).toFixed(2)} s, wink-nlp model (warm-up document) ${(s.warmUpMs / 1000).toFixed(2)} s, ready after ${(s.wallMs / 1000).toFixed(2)} s`,
      ),
    );
    modes.push({ label: `pool, ${workers} worker thread${workers > 1 ? 's' : ''}`, workers, pool, startupS, seconds: 0, cpu: 0, docs: 0, mismatches: 0, failures: 0 });
  }
  return modes;
}

async function measure(corpus: string, pass: readonly RawDocument[], rounds: number): Promise<(string | number)[][]> {
  const modes = await startModes(corpus);
  for (let round = 1; round <= rounds; round++) {
    console.error(`${corpus}: round ${round}/${rounds} (load ${load()})`);
    const docs = pass.map((d) => ({ ...d, source: `${d.source}#${round}` }));
    const reference: string[] = [];
    for (const mode of modes) await runRound(mode, docs, reference);
  }
  await Promise.all(modes.map((m) => m.pool?.close()));
  const inline = modes[0]!;
  const edited = editedStageSources();
  return modes.map((m) => [
    corpus,
    m.label,
    m.docs,
    m.startupS.toFixed(2),
    m.seconds.toFixed(1),
    (m.docs / m.seconds).toFixed(1),
    (m.docs / (m.seconds + m.startupS)).toFixed(1),
    `${(inline.seconds / m.seconds).toFixed(2)}×`,
    ((m.cpu / m.docs) * 1000).toFixed(0),
    m.mismatches > 0 && edited.length > 0 ? `${m.mismatches} (stage sources edited mid-run: ${edited.join(', ')})` : m.mismatches,
    m.failures,
  ]);
}

async function main(): Promise<void> {
  const loadBefore = load();
  const gold = goldArticles();
  const rows = await measure(`gold articles (text, ${gold.length} × ${TEXT_ROUNDS})`, gold, TEXT_ROUNDS);
  const pages = fundusPages();
  if (pages !== null && pages.length > 0) rows.push(...(await measure(`Fundus pages (HTML, ${pages.length} × ${HTML_ROUNDS})`, pages, HTML_ROUNDS)));
  const body = [
    `Per-document stages (extract → nlp → quotes) through \`createAnalyzerPool\` (\`src/workers/\`) vs. \`analyzeDocument\` inline. Modes are interleaved round by round (each round every mode analyses the same pass over the corpus; sources get a \`#round\` suffix) so load drift hits them alike. Throughput excludes start-up (pools are created and \`ready()\` first); "incl. start-up" divides by both. CPU ms/article is process CPU (all threads) per article: the pool's overhead (structured clone, messaging) shows there regardless of load. "Mismatches" counts pooled results whose JSON differs from inline (must be 0).`,
    '',
    `**Machine load:** ${availableParallelism()} cores; load average (1/5/15 min) ${loadBefore} at the start and ${load()} at the end — other engineers' jobs were running, so absolute rates are depressed and noisy, and a 2-thread pool competes with them for the same 2 cores.`,
    '',
    table(
      ['corpus', 'mode', 'docs', 'start-up s', 'seconds', 'articles/s', 'articles/s incl. start-up', 'speed-up vs inline', 'CPU ms/article', 'mismatches', 'failures'],
      rows,
    ),
    '',
    pages === null ? 'Fundus HTML pages absent (/work/shared/data/extraction/fundus/html): HTML rows skipped.\n' : '',
    '**Worker start-up** (measured inside each thread; a pool\'s threads start concurrently):',
    '',
    ...startupNotes.map((n) => `- ${n}`),
  ].join('\n');
  writeResultSection('workers', 'Parallel workers', body);
  console.log(body);
}

await main();
