/**
 * `npm run bench:ingest`: what one ingest of 100 new articles costs as the store grows
 * (1,000, 10,000 and 50,000 articles already stored): CPU time of the whole ingest and of
 * its corpus part (entity resolution, stories, compare: `recluster`), and peak resident
 * memory. Each size is filled and measured in its own child processes, so a measurement's
 * peak RSS is the ingest's own (plus the models every ingest loads).
 *
 * Articles are synthetic but realistic: the stored ones are clones (new ids, outlets and
 * dates) of really analysed ECB+ document texts (~880, corpus-resolved among themselves,
 * which is what a store holds); the 100 new ones are other ECB+ texts, ingested as raw
 * documents through `ingestDocuments`, dated after everything stored.
 *
 *   npm run bench:ingest -- --sizes 1000,10000,50000
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { AnalyzedArticle, RawDocument } from '../../src/model/records.ts';
import { defaultContext } from '../../src/model/stage.ts';
import { analyzeDocument, compareClusters, corpusStages } from '../../src/pipeline.ts';
import { createClusterer, publicationOrder } from '../../src/stories/index.ts';
import { CLUSTERER_STATE_KEY, recluster, STREAMING_FROM } from '../../src/store/recluster.ts';
import { ingestDocuments } from '../../src/store/ingestDocuments.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { SHARED_DATA, table, writeResultSection } from '../lib/report.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    batch: { type: 'string', default: '100' },
    child: { type: 'string' },
    db: { type: 'string' },
    size: { type: 'string' },
    dry: { type: 'boolean', default: false },
  },
});
const BATCH = Number(values.batch);
const ECBPLUS = join(SHARED_DATA, 'clustering', 'ecbplus', 'ecbplus_documents.jsonl.gz');
const WORK = join(tmpdir(), 'chorus-bench-ingest');
const TEMPLATE_CACHE = join(WORK, 'templates.json');
/**
 * Stored articles: copy k of every template in the k-th fortnight from here (templates spread
 * over it), so copies of one text are separate stories (the clusterer's window is 7 days) and
 * a store holds many stories of a few articles, as a real one does. New ones come a day after.
 */
const FILL_START = Date.UTC(2020, 0, 1);
const PERIOD_MS = 14 * 86_400_000;
const FILL_STEP_MS = 60_000;

/**
 * Measured 2026-11-23 with this script on the code before incremental corpus stages (same
 * machine): recluster loaded every stored article, resolved entities over all of them and
 * saved every story. [stored, ingest CPU s, corpus stages CPU s, peak RSS MiB, RSS growth MiB]
 */
const BEFORE: readonly (readonly [number, string, string, string, string])[] = [
  [1000, '3.18', '1.59', '256', '41'],
  [10000, '6.67', '4.97', '489', '274'],
  [50000, '38.20', '36.47', '1363', '1156'],
];

function ecbDocs(): RawDocument[] {
  const lines = gunzipSync(readFileSync(ECBPLUS)).toString('utf8').split('\n').filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    const record = JSON.parse(line) as { text: string };
    return { source: `${ECBPLUS}#${i + 1}`, format: 'text', content: record.text.replace(/\n/g, '\n\n'), encoding: 'utf-8', given: {}, arrival: { kind: 'file' }, problems: [] };
  });
}

/** The documents split: the last BATCH are the new ones, the rest are templates of stored articles. */
function split(): { templates: RawDocument[]; fresh: RawDocument[] } {
  const docs = ecbDocs();
  return { templates: docs.slice(0, docs.length - BATCH), fresh: docs.slice(docs.length - BATCH) };
}

function analysedTemplates(): AnalyzedArticle[] {
  if (existsSync(TEMPLATE_CACHE)) return JSON.parse(readFileSync(TEMPLATE_CACHE, 'utf8')) as AnalyzedArticle[];
  const context = defaultContext({ now: '2026-01-01T00:00:00Z' });
  const analysed = split().templates.map((d) => analyzeDocument(d, context)).filter((a) => a.text.trim() !== '');
  const unique = [...new Map(analysed.map((a) => [a.id, a])).values()];
  const resolved = corpusStages.entities({ articles: unique }, context);
  writeFileSync(TEMPLATE_CACHE, JSON.stringify(resolved));
  return resolved;
}

function fillTime(n: number, templates: number): number {
  return FILL_START + Math.floor(n / templates) * PERIOD_MS + Math.floor(((n % templates) * PERIOD_MS) / templates);
}

function clone(template: AnalyzedArticle, n: number, templates: number): AnalyzedArticle {
  const at = new Date(fillTime(n, templates)).toISOString();
  return { ...template, id: `fill${n.toString(16).padStart(12, '0')}`, outlet: `Outlet ${n % 97}`, publishedAt: at, source: `bench://fill/${n}` };
}

