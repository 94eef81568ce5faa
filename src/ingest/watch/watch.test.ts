import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ChorusError } from '../../model/errors.ts';
import type { RawDocument } from '../../model/records.ts';
import { memoryStateStore } from '../testing/FileStateStore.ts';
import { startTestSite, type TestSite } from '../testing/NewsTestSite.ts';
import { mergePublishTimes, nextInterval } from './PollInterval.ts';
import { watch, type WatchRun } from './watch.ts';
import { watchStatus } from './WatchState.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
let site: TestSite;
let dir: string;
before(async () => {
  site = await startTestSite({ articles: 12 });
  dir = mkdtempSync(join(tmpdir(), 'chorus-watch-'));
});
after(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(overrides: Partial<WatchRun> & Pick<WatchRun, 'state'>): { options: WatchRun; docs: RawDocument[]; events: object[] } {
  const docs: RawDocument[] = [];
  const events: object[] = [];
  const options: WatchRun = {
    signal: new AbortController().signal,
    allowPrivate: true,
    fetch: { perHostIntervalMs: 0, timeoutMs: 2_000 },
    log: (e) => events.push(e),
    onDocument: async (doc) => {
      docs.push(doc);
      return 'added';
    },
    ...overrides,
  };
  return { options, docs, events };
}

test('once: every item ingested once however often it runs; status reports it', async () => {
  const state = memoryStateStore();
  const first = run({ state, once: true });
  await watch([`${site.base}/feed.atom`], first.options);
  assert.equal(first.docs.length, 12);
  assert.equal(first.docs[0]?.given.url, `${site.base}/articles/12.html`, 'oldest item first');
  assert.equal(first.docs[0]?.arrival.kind, 'feed');
  assert.equal(first.docs[0]?.given.author, 'Reporter 12');
  const second = run({ state, once: true });
  await watch([`${site.base}/feed.atom`], second.options);
  assert.equal(second.docs.length, 0);
  const [status] = await watchStatus(state);
  assert.equal(status?.feed, `${site.base}/feed.atom`);
  assert.equal(status?.itemsSeen, 12);
  assert.equal(status?.added, 12);
  assert.equal(status?.backlog, 0);
  assert.equal(status?.lastError, null);
  assert.ok(status?.lastFetchAt);
  // Hourly items: the next poll comes after half the median gap (30 min).
  assert.equal(status?.intervalMs, 30 * 60_000);
});

test('a site URL: its feed is discovered from <link rel="alternate">', async () => {
  const state = memoryStateStore();
  const { options, docs, events } = run({ state, once: true });
  await watch([`${site.base}/`], options);
  assert.equal(docs.length, 12);
  assert.ok(events.some((e) => (e as { event: string }).event === 'feed-discovered'));
  const [status] = await watchStatus(state);
  assert.equal(status?.feedUrl, `${site.base}/feed.rss`);
});

test('a news sitemap index is watched like a feed', async () => {
  const state = memoryStateStore();
  const { options, docs } = run({ state, once: true });
  await watch([`${site.base}/sitemap-index.xml`], options);
  assert.equal(docs.length, 12);
  assert.equal(docs[0]?.given.url, `${site.base}/articles/12.html`, 'oldest first');
  assert.deepEqual(docs[0]?.arrival.kind, 'sitemap');
  assert.equal(docs[0]?.given.outlet, 'Test News');
  assert.equal(docs[0]?.given.language, 'en');
  const again = run({ state, once: true });
  await watch([`${site.base}/sitemap-index.xml`], again.options);
  assert.equal(again.docs.length, 0);
});

test('errors are recorded for status; abort stops after the item in flight', async () => {
  const state = memoryStateStore();
  const broken = run({ state, once: true });
  await watch([`${site.base}/missing-feed.xml`], broken.options);
  const [status] = await watchStatus(state);
  assert.match(status?.lastError ?? '', /HTTP 404/);

  const controller = new AbortController();
  const slow = run({
    state,
    signal: controller.signal,
    minIntervalMs: 50,
    maxIntervalMs: 100,
    onDocument: async (doc) => {
      slow.docs.push(doc);
      if (slow.docs.length === 2) controller.abort();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return 'added';
    },
  });
  await watch([`${site.base}/feed.json`], slow.options);
  assert.equal(slow.docs.length, 2, 'the in-flight item finished, no new one started');
  const json = (await watchStatus(state)).find((s) => s.feed.endsWith('feed.json'));
  assert.equal(json?.itemsSeen, 2);
  assert.equal(json?.backlog, 10);
  const resumed = run({ state, once: true });
  await watch([`${site.base}/feed.json`], resumed.options);
  assert.equal(resumed.docs.length, 10, 'the backlog is resumed, nothing repeated');
});

test('kill -9 mid-run, then restart: no article lost or duplicated', { timeout: 60_000 }, async () => {
  const stateFile = join(dir, 'state.json');
  const storeFile = join(dir, 'store.txt');
  const child = join(HERE, '..', 'testing', 'watchChild.ts');
  const start = () => spawn(process.execPath, ['--import', 'tsx', child, `${site.base}/feed.rss`, stateFile, storeFile], { stdio: 'ignore' });
  const first = start();
  const exited = new Promise((resolve) => first.on('exit', resolve));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && (!existsSync(storeFile) || readFileSync(storeFile, 'utf8').split('\n').length < 5)) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  first.kill('SIGKILL');
  await exited;
  const partial = readFileSync(storeFile, 'utf8').trim().split('\n');
  assert.ok(partial.length >= 4 && partial.length < 12, `killed mid-run after ${partial.length} articles`);
  const second = start();
  const code = await new Promise((resolve) => second.on('exit', resolve));
  assert.equal(code, 0);
  const stored = readFileSync(storeFile, 'utf8').trim().split('\n');
  assert.equal(stored.length, 12);
  assert.equal(new Set(stored).size, 12);
});

test('a document that makes onDocument throw is logged and skipped; a store outage stops the watch', async () => {
  const state = memoryStateStore();
  const poison = run({
    state,
    once: true,
    onDocument: async (doc) => {
      if (doc.given.url?.endsWith('/12.html')) throw new Error('extractor bug');
      poison.docs.push(doc);
      return 'added';
    },
  });
  await watch([`${site.base}/feed.rdf`], poison.options);
  assert.equal(poison.docs.length, 11);
  assert.ok(poison.events.some((e) => (e as { ruleId?: string }).ruleId === 'ingest/document-failed'));
  const outageState = memoryStateStore();
  const outage = run({
    state: outageState,
    once: true,
    onDocument: async () => {
      throw new ChorusError('unavailable', 'database is down');
    },
  });
  await assert.rejects(watch([`${site.base}/feed.rdf`], outage.options), /database is down/);
  const [status] = await watchStatus(outageState);
  assert.equal(status?.backlog, 12, 'nothing marked seen while the store was down');
});

test('poll interval follows the feed rhythm within bounds', () => {
  const bounds = { minMs: 60_000, maxMs: 3_600_000 };
  const every10min = ['2024-01-01T00:00:00Z', '2024-01-01T00:10:00Z', '2024-01-01T00:20:00Z'];
  assert.equal(nextInterval(900_000, every10min, 0, bounds), 300_000);
  assert.equal(nextInterval(900_000, ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z'], 0, bounds), 3_600_000);
  assert.equal(nextInterval(900_000, [], 0, bounds), 1_350_000);
  assert.equal(nextInterval(900_000, [], 3, bounds), 450_000);
  assert.deepEqual(mergePublishTimes(['b', 'a'], ['c', null, 'a']), ['a', 'b', 'c']);
});
