/**
 * `chorus watch --once` and `chorus status` wired to the store, against a feed served on
 * loopback (no network needed).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exampleFile, pipelineMissing, run, tempDir } from '../../tests/e2e/helpers.ts';

function page(title: string, file: string): string {
  const paragraphs = readFileSync(file, 'utf8').split(/\n\s*\n/).filter((p) => p.length > 200).slice(0, 6);
  return `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:site_name" content="Loopback News"></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

describe('chorus watch --once and chorus status', { skip: pipelineMissing() ?? false }, () => {
  const dir = tempDir('chorus-watch-');
  let server: Server;
  let base = '';
  before(async () => {
    const pages: Record<string, string> = {
      '/a.html': page('Moscow warns Armenia against leaving the bloc', exampleFile('003')),
      '/b.html': page('Russia urges Armenia not to trust the West', exampleFile('002')),
    };
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        const items = Object.keys(pages).map((p, i) => `<item><title>Item ${i}</title><link>${base}${p}</link><pubDate>Wed, 05 Jun 2024 1${i}:00:00 GMT</pubDate></item>`);
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title><link>${base}/</link>${items.join('')}</channel></rss>`);
      } else if (req.url !== undefined && pages[req.url] !== undefined) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[req.url]);
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    dir.remove();
  });

  it('ingests a feed once, then finds nothing new; status reports it', async () => {
    const db = join(dir.path, 'w.db');
    const first = await run(['watch', `${base}/feed.xml`, '--once', '--allow-private', '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^added 2, duplicates 0, rejected 0, \d+ stories$/m);
    const again = await run(['watch', `${base}/feed.xml`, '--once', '--allow-private', '--db', db]);
    assert.match(again.stdout, /^added 0/m);
    const status = await run(['status', '--db', db, '--json']);
    assert.equal(status.code, 0, status.stderr);
    const feeds = JSON.parse(status.stdout) as { feed: string; added: number }[];
    assert.equal(feeds.length, 1);
    assert.equal(feeds[0]!.added, 2);
    const stories = JSON.parse((await run(['stories', '--db', db, '--json'])).stdout) as { items: unknown[] };
    assert.ok(stories.items.length >= 1);
  });
});
