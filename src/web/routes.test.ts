import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IngestSummary } from '../api/deps.ts';
import { createApp } from '../api/app.ts';
import { openSqliteStore } from '../store/index.ts';
import type { ChorusStore } from '../store/store.ts';

describe('Add page', () => {
  let store: ChorusStore;
  before(async () => {
    store = await openSqliteStore(':memory:');
  });
  after(async () => store.close());

  const post = (app: ReturnType<typeof createApp>, form: FormData, origin = 'http://localhost') =>
    app.request('http://localhost/add', { method: 'POST', body: form, headers: { origin } });

  it('hands listed URLs to the fetcher and reports what was added', async () => {
    const fetched: string[][] = [];
    const app = createApp({
      store,
      loopbackOnly: true,
      ingest: () => Promise.resolve({ added: 0, duplicates: 0, rejected: [], stories: 0 }),
      fetchUrls: (urls): Promise<IngestSummary> => {
        fetched.push([...urls]);
        return Promise.resolve({ added: 2, duplicates: 0, rejected: [], stories: 1 });
      },
    });
    const form = new FormData();
    form.set('urls', 'https://example.org/a\nhttps://example.org/b\n');
    const res = await post(app, form);
    assert.equal(res.status, 200);
    assert.deepEqual(fetched, [['https://example.org/a', 'https://example.org/b']]);
    assert.match(await res.text(), /Added 2, duplicates 0, rejected 0/);
  });

  it('says URL fetching is off when the server has no fetcher', async () => {
    const app = createApp({ store, loopbackOnly: true, ingest: () => Promise.resolve({ added: 0, duplicates: 0, rejected: [], stories: 0 }) });
    assert.match(await (await app.request('/add')).text(), /Fetching URLs is not enabled/);
  });

  it('refuses a cross-site form post', async () => {
    const app = createApp({ store, loopbackOnly: true, ingest: () => Promise.reject(new Error('must not run')) });
    const form = new FormData();
    form.set('text', 'Some article text that should never be stored.');
    const res = await post(app, form, 'https://evil.example');
    assert.equal(res.status, 403);
  });
});
