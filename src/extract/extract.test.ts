import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDocument } from '../model/records.ts';
import { extract } from './index.ts';

const raw = (format: 'html' | 'text', content: string): RawDocument => ({
  source: `doc.${format === 'html' ? 'html' : 'txt'}`,
  format,
  content,
  encoding: 'utf-8',
  given: { publishedAt: '2024-06-05' },
  arrival: { kind: 'file' },
  problems: [],
});

const paragraph = 'The council voted on Tuesday to fund new flood barriers along the harbour district, ending a debate that has lasted for more than three years.';

test('text documents go to text mode, markup to the HTML extractor', () => {
  const context = { now: '2024-06-06T00:00:00Z' };
  const text = extract(raw('text', `Flood barriers approved\n${paragraph}\n${paragraph.replace('Tuesday', 'Monday')}`), context);
  assert.equal(text.method, 'text/lines');
  assert.equal(text.title, 'Flood barriers approved');
  assert.equal(text.publishedAt, '2024-06-05', 'given metadata wins');
  const html = extract(raw('html', `<html><body><article><h1>Flood barriers approved</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`), context);
  assert.match(html.method, /^html\//);
  assert.ok(html.text.includes('The council voted on Tuesday'));
});

test('the stage does not mutate its input', () => {
  const input = raw('text', `Headline here\n${paragraph}`);
  const copy = structuredClone(input);
  extract(input, { now: '2024-06-06T00:00:00Z' });
  assert.deepEqual(input, copy);
});

test('a text with no prose run keeps its non-chrome lines and says so', () => {
  const article = extract(raw('text', 'Share\nPower cut in the north district\nCrews expect repairs by noon'), { now: '2024-06-06T00:00:00Z' });
  assert.equal(article.method, 'text/fallback-all');
  assert.ok(article.text.includes('Crews expect repairs by noon'));
  assert.ok(!article.text.includes('Share'));
  assert.ok(article.problems.some((p) => p.ruleId === 'extract/text-fallback'));
});
