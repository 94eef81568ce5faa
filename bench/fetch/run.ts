/**
 * `npm run bench:fetch` — issue #8's goals:
 *  1. fetch-and-decode pages/second against a local site with politeness off (goal ≥ 50/s),
 *     through a feed and through a URL list, beside plain undici fetch for reference;
 *  2. a generated WARC.gz (extraction benchmark pages repeated to `--mb` MB of WARC, default
 *     200) read in a child process: MB/s and peak RSS (goal: 1 GB under 500 MB RSS).
 * Flags: --mb N, --pages N (fetched pages, default 500), --with-1gb (also a 1 GB WARC), --skip-fetch, --skip-warc.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Agent, fetch as undiciFetch } from 'undici';
import { readInputs } from '../../src/ingest/readInputs.ts';
import type { IngestOptions } from '../../src/ingest/types.ts';
import { gzipMember, warcResponse } from '../../src/ingest/warc/WarcWriter.ts';
import { table, writeResultSection } from '../lib/report.ts';
import { loadPages } from './corpusPages.ts';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const MB = flag('mb', 200);
const PAGES = flag('pages', 500);
const CONCURRENCY = 16;

async function fetchBench(pages: Buffer[]): Promise<string[][]> {
  const gz = pages.map((p) => gzipSync(p, { level: 6 }));
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const page = /^\/p\/(\d+)\.html$/.exec(path);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      return res.end(gz[Number(page[1])]);
    }
    if (path === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /admin/\n');
    if (path === '/feed.rss') {
      const items = pages.map((_, i) => `<item><title>Page ${i}</title><link>${base}/p/${i}.html</link><guid>p${i}</guid></item>`).join('');
      return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${items}</channel></rss>`);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const urls = pages.map((_, i) => `${base}/p/${i}.html`);
  const options: IngestOptions = {
    allowPrivate: true,
    fetch: { perHostIntervalMs: 0, perHostConcurrency: CONCURRENCY, totalConcurrency: CONCURRENCY, retries: 0 },
  };
  const rows: string[][] = [];
  const measure = async (label: string, run: () => AsyncIterable<unknown> | Promise<number>) => {
    const started = performance.now();
    let count = 0;
    const result = run();
    if (result instanceof Promise) count = await result;
    else for await (const item of result) if ((item as { ok: boolean }).ok) count++;
    const seconds = (performance.now() - started) / 1000;
    rows.push([label, String(count), seconds.toFixed(2), (count / seconds).toFixed(0)]);
    console.error(`${label}: ${count} pages in ${seconds.toFixed(2)} s`);
  };
  await measure('Chorus: feed URL → item pages (robots, SSRF check, caps, decode)', () => readInputs([`${base}/feed.rss`], options));
  await measure('Chorus: URL list (`--urls`)', () => readInputs(urls, options));
  const agent = new Agent({ connections: CONCURRENCY });
  await measure('reference: plain undici fetch, no checks, no decode', async () => {
    let next = 0;
    let done = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < urls.length) {
          const response = await undiciFetch(urls[next++] as string, { dispatcher: agent });
          await response.arrayBuffer();
          done++;
        }
      }),
    );
    return done;
  });
  await agent.close();
  server.closeAllConnections();
  server.close();
  return rows;
}

async function generateWarc(path: string, pages: Buffer[], targetBytes: number): Promise<{ records: number; rawBytes: number }> {
  const out = createWriteStream(path);
  let rawBytes = 0;
  let records = 0;
  for (let round = 0; rawBytes < targetBytes; round++) {
    for (let i = 0; i < pages.length && rawBytes < targetBytes; i++) {
      const record = warcResponse({ uri: `https://bench.example/${round}/${i}.html`, date: '2024-06-05T10:00:00Z', body: pages[i] as Buffer });
      rawBytes += record.length;
      records++;
      if (!out.write(gzipMember(record))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { records, rawBytes };
}

interface ChildSummary {
  seconds: number;
  fileBytes: number;
  chars: number;
  rejected: number;
  stats: { records: number; documents: number; malformed: number };
  maxRssMB: number;
}

async function warcBench(pages: Buffer[], mb: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-warc-'));
  try {
    const path = join(dir, 'bench.warc.gz');
    const generatedAt = performance.now();
    const { records, rawBytes } = await generateWarc(path, pages, mb * 1024 * 1024);
    console.error(`generated ${records} records, ${(rawBytes / 2 ** 20).toFixed(0)} MB WARC in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'warcReadChild.ts'), path], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`WARC reader failed: ${child.stderr}`);
    const summary = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as ChildSummary;
    const rawMB = rawBytes / 2 ** 20;
    console.error(`read ${summary.stats.documents} documents in ${summary.seconds.toFixed(1)} s, peak RSS ${summary.maxRssMB.toFixed(0)} MB`);
    return [
      `${rawMB.toFixed(0)} MB (${(summary.fileBytes / 2 ** 20).toFixed(0)} MB gzipped)`,
      String(summary.stats.documents),
      String(summary.rejected),
      summary.seconds.toFixed(1),
      (rawMB / summary.seconds).toFixed(0),
      (summary.stats.documents / summary.seconds).toFixed(0),
      summary.maxRssMB.toFixed(0),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { pages, origin } = loadPages(Number.MAX_SAFE_INTEGER);
const sections: string[] = [`Pages: ${origin}. Load average at start: ${loadavg()[0]?.toFixed(1)} on this machine (other work running concurrently slows every figure; rerun on an idle machine for clean numbers).`];
if (!process.argv.includes('--skip-fetch')) {
  const rows = await fetchBench(pages.slice(0, PAGES));
  sections.push(
    `### Fetch and decode, politeness off (goal ≥ 50 pages/s)\n\nA local HTTP server on 127.0.0.1 serves the pages gzip-compressed; ${CONCURRENCY} requests in flight, per-host spacing 0, robots.txt obeyed, SSRF checks on (private addresses allowed for the loopback server), size caps and charset decoding on.\n\n` +
      table(['run', 'pages', 'seconds', 'pages/s'], rows) +
      `\n\nWith default politeness (1 request per second per host, 2 in flight) the same run is bounded by the politeness settings, ~1 page/s per host, by design.`,
  );
}
if (!process.argv.includes('--skip-warc')) {
  const sizes = [...new Set([MB, ...(process.argv.includes('--with-1gb') ? [1024] : [])])];
  const rows: string[][] = [];
  for (const size of sizes) rows.push(await warcBench(pages, size));
  sections.push(
    `### WARC.gz streaming (goal: 1 GB under 500 MB RSS)\n\nA WARC.gz (one gzip member per record, as Common Crawl writes them) generated from the pages above, repeated to the size shown (uncompressed WARC bytes), read by \`readWarcFile\` in a child process: parse, HTTP payload, charset decode to RawDocuments (no extraction). Peak RSS is the child's resident set sampled every 10 ms (Node and tsx alone take ~80 MB).\n\n` +
      table(['WARC size', 'documents', 'rejected', 'seconds', 'MB/s (uncompressed)', 'docs/s', 'peak RSS MB'], rows),
  );
}
writeResultSection('fetch', 'Fetching and web archives (issue #8)', sections.join('\n\n'));
console.log(sections.join('\n\n'));
