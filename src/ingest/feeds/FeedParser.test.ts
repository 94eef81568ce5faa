import assert from 'node:assert/strict';
import { test } from 'node:test';
import { discoverFeeds } from './FeedDiscovery.ts';
import { parseFeed } from './FeedParser.ts';
import { parseOpml } from './Opml.ts';
import { inWindow, parseSitemap } from './Sitemap.ts';

test('RSS 2.0: guid key, link, dc:creator, RFC 822 date, CDATA title, relative link', () => {
  const parsed = parseFeed(
    `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T &amp; Co</title>
     <item><title><![CDATA[Talks <b>resume</b>]]></title><link>/news/1</link><guid isPermaLink="false">id-1</guid>
     <pubDate>Wed, 05 Jun 2024 10:00:00 +0300</pubDate><author>desk@example.com (Anna Smith)</author></item>
     <item><title>No guid</title><link>https://example.com/news/2</link><dc:creator>Bob</dc:creator></item>
     <item><description>nothing to key on</description></item></channel></rss>`,
    'https://example.com/feed',
  );
  assert.ok(parsed.ok);
  assert.equal(parsed.feed.title, 'T & Co');
  assert.deepEqual(parsed.feed.items, [
    { key: 'id-1', link: 'https://example.com/news/1', title: 'Talks <b>resume</b>', author: 'Anna Smith', publishedAt: '2024-06-05T07:00:00.000Z' },
    { key: 'https://example.com/news/2', link: 'https://example.com/news/2', title: 'No guid', author: 'Bob', publishedAt: null },
  ]);
});

test('Atom with xml:base and rel=alternate; RDF; JSON Feed', () => {
  const atom = parseFeed(
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/"><title>A</title><entry><id>urn:1</id><title>E</title>
     <link rel="self" href="/self"/><link rel="alternate" href="/e1"/><updated>2024-06-05T10:00:00Z</updated><author><name>Ann</name></author></entry></feed>`,
    'https://other.example/',
  );
  assert.ok(atom.ok);
  assert.equal(atom.feed.kind, 'atom');
  assert.deepEqual(atom.feed.items[0], { key: 'urn:1', link: 'https://a.example/e1', title: 'E', author: 'Ann', publishedAt: '2024-06-05T10:00:00.000Z' });
  const rdf = parseFeed(
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
     <channel rdf:about="https://r.example/"><title>R</title></channel><item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><dc:date>2024-06-05</dc:date></item></rdf:RDF>`,
    'https://r.example/',
  );
  assert.ok(rdf.ok);
  assert.equal(rdf.feed.kind, 'rdf');
  assert.equal(rdf.feed.title, 'R');
  assert.equal(rdf.feed.items[0]?.link, 'https://r.example/1');
  const json = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'J', items: [{ id: '9', url: '/j9', title: 'Nine', author: { name: 'Jo' } }] }), 'https://j.example/');
  assert.ok(json.ok);
  assert.deepEqual(json.feed.items[0], { key: '9', link: 'https://j.example/j9', title: 'Nine', author: 'Jo', publishedAt: null });
});

test('billion laughs / XXE: a DOCTYPE declaring entities is refused', () => {
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
    <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><rss><channel><item><title>&lol2;</title><link>https://x/</link></item></channel></rss>`;
  const xxe = `<?xml version="1.0"?><!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]><rss><channel><item><title>&xxe;</title></item></channel></rss>`;
  for (const doc of [laughs, xxe]) {
    const parsed = parseFeed(doc, 'https://x/');
    assert.equal(!parsed.ok && parsed.ruleId, 'ingest/xml-entities');
  }
  const plain = parseFeed('<rss><channel><item><title>&unknown; &amp;</title><link>https://x/1</link></item></channel></rss>', 'https://x/');
  assert.ok(plain.ok);
  assert.equal(plain.feed.items[0]?.title, '&unknown; &', 'undeclared entities are left as text, never expanded');
});

test('sitemaps: news urlset, index, lastmod window', () => {
  const urlset = parseSitemap(
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
     <url><loc>https://s.example/a</loc><news:news><news:publication><news:name>S News</news:name><news:language>hy</news:language></news:publication>
     <news:publication_date>2024-06-05T08:00:00+04:00</news:publication_date><news:title>Talks</news:title></news:news></url>
     <url><loc>/b</loc><lastmod>2023-01-01</lastmod></url></urlset>`,
    'https://s.example/sitemap.xml',
  );
  assert.ok(urlset.ok && urlset.sitemap.kind === 'urlset');
  assert.deepEqual(urlset.sitemap.entries[0], {
    loc: 'https://s.example/a',
    lastmod: null,
    news: { title: 'Talks', publishedAt: '2024-06-05T04:00:00.000Z', language: 'hy', publication: 'S News' },
  });
  assert.equal(urlset.sitemap.entries[1]?.loc, 'https://s.example/b');
  const window = { since: '2024-01-01' };
  assert.deepEqual(urlset.sitemap.entries.filter((e) => inWindow(e.news?.publishedAt ?? e.lastmod, window)).map((e) => e.loc), ['https://s.example/a']);
  const index = parseSitemap('<sitemapindex><sitemap><loc>https://s.example/s1.xml</loc><lastmod>2024-06-01</lastmod></sitemap></sitemapindex>', 'https://s.example/');
  assert.ok(index.ok && index.sitemap.kind === 'index');
  assert.equal(index.sitemap.sitemaps[0]?.loc, 'https://s.example/s1.xml');
});

test('feed discovery from link rel=alternate, OPML import', () => {
  const html = `<html><head><link rel="stylesheet" href="/s.css"><link rel="alternate" type="application/rss+xml" href="/rss">
    <link rel="alternate" type="application/atom+xml" href="https://f.example/atom"><link rel="alternate" hreflang="fr" href="/fr"></head></html>`;
  assert.deepEqual(discoverFeeds(html, 'https://site.example/page'), ['https://site.example/rss', 'https://f.example/atom']);
  const opml = parseOpml(`<?xml version="1.0"?><opml version="2.0"><body><outline text="News"><outline text="A" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
    <outline title="B" xmlUrl="https://b.example/feed"/></outline><outline text="folder only"/></body></opml>`);
  assert.ok(opml.ok);
  assert.deepEqual(opml.feeds, [
    { title: 'A', xmlUrl: 'https://a.example/rss', htmlUrl: 'https://a.example/' },
    { title: 'B', xmlUrl: 'https://b.example/feed', htmlUrl: null },
  ]);
});
