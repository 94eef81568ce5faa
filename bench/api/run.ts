/**
 * Load test of the story page and the API story response with a large store (issue: p95
 * server time under 50 ms with 100,000 articles). Articles are clones of really analysed
 * articles (example corpus + gold set) with new ids, outlets and dates, grouped into
 * stories and compared by the real compare stage; requests go to a server on 127.0.0.1
 * only, bounded in count and time. Server time is read from the Server-Timing header.
 *
 *   npm run bench:api -- --articles 100000 --requests 2000
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../../src/api/index.ts';
import type { AnalyzedArticle, RawDocument, Story } from '../../src/model/records.ts';
import { defaultContext } from '../../src/model/stage.ts';
import { analyzeDocument, corpusStages } from '../../src/pipeline.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import { table, writeResultSection } from '../lib/report.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, requests: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '8' }, 'story-size': { type: 'string', default: '8' } } });
const TOTAL = Number(values.articles);
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const STORY_SIZE = Number(values['story-size']);
/** The whole load phase stops after this long whatever the request count. */
const TIME_LIMIT_MS = 5 * 60 * 1000;

function templateDocuments(): RawDocument[] {
  const dirs = [join(import.meta.dirname, '../../examples/armenia-russia'), join(import.meta.dirname, '../gold/articles')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      // SH_* are the gold round being annotated: held out, never analysed here.
      .filter((f) => f.endsWith('.txt') && !f.startsWith('SH_'))
      .sort()
      .map((f) => ({ source: join(dir, f), format: 'text' as const, content: readFileSync(join(dir, f), 'utf8'), encoding: 'utf-8', given: JSON.parse(readFileSync(join(dir, `${f}.meta.json`), 'utf8')) as RawDocument['given'], arrival: { kind: 'file' as const }, problems: [] })),
  );
}

function cloneArticle(template: AnalyzedArticle, n: number): AnalyzedArticle {
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(n / 40) * 86_400_000).toISOString().slice(0, 10);
  return { ...template, id: `bench${n.toString(16).padStart(11, '0')}`, outlet: `Outlet ${n % 97}`, publishedAt: day, source: `bench://${n}` };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const context = defaultContext({ now: '2025-01-01T00:00:00Z' });
  const templates = templateDocuments().map((d) => analyzeDocument(d, context)).filter((a) => a.text !== '');
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-api-'));
  const store = await openSqliteStore(join(dir, 'bench.db'));
  const fillStart = performance.now();
  const stories: Story[] = [];
  for (let start = 0; start < TOTAL; start += STORY_SIZE) {
    const template = templates[(start / STORY_SIZE) % templates.length]!;
    const members = Array.from({ length: Math.min(STORY_SIZE, TOTAL - start) }, (_, i) => cloneArticle(template, start + i));
    for (const article of members) await store.putArticle(article);
    const cluster = { id: `s-${members[0]!.id}`, articles: members.map((a) => a.id), members: members.map((a, i) => ({ article: a.id, duplicateOf: i === 0 ? null : members[0]!.id, sharedTerms: [], sharedEntities: [], similarity: 1 })) };
    stories.push(corpusStages.compareStory({ cluster, articles: members }, context));
    if (stories.length % 1000 === 0) process.stderr.write(`\rfilled ${start + STORY_SIZE} articles`);
  }
  // saveStories replaces the whole set (it is how re-clustering publishes), so it is called once.
  await store.saveStories(stories, []);
  const fillSeconds = (performance.now() - fillStart) / 1000;
  process.stderr.write(`\nstore filled: ${TOTAL} articles in ${fillSeconds.toFixed(0)} s\n`);

  const server = await startServer({ store, ingest: () => Promise.reject(new Error('read-only benchmark')) }, { port: 0, host: '127.0.0.1' });
  const storyIds = Array.from({ length: Math.ceil(TOTAL / STORY_SIZE) }, (_, i) => `s-bench${(i * STORY_SIZE).toString(16).padStart(11, '0')}`);
  const rows: (string | number)[][] = [];
  const deadline = Date.now() + TIME_LIMIT_MS;
  for (const [label, path] of [['story page (HTML)', (id: string) => `/stories/${id}`], ['API story (JSON)', (id: string) => `/api/v1/stories/${id}`], ['API stories list', () => '/api/v1/stories?limit=50'], ['search (JSON)', () => '/api/v1/search?q=minister']] as const) {
    const server_ms: number[] = [];
    const client_ms: number[] = [];
    let next = 0;
    let errors = 0;
    const worker = async () => {
      while (next < REQUESTS && Date.now() < deadline) {
        const i = next++;
        const id = storyIds[(i * 7919) % storyIds.length]!;
        const t0 = performance.now();
        const res = await fetch(`${server.url}${path(id)}`);
        await res.arrayBuffer();
        client_ms.push(performance.now() - t0);
        if (res.status !== 200) errors++;
        const total = /total;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1];
        if (total) server_ms.push(Number(total));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    server_ms.sort((a, b) => a - b);
    client_ms.sort((a, b) => a - b);
    rows.push([label, client_ms.length, errors, percentile(server_ms, 50).toFixed(1), percentile(server_ms, 95).toFixed(1), percentile(client_ms, 95).toFixed(1)]);
    process.stderr.write(`${label}: p95 server ${percentile(server_ms, 95).toFixed(1)} ms\n`);
  }
  await server.close();
  await store.close();
  const failed = rows.filter((r) => Number(r[2]) > 0);
  if (failed.length > 0) throw new Error(`requests failed (${failed.map((r) => `${r[0]}: ${r[2]} errors`).join(', ')}); not recording an invalid run`);
  rmSync(dir, { recursive: true, force: true });
  const body = [
    `Store: SQLite, ${TOTAL.toLocaleString('en')} articles (clones of ${templates.length} really analysed articles), ${Math.ceil(TOTAL / STORY_SIZE).toLocaleString('en')} stories of ${STORY_SIZE}; filled in ${fillSeconds.toFixed(0)} s.`,
    `Load: ${REQUESTS} requests per endpoint, ${CONCURRENCY} concurrent, from the same process over loopback (127.0.0.1). Server time from the Server-Timing header; goal p95 < 50 ms for the story page and API story.`,
    '',
    table(['endpoint', 'requests', 'errors', 'p50 server ms', 'p95 server ms', 'p95 client ms'], rows),
  ].join('\n');
  console.log(body);
  writeResultSection('api', 'HTTP API and web UI under load', body);
}

await main();
