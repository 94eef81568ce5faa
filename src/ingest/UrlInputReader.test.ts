import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readInputs } from './readInputs.ts';
import { startTestSite, type TestSite } from './testing/NewsTestSite.ts';
import type { IngestItem, IngestOptions } from './types.ts';

let site: TestSite;
before(async () => {
  site = await startTestSite({ articles: 3 });
});
after(() => site.close());

async function collect(inputs: string[], options: IngestOptions = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  const opts: IngestOptions = { allowPrivate: true, fetch: { perHostIntervalMs: 0, backoffMs: 20, timeoutMs: 2_000 }, ...options };
  for await (const item of readInputs(inputs, opts)) items.push(item);
  return items;
}

test('a page URL yields the page, charset from Content-Type', async () => {
  const [page, cyr] = await collect([`${site.base}/articles/1.html`, `${site.base}/cp1251.html`]);
  assert.ok(page?.ok && cyr?.ok);
  assert.equal(page.doc.format, 'html');
  assert.equal(page.doc.arrival.kind, 'url');
  assert.equal(page.doc.arrival.httpStatus, 200);
  assert.ok(page.doc.arrival.at);
  assert.equal(page.doc.given.url, `${site.base}/articles/1.html`);
  assert.equal(cyr.doc.encoding, 'windows-1251');
  assert.ok(cyr.doc.content.includes('Москва и Ереван'));
});

for (const feed of ['feed.rss', 'feed.atom', 'feed.rdf', 'feed.json']) {
  test(`a ${feed} URL yields its items' pages with feed metadata`, async () => {
    const items = await collect([`${site.base}/${feed}`]);
    assert.equal(items.length, 3);
    const docs = items.flatMap((i) => (i.ok ? [i.doc] : []));
    assert.deepEqual(docs.map((d) => d.given.url), [1, 2, 3].map((n) => `${site.base}/articles/${n}.html`));
    assert.equal(docs[0]?.arrival.kind, 'feed');
    assert.equal(docs[0]?.arrival.feed, `${site.base}/${feed}`);
    assert.equal(docs[0]?.given.title, 'Article 1');
    assert.equal(docs[0]?.given.publishedAt, '2024-06-05T11:00:00.000Z');
    if (feed !== 'feed.rdf') assert.equal(docs[0]?.given.author, 'Reporter 1');
  });
}

test('a sitemap index yields the news sitemap pages with news: metadata; window filters', async () => {
  const items = await collect([`${site.base}/sitemap-index.xml`]);
  const docs = items.flatMap((i) => (i.ok ? [i.doc] : []));
  assert.equal(docs.length, 3);
  assert.equal(docs[0]?.arrival.kind, 'sitemap');
  assert.equal(docs[0]?.arrival.feed, `${site.base}/sitemap.xml`);
  assert.deepEqual(docs[0]?.given, { url: `${site.base}/articles/1.html`, title: 'Article 1', publishedAt: '2024-06-05T11:00:00.000Z', language: 'en', outlet: 'Test News' });
  const recent = await collect([`${site.base}/sitemap.xml`], { sitemapWindow: { since: '2024-06-05T09:30:00Z' } });
  assert.equal(recent.length, 2);
});

test('hostile and failing URLs are rejections, never throws', async () => {
  const items = await collect([`${site.base}/xxe.rss`, `${site.base}/missing`, `${site.base}/private/1.html`, `${site.base}/report.pdf`, 'http://127.0.0.1:1/x']);
  assert.deepEqual(
    items.map((i) => (i.ok ? 'ok' : i.ruleId)),
    ['ingest/xml-entities', 'ingest/http-status', 'ingest/robots', 'ingest/unsupported-type', 'ingest/network'],
  );
  const guarded = await collect([`${site.base}/articles/1.html`], { allowPrivate: false });
  assert.equal(!guarded[0]?.ok && guarded[0]?.ruleId, 'ingest/ssrf');
});
