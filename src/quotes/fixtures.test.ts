/**
 * Runs every fixture folder in `fixtures/`: `input.txt` (paragraphs separated by blank
 * lines), optional `input.meta.json` (publishedAt), `expected.json`. With `"nlp": true`
 * the input goes through the nlp stage first, as in the pipeline; otherwise the quotes
 * stage sees the bare text. With `"entities"` the stage sees those hand-made nlp entities
 * instead (name, type, the strings whose every occurrence is a mention, roles, aliases):
 * the way to pin behaviour under nlp noise (a person typed as an organisation, a bad
 * merge) without depending on the nlp stage's current output. Each expected quote is found by the start of its text and
 * every field it names is compared; `count` checks how many quotes there are in all.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Entity, NlpArticle, Quote, Span } from '../model/records.ts';
import { readNlp } from '../nlp/index.ts';
import { extractedFrom } from './fixtureArticle.ts';
import { readQuotes } from './index.ts';

interface FixtureEntity {
  name: string;
  type: Entity['type'];
  mentions: string[];
  roles?: string[];
  aliases?: string[];
}

interface Expected {
  nlp: boolean;
  entities?: FixtureEntity[];
  quotes: (Partial<Pick<Quote, 'kind' | 'speaker' | 'speakerMention' | 'cue' | 'via'>> & { text: string; contains?: string; spansParagraphs?: boolean })[];
  count?: number;
}

const DIR = join(import.meta.dirname, 'fixtures');

/** Hand-made nlp entities: every occurrence of each mention string is a mention. */
function entitiesOf(text: string, list: readonly FixtureEntity[]): Entity[] {
  return list.map((f, i) => {
    const spans: Span[] = [];
    for (const m of f.mentions) for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) spans.push([at, at + m.length]);
    spans.sort((a, b) => a[0] - b[0]);
    const id = `e${i + 1}`;
    return { id, key: `${f.type}:${id}`, name: f.name, type: f.type, aliases: f.aliases ?? [], roles: f.roles ?? [], affiliation: null, acronym: null, mentions: spans, countryCode: null, stage: 'nlp' };
  });
}

for (const name of readdirSync(DIR).sort()) {
  const folder = join(DIR, name);
  if (!existsSync(join(folder, 'expected.json'))) continue;
  test(`quotes fixture: ${name}`, () => {
    const text = readFileSync(join(folder, 'input.txt'), 'utf8');
    const meta = existsSync(join(folder, 'input.meta.json')) ? (JSON.parse(readFileSync(join(folder, 'input.meta.json'), 'utf8')) as { publishedAt?: string }) : {};
    const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected;
    const extracted = extractedFrom(text, meta.publishedAt ?? null);
    const context = { now: `${meta.publishedAt ?? '2024-06-05'}T12:00:00Z` };
    const input: NlpArticle = expected.entities
      ? { ...extracted, sentences: [], entities: entitiesOf(text, expected.entities), dates: [] }
      : expected.nlp
        ? readNlp(extracted, context)
        : { ...extracted, sentences: [], entities: [], dates: [] };
    const frozen = JSON.stringify(input);
    const out = readQuotes(input, context);
    assert.equal(JSON.stringify(input), frozen, 'the stage must not mutate its input');
    for (const e of expected.quotes) {
      const q = out.quotes.find((x) => x.text.startsWith(e.text));
      assert.ok(q, `no quote starting "${e.text}"; got:\n${out.quotes.map((x) => `  [${x.kind}] ${x.text.slice(0, 60)}`).join('\n')}`);
      for (const key of ['kind', 'speaker', 'speakerMention', 'cue', 'via'] as const) {
        if (key in e) assert.deepEqual(q[key], e[key], `${key} of "${e.text}"`);
      }
      if (e.contains) assert.ok(q.text.includes(e.contains), `"${e.text}" should contain "${e.contains}"`);
      if (e.spansParagraphs) assert.ok(text.slice(q.span[0], q.span[1]).includes('\n\n'), `"${e.text}" should span paragraphs`);
      assert.equal(q.stage, 'quotes');
      assert.ok(q.span[0] < q.span[1] && q.span[1] <= text.length, 'span inside the text');
    }
    if (expected.count !== undefined) assert.equal(out.quotes.length, expected.count, 'number of quotes');
    const starts = out.quotes.map((q) => q.span[0]);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'quotes in text order');
  });
}
