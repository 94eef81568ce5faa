/**
 * Runs every `src/extract/fixtures/html-<case>/` folder: `input.html` through
 * `extractHtml`, checked against `expected.json` (metadata fields, text that must and
 * must not appear in the body, origins of metadata, and `emptyBody` for non-articles).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ExtractedArticle, RawDocument } from '../../model/records.ts';
import { defaultContext } from '../../model/stage.ts';
import { extractHtml } from './index.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface Expected {
  title?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  outlet?: string | null;
  section?: string;
  modifiedAt?: string | null;
  canonicalUrl?: string;
  mustContain?: string[];
  mustNotContain?: string[];
  origins?: Record<string, string>;
  emptyBody?: boolean;
  /** Rule ids of problems the article must carry. */
  problems?: string[];
}

const cases = readdirSync(FIXTURES).filter((d) => d.startsWith('html-'));

test('there are html fixtures', () => {
  assert.ok(cases.length >= 8, `expected at least 8 html fixtures, found ${cases.length}`);
});

for (const name of cases) {
  test(`fixture ${name}`, () => {
    const dir = join(FIXTURES, name);
    const raw: RawDocument = {
      source: join(dir, 'input.html'),
      format: 'html',
      content: readFileSync(join(dir, 'input.html'), 'utf8'),
      encoding: 'utf-8',
      given: {},
      arrival: { kind: 'file' },
      problems: [],
    };
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const article: ExtractedArticle = extractHtml(raw, defaultContext({ now: '2026-01-01T00:00:00Z' }));
    for (const key of ['title', 'author', 'publishedAt', 'outlet'] as const) {
      if (expected[key] !== undefined) assert.equal(article[key], expected[key], key);
    }
    for (const key of ['section', 'modifiedAt', 'canonicalUrl'] as const) {
      if (expected[key] !== undefined) assert.equal(article.meta[key], expected[key], key);
    }
    for (const [field, origin] of Object.entries(expected.origins ?? {})) {
      assert.equal(article.meta.origins[field as keyof ExtractedArticle['meta']['origins']], origin, `origin of ${field}`);
    }
    for (const snippet of expected.mustContain ?? []) assert.ok(article.text.includes(snippet), `body should contain: ${snippet}\n---\n${article.text}`);
    for (const snippet of expected.mustNotContain ?? []) assert.ok(!article.text.includes(snippet), `body should not contain: ${snippet}\n---\n${article.text}`);
    for (const ruleId of expected.problems ?? []) assert.ok(article.problems.some((p) => p.ruleId === ruleId), `problem ${ruleId} missing: ${JSON.stringify(article.problems)}`);
    if (expected.emptyBody) {
      assert.equal(article.text, '');
      assert.ok(article.problems.some((p) => p.ruleId === 'extract/html-no-article'));
    }
    // Paragraph spans index the clean text.
    for (const [s, e] of article.paragraphs) assert.ok(s < e && e <= article.text.length);
  });
}
