/**
 * Runs every fixture folder in `fixtures/`: `input.txt` (+ `input.meta.json` with
 * publishedAt) through readNlp, checked against `expected.json`. Expectations are partial
 * (what must be found, what must not), so a fixture states one behaviour without freezing
 * unrelated output.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NlpArticle } from '../model/records.ts';
import { readNlp } from './readNlp.ts';
import { articleFrom } from './testArticle.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

interface Expected {
  people?: { name: string; roles?: string[]; affiliation?: string; aliases?: string[] }[];
  organizations?: { name: string; acronym?: string; aliases?: string[] }[];
  places?: { name: string; countryCode?: string; note?: string }[];
  notEntities?: string[];
  notPeople?: string[];
  /** Names that must not be an organisation's name or alias. */
  notOrganizations?: string[];
  dates?: { text: string; value: string; granularity: string; relation?: string }[];
  /** Exact texts that must not be taken for dates. */
  notDates?: string[];
  events?: { value: string; summaryIncludes?: string; verb?: string; actors?: string[] }[];
  /** Exact texts of sentences that must be found, in any order. */
  sentences?: string[];
}


function check(out: NlpArticle, exp: Expected): void {
  const sentenceTexts = out.sentences.map(([s, e]) => out.text.slice(s, e));
  for (const sentence of exp.sentences ?? []) {
    assert.ok(sentenceTexts.includes(sentence), `sentence not found: ${sentence}\nsentences: ${sentenceTexts.join(' | ')}`);
  }
  const named = (type: string, name: string) => out.entities.find((e) => e.type === type && e.name === name);
  for (const p of exp.people ?? []) {
    const e = named('person', p.name);
    assert.ok(e, `person ${p.name} not found; people: ${out.entities.filter((x) => x.type === 'person').map((x) => x.name).join(', ')}`);
    for (const r of p.roles ?? []) assert.ok(e.roles.includes(r), `${p.name}: role ${r} missing (has ${e.roles.join(', ')})`);
    if (p.affiliation) assert.equal(e.affiliation, p.affiliation, `${p.name}: affiliation`);
    for (const a of p.aliases ?? []) assert.ok(e.aliases.includes(a), `${p.name}: alias ${a} missing`);
  }
  for (const o of exp.organizations ?? []) {
    const e = named('organization', o.name);
    assert.ok(e, `organisation ${o.name} not found; orgs: ${out.entities.filter((x) => x.type === 'organization').map((x) => x.name).join(', ')}`);
    if (o.acronym) assert.equal(e.acronym, o.acronym, `${o.name}: acronym`);
    for (const a of o.aliases ?? []) assert.ok(e.aliases.includes(a), `${o.name}: alias ${a} missing (has ${e.aliases.join(', ')})`);
  }
  for (const p of exp.places ?? []) {
    const e = named('place', p.name);
    assert.ok(e, `place ${p.name} not found`);
    if (p.countryCode) assert.equal(e.countryCode, p.countryCode);
    if (p.note) assert.ok(e.roles.some((r) => r.includes(p.note as string)), `${p.name}: note ${p.note} missing`);
  }
  for (const n of exp.notPeople ?? []) {
    const bad = out.entities.find((e) => e.type === 'person' && (e.name === n || e.aliases.includes(n)));
    assert.equal(bad, undefined, `${n} taken for a person`);
  }
  for (const n of exp.notOrganizations ?? []) {
    const bad = out.entities.find((e) => e.type === 'organization' && (e.name === n || e.aliases.includes(n)));
    assert.equal(bad, undefined, `${n} taken for an organisation`);
  }
  for (const n of exp.notEntities ?? []) {
    const bad = out.entities.find((e) => e.name === n || e.aliases.includes(n));
    assert.equal(bad, undefined, `${n} taken for an entity`);
  }
  for (const d of exp.dates ?? []) {
    const m = out.dates.find((x) => x.text === d.text);
    assert.ok(m, `date "${d.text}" not found; dates: ${out.dates.map((x) => x.text).join(' | ')}`);
    assert.equal(m.value, d.value, `"${d.text}" value`);
    assert.equal(m.granularity, d.granularity, `"${d.text}" granularity`);
    if (d.relation) assert.equal(m.relation, d.relation, `"${d.text}" relation`);
  }
  for (const n of exp.notDates ?? []) assert.ok(!out.dates.some((x) => x.text === n), `"${n}" taken for a date`);
  for (const ev of exp.events ?? []) {
    const m = out.dates.find((x) => x.value === ev.value && x.event);
    assert.ok(m?.event, `no event dated ${ev.value}`);
    if (ev.summaryIncludes) assert.ok(m.event.summary.includes(ev.summaryIncludes), `event ${ev.value}: "${m.event.summary}" lacks "${ev.summaryIncludes}"`);
    if (ev.verb) assert.equal(m.event.verb, ev.verb);
    for (const a of ev.actors ?? []) {
      const ids = out.entities.filter((e) => e.name === a).map((e) => e.id);
      assert.ok(m.event.actors.some((x) => ids.includes(x)), `event ${ev.value}: actor ${a} missing`);
    }
  }
}

for (const name of readdirSync(DIR).sort()) {
  const dir = join(DIR, name);
  if (!existsSync(join(dir, 'input.txt'))) continue;
  test(`nlp fixture: ${name}`, () => {
    const text = readFileSync(join(dir, 'input.txt'), 'utf8');
    const metaPath = join(dir, 'input.meta.json');
    const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { publishedAt?: string }) : {};
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const out = readNlp(articleFrom(text, meta.publishedAt ?? null), { now: '2024-06-05T00:00:00Z' });
    check(out, expected);
  });
}
