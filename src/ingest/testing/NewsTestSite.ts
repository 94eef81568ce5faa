/**
 * A fake news site on 127.0.0.1 for the ingest tests: articles, RSS/Atom/RDF/
 * JSON feeds, news sitemap and index, robots.txt, and misbehaving endpoints (slow, flaky,
 * rate-limited, redirect loops, oversized bodies, a gzip bomb). Redirects into private ranges are
 * tested with a stubbed fetch and resolver instead: this server is itself on loopback.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

export interface TestSite {
  base: string;
  server: Server;
  /** Requests served, by path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export interface TestSiteOptions {
  articles?: number;
  /** Article body size in paragraphs (benchmark pages are bigger). */
  paragraphs?: number;
}

let bomb: Buffer | null = null;
/** 64 MiB of zeros, ~64 KB gzipped; built on first use. */
function gzipBomb(): Buffer {
  bomb ??= gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  return bomb;
}

function articleHtml(n: number, paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i + 1} of article ${n}: officials said on Tuesday that talks would continue.</p>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Article ${n}</title><link rel="alternate" type="application/rss+xml" href="/feed.rss"></head><body><article><h1>Article ${n}</h1>${body}</article></body></html>`;
}

function date(n: number): string {
  return new Date(Date.UTC(2024, 5, 5, 12, 0, 0) - n * 3_600_000).toUTCString();
}

function feeds(base: string, count: number): Record<string, [string, string]> {
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Test News</title>${ids
    .map((n) => `<item><title>Article ${n}</title><link>${base}/articles/${n}.html</link><guid>urn:test:${n}</guid><pubDate>${date(n)}</pubDate><dc:creator>Reporter ${n}</dc:creator></item>`)
    .join('')}</channel></rss>`;
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test News Atom</title>${ids
    .map((n) => `<entry><id>tag:test,2024:${n}</id><title>Article ${n}</title><link rel="alternate" href="/articles/${n}.html"/><published>${new Date(date(n)).toISOString()}</published><author><name>Reporter ${n}</name></author></entry>`)
    .join('')}</feed>`;
  const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="${base}/"><title>Test RDF</title></channel>${ids
    .map((n) => `<item rdf:about="${base}/articles/${n}.html"><title>Article ${n}</title><link>${base}/articles/${n}.html</link><dc:date>${new Date(date(n)).toISOString()}</dc:date></item>`)
    .join('')}</rdf:RDF>`;
  const json = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test JSON',
    items: ids.map((n) => ({ id: `j${n}`, url: `${base}/articles/${n}.html`, title: `Article ${n}`, date_published: new Date(date(n)).toISOString(), authors: [{ name: `Reporter ${n}` }] })),
  });
  const sitemap = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${ids
    .map((n) => `<url><loc>${base}/articles/${n}.html</loc><lastmod>${new Date(date(n)).toISOString()}</lastmod><news:news><news:publication><news:name>Test News</news:name><news:language>en</news:language></news:publication><news:publication_date>${new Date(date(n)).toISOString()}</news:publication_date><news:title>Article ${n}</news:title></news:news></url>`)
    .join('')}</urlset>`;
  const index = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap.xml</loc></sitemap></sitemapindex>`;
  return {
    '/feed.rss': ['application/rss+xml', rss],
    '/feed.atom': ['application/atom+xml', atom],
    '/feed.rdf': ['application/rdf+xml', rdf],
    '/feed.json': ['application/feed+json', json],
    '/sitemap.xml': ['application/xml', sitemap],
    '/sitemap-index.xml': ['application/xml', index],
  };
}

function route(req: IncomingMessage, res: ServerResponse, site: TestSite, options: Required<TestSiteOptions>): void {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const hits = (site.hits.get(path) ?? 0) + 1;
  site.hits.set(path, hits);
  const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };
  const feed = feeds(site.base, options.articles)[path];
  if (feed) return send(200, feed[0], feed[1]);
  const article = /^\/(articles|private)\/(\d+)\.html$/.exec(path);
  if (article) return send(200, 'text/html; charset=utf-8', articleHtml(Number(article[2]), options.paragraphs));
  switch (path) {
    case '/robots.txt':
      return send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n\nUser-agent: BadBot\nDisallow: /\n');
    case '/':
      return send(200, 'text/html', articleHtml(0, 1));
    case '/slow':
      return void setTimeout(() => send(200, 'text/html', '<p>late</p>'), 3_000).unref();
    case '/flaky':
      return hits === 1 ? send(500, 'text/plain', 'oops') : send(200, 'text/html', '<p>recovered</p>');
    case '/limited':
      return hits === 1 ? send(429, 'text/plain', 'slow down', { 'retry-after': '1' }) : send(200, 'text/html', '<p>allowed</p>');
    case '/limited-long':
      return send(429, 'text/plain', 'come back tomorrow', { 'retry-after': '86400' });
    case '/etag':
      if (req.headers['if-none-match'] === '"v1"') return send(304, 'text/html', '');
      return send(200, 'text/html', '<p>tagged</p>', { etag: '"v1"', 'last-modified': 'Wed, 05 Jun 2024 10:00:00 GMT' });
    case '/loop':
      return send(302, 'text/html', '', { location: '/loop' });
    case '/hop':
      return send(301, 'text/html', '', { location: '/articles/1.html' });
    case '/report.pdf':
      return send(200, 'application/pdf', '%PDF-1.4 binary');
    case '/big':
      return send(200, 'text/html', Buffer.alloc(3 * 1024 * 1024, 0x61));
    case '/bomb':
      return send(200, 'text/html', gzipBomb(), { 'content-encoding': 'gzip' });
    case '/gzipped':
      return send(200, 'text/html; charset=utf-8', gzipSync('<p>Compressed article</p>'), { 'content-encoding': 'gzip' });
    case '/cp1251.html':
      return send(200, 'text/html; charset=windows-1251', iconv.encode('<p>Москва и Ереван</p>', 'windows-1251'));
    case '/xxe.rss':
      return send(200, 'application/rss+xml', '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title><link>/a</link></item></channel></rss>');
    default:
      return send(404, 'text/plain', 'not found');
  }
}

export async function startTestSite(options: TestSiteOptions = {}): Promise<TestSite> {
  const settings: Required<TestSiteOptions> = { articles: options.articles ?? 5, paragraphs: options.paragraphs ?? 3 };
  const site: TestSite = {
    base: '',
    server: createServer((req, res) => route(req, res, site, settings)),
    hits: new Map(),
    close: () =>
      new Promise((resolve) => {
        site.server.closeAllConnections();
        site.server.close(() => resolve());
      }),
  };
  site.server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => site.server.listen(0, '127.0.0.1', resolve));
  site.base = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`;
  return site;
}
