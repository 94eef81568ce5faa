import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charsetFromBom, sniffHtmlCharset } from './charset.ts';
import { readJsonLd } from './JsonLdReader.ts';
import { cleanTitle, extractHtmlMetadata, normaliseDate } from './metadata.ts';
import { cleanByline, dateFromUrl } from './VisibleMetaReader.ts';

test('dates normalise to ISO and keep the stated zone', () => {
  assert.equal(normaliseDate('2024-03-05T09:30:00+0100'), '2024-03-05T09:30:00+01:00');
  assert.equal(normaliseDate('2024-03-05'), '2024-03-05');
  assert.equal(normaliseDate('20240305'), '2024-03-05');
  assert.equal(normaliseDate('March 5, 2024 10:00 UTC')?.slice(0, 10), '2024-03-05');
  assert.equal(normaliseDate('yesterday'), undefined);
  // The stated offset's local day and time are kept, not converted to UTC.
  assert.equal(normaliseDate('Tue, 05 Mar 2024 23:30:00 -0500'), '2024-03-05T23:30:00-05:00');
  assert.equal(normaliseDate('Tue, 05 Mar 2024 23:30:00 GMT'), '2024-03-05T23:30:00Z');
  assert.equal(normaliseDate('March 5, 2024 23:30'), '2024-03-05');
  assert.equal(normaliseDate('03-09-2026'), '2026-03-09');
});

test('URL dates need year, month and day', () => {
  assert.equal(dateFromUrl('https://x.example/2024/3/05/story'), '2024-03-05');
  assert.equal(dateFromUrl('https://x.example/news/2024-03-05-story'), '2024-03-05');
  assert.equal(dateFromUrl('https://x.example/2024/03/story'), undefined);
});

test('titles lose the outlet part, and <title> its last part when a headline remains', () => {
  assert.equal(cleanTitle('Harbour wall approved | The Herald', 'The Herald'), 'Harbour wall approved');
  assert.equal(cleanTitle('The Herald - Harbour wall approved', 'the herald'), 'Harbour wall approved');
  assert.equal(cleanTitle('Brexit - a timeline', null), 'Brexit - a timeline');
  assert.equal(cleanTitle('Council votes to build a new harbour wall | Local | Site', null, true), 'Council votes to build a new harbour wall | Local');
});

test('bylines drop "By" and trailing furniture', () => {
  assert.equal(cleanByline('By Jane Doe | Updated 5 March'), 'Jane Doe');
  assert.equal(cleanByline('Nicolas Perriault —'), 'Nicolas Perriault');
  assert.equal(cleanByline('https://example.com/jane'), undefined);
});

test('JSON-LD: @graph, author arrays, CDATA wrappers, broken JSON skipped', () => {
  const graph = JSON.stringify({ '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['NewsArticle'], headline: 'H', author: [{ name: 'A' }, 'B'], datePublished: '2024-01-02' }] });
  const meta = readJsonLd([`<![CDATA[${graph}]]>`, '{ broken']);
  assert.equal(meta.title, 'H');
  assert.deepEqual(meta.authors, ['A', 'B']);
  assert.equal(meta.outlet, 'Site');
  assert.equal(meta.publishedAt, '2024-01-02');
});

test('extractHtmlMetadata records where each field came from', () => {
  const html = `<html lang="fr-FR"><head><title>T | S</title><meta property="og:site_name" content="S">
    <meta property="article:published_time" content="2024-05-06T07:08:09Z"><meta name="author" content="By Ana Lima">
    <meta property="og:image" content="/img.jpg"><link rel="canonical" href="https://s.example/a"></head><body><p class="byline">By Someone Else</p></body></html>`;
  const { core, meta } = extractHtmlMetadata(html, 'https://s.example/a?utm=1');
  assert.equal(core.title, 'T');
  assert.equal(meta.origins?.title, 'title-element');
  assert.equal(core.publishedAt, '2024-05-06T07:08:09Z');
  assert.equal(meta.origins?.publishedAt, 'opengraph');
  assert.equal(core.author, 'Ana Lima');
  assert.equal(core.language, 'fr');
  assert.equal(meta.image, 'https://s.example/img.jpg');
  assert.equal(core.url, 'https://s.example/a');
});

test('charset sniffing: BOM, meta charset, http-equiv', () => {
  assert.equal(charsetFromBom(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c])), 'utf-8');
  assert.equal(sniffHtmlCharset('<meta charset="windows-1251">'), 'windows-1251');
  assert.equal(sniffHtmlCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">')), 'koi8-r');
  assert.equal(sniffHtmlCharset('<p>none</p>'), null);
});