/** Fills a fresh store with `size` clones, their stories (streaming clusterer state too, as a large store has it). */
async function fill(db: string, size: number): Promise<void> {
  const context = defaultContext({ now: '2026-01-01T00:00:00Z' });
  const templates = analysedTemplates();
  const store = await openSqliteStore(db);
  const articles: AnalyzedArticle[] = [];
  for (let n = 0; n < size; n++) articles.push(clone(templates[n % templates.length]!, n, templates.length));
  for (const article of articles) await store.putArticle(article);
  const clusterer = createClusterer();
  for (const article of publicationOrder(articles)) clusterer.add(article);
  clusterer.refine();
  if (size >= STREAMING_FROM) await store.putState(CLUSTERER_STATE_KEY, clusterer.snapshot());
  const clustering = corpusStages.storylines(clusterer.clustering(), context);
  const { stories, storylines } = compareClusters(articles, clustering, context);
  await store.saveStories(stories, storylines);
  // The clones are resolved already (their templates were, among themselves): none awaits resolution.
  await store.markResolved(null);
  // One re-clustering with nothing new leaves the store as a run of ingests would (story digests included).
  await recluster(store, context);
  await store.close();
}

async function measure(db: string): Promise<Record<string, number>> {
  const { fresh } = split();
  const last = new Date(fillTime(Number(values.size), analysedTemplates().length) + 86_400_000);
  const docs = fresh.map((d, i): RawDocument => ({ ...d, given: { outlet: `New outlet ${i % 13}`, publishedAt: new Date(last.getTime() + i * FILL_STEP_MS).toISOString() } }));
  const store = await openSqliteStore(db);
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  let reclusterCpu = process.cpuUsage();
  let rssBefore = 0;
  const summary = await ingestDocuments(store, docs, {
    context: { now: '2026-01-01T00:00:00Z' },
    onRecluster: () => {
      reclusterCpu = process.cpuUsage();
      rssBefore = process.memoryUsage().rss;
    },
  });
  const cpuEnd = process.cpuUsage(cpu0);
  const reclusterEnd = process.cpuUsage(reclusterCpu);
  const wall = (performance.now() - wall0) / 1000;
  const stored = await store.countArticles();
  const state = await store.getState(CLUSTERER_STATE_KEY);
  await store.close();
  const peak = process.resourceUsage().maxRSS * 1024;
  return {
    added: summary.added,
    stored,
    stories: summary.stories,
    cpu: (cpuEnd.user + cpuEnd.system) / 1e6,
    reclusterCpu: (reclusterEnd.user + reclusterEnd.system) / 1e6,
    wall,
    peakMiB: peak / 2 ** 20,
    growthMiB: Math.max(0, peak - rssBefore) / 2 ** 20,
    stateKB: state === null ? 0 : JSON.stringify(state).length / 1000,
  };
}

function runChild(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', import.meta.filename, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
}

async function main(): Promise<void> {
  if (values.child === 'fill') return fill(values.db!, Number(values.size));
  if (values.child === 'measure') {
    process.stdout.write(`${JSON.stringify(await measure(values.db!))}\n`);
    return;
  }
  if (!existsSync(ECBPLUS)) {
    console.log(`skipped: ${ECBPLUS} is absent`);
    return;
  }
  mkdirSync(WORK, { recursive: true });
  analysedTemplates();
  const rows: (string | number)[][] = [];
  for (const size of values.sizes!.split(',').map(Number)) {
    const db = join(WORK, `store-${size}.db`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
    const t0 = performance.now();
    runChild(['--child', 'fill', '--db', db, '--size', String(size)]);
    process.stderr.write(`filled ${size} in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    const r = JSON.parse(runChild(['--child', 'measure', '--db', db, '--size', String(size)]).trim().split('\n').pop()!) as Record<string, number>;
    process.stderr.write(`${size}: ${JSON.stringify(r)}\n`);
    rows.push([size.toLocaleString('en'), r.added!, r.cpu!.toFixed(2), r.reclusterCpu!.toFixed(2), r.wall!.toFixed(2), r.peakMiB!.toFixed(0), r.growthMiB!.toFixed(0), r.stateKB! > 0 ? r.stateKB!.toFixed(0) : '–']);
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  }
  const header = ['stored articles', 'new', 'ingest CPU s', 'corpus stages CPU s', 'wall s', 'peak RSS MiB', 'RSS growth in corpus stages MiB', 'clusterer state kB'];
  const body = [
    `One ingest of ${BATCH} new articles (ECB+ texts, raw, through \`ingestDocuments\`) into a SQLite store already holding N articles (clones of ~880 analysed ECB+ texts with their stories and, from ${STREAMING_FROM.toLocaleString('en')}, the streaming clusterer's state). CPU time is the ingest process's (user + system); "corpus stages" is the part after every new article was stored (\`recluster\`: entity resolution, stories, compare, save). Peak RSS is the measuring process's whole run (models included); RSS growth is how far the peak rose above the RSS when the corpus stages began. The clusterer state (JSON, read and written by every streaming ingest) holds the live window and a signature per archived story (its membership is in the stories table); when it held archived stories in full it was 4.5 MB at 10,000 and 15.0 MB at 50,000 stored.`,
    '',
    table(header, rows),
    ...(BEFORE.length > 0 ? ['', 'Before incremental corpus stages (every stored article loaded and resolved, every story saved, per ingest):', '', table(header.filter((_, i) => i !== 1 && i !== 4 && i !== 7), BEFORE.map((r) => [r[0].toLocaleString('en'), ...r.slice(1)]))] : []),
  ].join('\n');
  console.log(body);
  if (!values.dry) writeResultSection('ingest', 'Ingest cost as the store grows', body);
}

await main();
