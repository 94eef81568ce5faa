/**
 * Robustness: generated and pathological inputs must give a clear result (possibly an
 * empty body with a problem), never a throw or a hang. Seeded, bounded, deterministic.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedArticle, RawDocument } from '../../model/records.ts';
import { defaultContext } from '../../model/stage.ts';
import { extractHtml } from './index.ts';

const CONTEXT = defaultContext({ now: '2026-01-01T00:00:00Z' });

function run(content: string): ExtractedArticle {
  const raw: RawDocument = { source: 'fuzz.html', format: 'html', content, encoding: 'utf-8', given: {}, arrival: { kind: 'file' }, problems: [] };
  const article = extractHtml(raw, CONTEXT);
  assert.equal(typeof article.text, 'string');
  assert.ok(Array.isArray(article.problems));
  for (const [s, e] of article.paragraphs) assert.ok(s <= e && e <= article.text.length);
  return article;
}

/** Mulberry32: a tiny seeded PRNG so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['div', 'p', 'span', 'a', 'article', 'main', 'nav', 'table', 'tr', 'td', 'li', 'ul', 'script', 'style', 'h1', 'h2', 'br', 'b', 'i', 'figure', 'section', 'header', 'footer', 'aside', 'form', 'noscript', 'svg', 'template', 'textarea', 'title'];
const ATTRS = ['class="article-body"', 'class="share"', 'id="comments"', 'hidden', 'aria-hidden="true"', 'style="display:none"', 'itemprop="articleBody"', 'role="navigation"', 'class="x', "data-x='<p>'", ''];
const WORDS = ['the', 'council', 'said', 'on', 'Tuesday,', 'that', 'it', 'would', 'build', 'a', 'wall.', '“quote”', '&amp;', '&nbsp;', '&#x1F600;', '<', '>', '&', '"', "'", '\u0000', '\ud800', 'Ж', '中文'];

function soup(random: () => number, size: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  let out = random() < 0.5 ? '<!DOCTYPE html><html><head><title>t</title></head><body>' : '';
  for (let i = 0; i < size; i++) {
    const r = random();
    if (r < 0.3) out += `<${pick(TAGS)} ${pick(ATTRS)}>`;
    else if (r < 0.45) out += `</${pick(TAGS)}>`;
    else if (r < 0.5) out += pick(['<!--', '-->', '<![CDATA[', ']]>', '<script type="application/ld+json">{"@type":"NewsArticle","headline":', '</', '<p', '="']);
    else out += ` ${pick(WORDS)}`;
  }
  return out;
}

test('random tag soup never throws', () => {
  const random = prng(20261123);
  for (let i = 0; i < 300; i++) run(soup(random, 50 + Math.floor(random() * 800)));
});

test('10,000-level nesting is flattened, not a stack overflow', () => {
  const depth = 10_000;
  const para = '<p>The council said on Tuesday that it would build a new wall, after years of flooding, delays and arguments.</p>';
  const html = `<html><body>${'<div>'.repeat(depth)}${para.repeat(5)}${'</div>'.repeat(depth)}</body></html>`;
  const article = run(html);
  assert.ok(article.text.includes('build a new wall'));
  const unclosed = run(`<html><body>${'<span><div>'.repeat(depth)}text`);
  assert.equal(typeof unclosed.text, 'string');
});

test('a 20 MB page gives a result and says it was truncated', () => {
  const para = '<p>The council said on Tuesday that it would build a new wall, after years of flooding and delays.</p>\n';
  const filler = `<div class="data">${'x'.repeat(1000)}</div>\n`;
  const html = `<html><body><article>${para.repeat(20)}</article>${filler.repeat(20_000)}</body></html>`;
  assert.ok(html.length > 20_000_000);
  const article = run(html);
  assert.ok(article.text.includes('build a new wall'));
  assert.ok(article.problems.some((p) => p.ruleId === 'extract/html-truncated'));
});

test('no-article, script-only, empty and binary inputs give an empty body with a reason', () => {
  for (const content of [
    '',
    '<html><head><script>var a = "<p>not text</p>";</script></head><body><script>document.write("x")</script></body></html>',
    '<html><body><nav><a href="/">Home</a></nav></body></html>',
  ]) {
    const article = run(content);
    assert.equal(article.text, '');
    assert.ok(article.problems.some((p) => p.ruleId === 'extract/html-no-article'), content);
  }
  const random = prng(7);
  const binary = Array.from({ length: 5000 }, () => String.fromCharCode(Math.floor(random() * 256))).join('');
  const article = run(binary);
  assert.equal(article.text, '');
  assert.ok(article.problems.some((p) => p.ruleId === 'extract/html-binary'));
});
