import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Story } from '../model/records.ts';
import { ingestDocuments } from '../store/ingestDocuments.ts';
import type { ChorusStore, Page, StorySummary } from '../store/store.ts';
import { exampleStore } from '../../tests/support/exampleStore.ts';
import { createApp } from './app.ts';

describe('HTTP API (in-process, real SQLite store)', () => {
  let store: ChorusStore;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    store = await exampleStore();
    app = createApp({ store, ingest: (docs) => ingestDocuments(store, docs), loopbackOnly: true });
  });
  after(async () => store.close());

  const getJson = async <T>(path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> => {
    const res = await app.request(path, init);
    return { status: res.status, body: (await res.json()) as T, headers: res.headers };
  };

  it('lists stories biggest first and serves one story with its four outlets', async () => {
    const { status, body } = await getJson<Page<StorySummary>>('/api/v1/stories?order=size');
    assert.equal(status, 200);
    const biggest = body.items[0];
    assert.ok(biggest);
    assert.equal(biggest.articleCount, 4);
    const story = await getJson<Story>(`/api/v1/stories/${biggest.id}`);
    assert.equal(story.status, 200);
    assert.equal(story.body.articles.length, 4);
    assert.ok(story.body.quoteFamilies.length > 0);
  });

  it('answers a repeated read with 304 when the ETag matches', async () => {
    const first = await app.request('/api/v1/stories');
    const tag = first.headers.get('etag');
    assert.ok(tag);
    const again = await app.request('/api/v1/stories', { headers: { 'if-none-match': tag } });
    assert.equal(again.status, 304);
  });

  it('paginates with cursors', async () => {
    const page1 = await getJson<Page<StorySummary>>('/api/v1/stories?limit=1');
    assert.equal(page1.body.items.length, 1);
    assert.ok(page1.body.next);
    const page2 = await getJson<Page<StorySummary>>(`/api/v1/stories?limit=1&cursor=${encodeURIComponent(page1.body.next)}`);
    assert.equal(page2.body.items.length, 1);
    assert.notEqual(page2.body.items[0]?.id, page1.body.items[0]?.id);
  });

  it('rejects invalid parameters with a JSON 400 naming the parameter', async () => {
    const { status, body } = await getJson<{ error: { code: string; message: string } }>('/api/v1/stories?limit=100000');
    assert.equal(status, 400);
    assert.equal(body.error.code, 'usage');
    assert.match(body.error.message, /limit/);
  });

  it('returns JSON 404s for unknown ids and routes', async () => {
    assert.equal((await getJson('/api/v1/stories/nope')).status, 404);
    const route = await getJson<{ error: { code: string } }>('/api/v1/nothing-here');
    assert.equal(route.status, 404);
    assert.equal(route.body.error.code, 'not-found');
  });

  it('finds quotes by speaker and full-text matches', async () => {
    const quotes = await getJson<Page<{ quote: { speaker: string | null } }>>('/api/v1/quotes?speaker=Galuzin&limit=200');
    assert.ok(quotes.body.items.length >= 8);
    assert.ok(quotes.body.items.every((q) => /galuzin/i.test(q.quote.speaker ?? '')));
    const hits = await getJson<Page<{ snippet: string }>>('/api/v1/search?q=viable%20alternatives');
    assert.ok(hits.body.items.length > 0);
    assert.ok(hits.body.items.some((h) => h.snippet.includes('\u0002')));
  });

  it('turns a malformed full-text query into a 400, not a crash', async () => {
    const { status, body } = await getJson<{ error: { code: string } }>('/api/v1/search?q=%22unbalanced');
    assert.equal(status, 400);
    assert.equal(body.error.code, 'usage');
  });

  it('serves an OpenAPI document naming every route', async () => {
    const { body } = await getJson<{ openapi: string; paths: Record<string, unknown> }>('/api/v1/openapi.json');
    assert.equal(body.openapi, '3.1.0');
    for (const path of ['/stories', '/stories/{id}', '/entities/{key}', '/quotes', '/search', '/ingest']) assert.ok(body.paths[path], path);
  });

  it('ingests posted documents, idempotently', async () => {
    const doc = { text: 'HARBOURTOWN — The port authority said on Monday it would open a second terminal next year, its director told reporters.', publishedAt: '2024-06-10', outlet: 'Harbour News' };
    const post = () => app.request('/api/v1/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents: [doc] }) });
    const first = await post();
    assert.equal(first.status, 201);
    assert.equal(((await first.json()) as { added: number }).added, 1);
    const second = await post();
    assert.equal(second.status, 200);
    assert.equal(((await second.json()) as { duplicates: number }).duplicates, 1);
  });

  it('rejects a malformed ingest body with a clear 400', async () => {
    const res = await app.request('/api/v1/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"documents":[{}]}' });
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { error: { message: string } }).error.message, /text|html/);
  });

  it('requires the token for writes when one is set, and refuses writes beyond loopback without one', async () => {
    const guarded = createApp({ store, ingest: () => Promise.reject(new Error('must not run')), token: 's3cret', loopbackOnly: false });
    const body = JSON.stringify({ documents: [{ text: 'x y z' }] });
    const denied = await guarded.request('/api/v1/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    assert.equal(denied.status, 401);
    const open = createApp({ store, ingest: () => Promise.reject(new Error('must not run')), loopbackOnly: false });
    assert.equal((await open.request('/api/v1/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status, 401);
  });

  it('limits the request body size', async () => {
    const huge = 'a'.repeat(26 * 1024 * 1024);
    const res = await app.request('/api/v1/ingest', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(huge.length) }, body: huge });
    assert.equal(res.status, 413);
  });

  it('sends a strict Content-Security-Policy on pages', async () => {
    const res = await app.request('/');
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
  });
});
