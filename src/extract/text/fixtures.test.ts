import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { GivenMeta, RawDocument } from '../../model/records.ts';
import type { OutletTemplates } from '../../model/stage.ts';
import { extractText } from './extractText.ts';
import { learnOutletTemplates } from './OutletTemplates.ts';

/**
 * Runs every `src/extract/fixtures/text-<case>/` folder: `input.txt` (+ `input.meta.json`)
 * through text mode, checked against `expected.json`. Keys left out of expected.json are
 * not checked; `null` means "must be null". `learnFrom` names other pages of the same
 * outlet in the folder, learned as templates before the input is extracted.
 */
interface Expected {
  title?: string | null;
  subtitle?: string | null;
  outlet?: string | null;
  dateline?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  language?: string | null;
  mustContain?: string[];
  mustNotContain?: string[];
  removedMustContain?: string[];
  textStartsWith?: string;
  textEndsWith?: string;
  paragraphs?: number;
  learnFrom?: string[];
  /** Rule ids of problems the article must carry. */
  problems?: string[];
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
// When the fixtures are read: after every date they state (a date after the reading is a placeholder, see DatePlausibility.ts).
const NOW = '2026-06-01T12:00:00Z';

function raw(dir: string, file: string, given: GivenMeta): RawDocument {
  return {
    source: join(dir, file),
    format: 'text',
    content: readFileSync(join(dir, file), 'utf8'),
    encoding: 'utf-8',
    given,
    arrival: { kind: 'file' },
    problems: [],
  };
}

const cases = readdirSync(FIXTURES).filter((name) => name.startsWith('text-')).sort();

test('there are text fixtures', () => assert.ok(cases.length >= 11, `only ${cases.length} text fixtures`));

for (const name of cases) {
  test(`text fixture ${name}`, () => {
    const dir = join(FIXTURES, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const metaPath = join(dir, 'input.meta.json');
    const given = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as GivenMeta) : {};
    let templates: OutletTemplates | undefined;
    for (const other of expected.learnFrom ?? []) {
      const document = raw(dir, other, given);
      const learned = extractText(document, { now: NOW });
      templates = learnOutletTemplates(templates, learned, document.content.split('\n'));
    }
    const article = extractText(raw(dir, 'input.txt', given), { now: NOW, ...(templates ? { outletTemplates: templates } : {}) });
    const fields = ['title', 'outlet', 'author', 'publishedAt', 'language'] as const;
    for (const field of fields) if (field in expected) assert.equal(article[field], expected[field], `${field}`);
    if ('subtitle' in expected) assert.equal(article.meta.subtitle, expected.subtitle, 'subtitle');
    if ('dateline' in expected) assert.equal(article.meta.dateline, expected.dateline, 'dateline');
    for (const snippet of expected.mustContain ?? []) assert.ok(article.text.includes(snippet), `body lacks: ${snippet}`);
    for (const snippet of expected.mustNotContain ?? []) assert.ok(!article.text.includes(snippet), `body keeps: ${snippet}`);
    for (const snippet of expected.removedMustContain ?? []) {
      assert.ok(article.removed.some((r) => r.includes(snippet)), `removed lacks: ${snippet}`);
    }
    if (expected.textStartsWith) assert.ok(article.text.startsWith(expected.textStartsWith), `body starts: ${article.text.slice(0, 80)}`);
    if (expected.textEndsWith) assert.ok(article.text.endsWith(expected.textEndsWith), `body ends: ${article.text.slice(-80)}`);
    if (expected.paragraphs !== undefined) assert.equal(article.paragraphs.length, expected.paragraphs, 'paragraph count');
    for (const ruleId of expected.problems ?? []) assert.ok(article.problems.some((p) => p.ruleId === ruleId), `problem ${ruleId} missing`);
    assert.match(article.method, /^text\//);
    assert.deepEqual(JSON.parse(JSON.stringify(article)), article, 'record is JSON-safe');
  });
}
