import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestSite, type TestSite } from '../testing/NewsTestSite.ts';
import { Fetcher, type FetchSettings } from './Fetcher.ts';

let site: TestSite;
const fetchers: Fetcher[] = [];
before(async () => {
  site = await startTestSite();
});
after(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await site.close();
});

/** The test server is on loopback, so these fetchers pass allowPrivate; the guard has its own tests. */
function fetcher(settings: Partial<FetchSettings> = {}, cache = {}): Fetcher {
  const f = new Fetcher({ allowPrivate: true, perHostIntervalMs: 0, backoffMs: 50, timeoutMs: 2_000, ...settings }, { cache });
  fetchers.push(f);
  return f;
}

test('fetches a page with our User-Agent, following a redirect', async () => {
  const result = await fetcher().fetch(`${site.base}/hop`);
  assert.ok(result.ok);
  assert.equal(result.status, 200);
  assert.equal(result.finalUrl, `${site.base}/articles/1.html`);
  assert.deepEqual(result.redirects, [`${site.base}/articles/1.html`]);
  assert.match(Buffer.from(result.bytes).toString(), /Article 1/);
});

test('robots.txt is obeyed (fetched once per host) unless turned off', async () => {
  const f = fetcher();
  const blocked = await f.fetch(`${site.base}/private/1.html`);
  assert.equal(!blocked.ok && blocked.ruleId, 'ingest/robots');
  const before = site.hits.get('/robots.txt') ?? 0;
  await f.fetch(`${site.base}/articles/2.html`);
  assert.equal(site.hits.get('/robots.txt'), before);
  const open = await fetcher({ obeyRobots: false }).fetch(`${site.base}/private/1.html`);
  assert.ok(open.ok);
});

test('timeout on a slow endpoint', async () => {
  const result = await fetcher({ timeoutMs: 300, retries: 0 }).fetch(`${site.base}/slow`);
  assert.equal(!result.ok && result.ruleId, 'ingest/timeout');
});

test('500 then 200: retried with backoff', async () => {
  const result = await fetcher().fetch(`${site.base}/flaky`);
  assert.ok(result.ok);
  assert.equal(site.hits.get('/flaky'), 2);
});

test('429 with Retry-After is honoured; an excessive Retry-After gives up', async () => {
  const started = Date.now();
  const result = await fetcher().fetch(`${site.base}/limited`);
  assert.ok(result.ok);
  assert.ok(Date.now() - started >= 900, 'waited about the Retry-After second');
  const long = await fetcher().fetch(`${site.base}/limited-long`);
  assert.equal(!long.ok && long.ruleId, 'ingest/http-status');
  assert.match(!long.ok ? long.reason : '', /retry after 86400 s/);
  assert.equal(site.hits.get('/limited-long'), 1);
});

test('redirect loop stops at the cap', async () => {
  const result = await fetcher({ maxRedirects: 3 }).fetch(`${site.base}/loop`);
  assert.equal(!result.ok && result.ruleId, 'ingest/too-many-redirects');
  assert.equal(site.hits.get('/loop'), 4);
});

test('oversized body and gzip bomb stopped at the decoded-size cap', async () => {
  const big = await fetcher({ maxBytes: 1024 * 1024 }).fetch(`${site.base}/big`);
  assert.equal(!big.ok && big.ruleId, 'ingest/too-large');
  const bomb = await fetcher({ maxBytes: 1024 * 1024 }).fetch(`${site.base}/bomb`);
  assert.equal(!bomb.ok && bomb.ruleId, 'ingest/too-large');
  const gz = await fetcher().fetch(`${site.base}/gzipped`);
  assert.ok(gz.ok);
  assert.equal(Buffer.from(gz.bytes).toString(), '<p>Compressed article</p>');
});

test('conditional request: ETag stored in the cache, 304 next time', async () => {
  const cache = {};
  const first = await fetcher({}, cache).fetch(`${site.base}/etag`, { conditional: true });
  assert.ok(first.ok && !first.notModified);
  assert.deepEqual(cache, { [`${site.base}/etag`]: { etag: '"v1"', lastModified: 'Wed, 05 Jun 2024 10:00:00 GMT' } });
  const second = await fetcher({}, cache).fetch(`${site.base}/etag`, { conditional: true });
  assert.ok(second.ok);
  assert.equal(second.status, 304);
  assert.equal(second.notModified, true);
});

test('SSRF: loopback refused without allowPrivate, before any request', async () => {
  const hits = site.hits.get('/articles/3.html') ?? 0;
  const f = new Fetcher({ retries: 0 });
  fetchers.push(f);
  const result = await f.fetch(`${site.base}/articles/3.html`);
  assert.equal(!result.ok && result.ruleId, 'ingest/ssrf');
  assert.equal(site.hits.get('/articles/3.html') ?? 0, hits);
  const scheme = await f.fetch('file:///etc/passwd');
  assert.equal(!scheme.ok && scheme.ruleId, 'ingest/bad-url');
});

test('SSRF: a redirect from a public host into a private range is refused at the hop', async () => {
  const requested: string[] = [];
  const fakeFetch = (async (url: string) => {
    requested.push(url);
    if (url.endsWith('/robots.txt')) return new Response('', { status: 404 });
    if (url === 'http://news.example/start') return new Response(null, { status: 302, headers: { location: 'http://intranet.example/admin' } });
    if (url === 'http://news.example/mapped') return new Response(null, { status: 302, headers: { location: 'http://[::ffff:7f00:1]/' } });
    return new Response('<p>should not be reached</p>', { status: 200 });
  }) as unknown as typeof fetch;
  const addresses: Record<string, string[]> = { 'news.example': ['93.184.216.34'], 'intranet.example': ['93.184.216.35', '10.1.2.3'] };
  const f = new Fetcher({ perHostIntervalMs: 0, retries: 0 }, { fetchImpl: fakeFetch, resolveHost: async (host) => addresses[host] ?? [] });
  const result = await f.fetch('http://news.example/start');
  assert.equal(!result.ok && result.ruleId, 'ingest/ssrf');
  assert.match(!result.ok ? result.reason : '', /10\.1\.2\.3/);
  const mapped = await f.fetch('http://news.example/mapped');
  assert.equal(!mapped.ok && mapped.ruleId, 'ingest/ssrf');
  assert.ok(!requested.some((u) => u.includes('intranet') || u.includes('7f00')), 'no request reached the private hosts');
});
