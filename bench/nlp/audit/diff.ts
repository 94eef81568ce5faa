/**
 * `node --import tsx bench/nlp/audit/diff.ts BASE.jsonl [--set gold|fundus|scrapinghub|wcxb]`: the entity mentions
 * (type and text) that the current code finds or loses against a dump written by
 * `bench/nlp/outputHash.ts --dump BASE.jsonl`. Gold test-split articles (and Fundus pages that are
 * gold test articles) are skipped: their errors are not to be looked at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NlpArticle } from '../../../src/model/records.ts';
import { readNlp } from '../../../src/nlp/index.ts';
import { GOLD } from '../gold.ts';
import { hashSets } from '../outputHash.ts';

const split = JSON.parse(readFileSync(join(GOLD, 'split.json'), 'utf8')) as Record<string, string>;
const isTest = (id: string) => split[id.replace(/^fundus:/, '').replace(/\.html\.gz$/, '')] === 'test';
const base = readFileSync(process.argv[2] as string, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as NlpArticle);
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : null;

function mentions(a: NlpArticle): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of a.entities) for (const [s, t] of e.mentions) {
    const k = `${e.type === 'place' ? 'P' : e.type[0]} ${a.text.slice(s, t)}${e.type === 'person' && e.roles.length ? ` [${e.roles[0]}]` : ''}`;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

let n = 0;
const context = { now: '2024-03-01T00:00:00Z' };
for (const [name, set] of Object.entries(hashSets())) {
  for (const d of set) {
    const was = base[n++];
    if ((only && name !== only) || isTest(d.id) || !was) continue;
    const before = mentions(was);
    const after = mentions(readNlp(d, context));
    const lines: string[] = [];
    for (const [k, c] of after) if ((before.get(k) ?? 0) < c) lines.push(`  + ${k} ×${c - (before.get(k) ?? 0)}`);
    for (const [k, c] of before) if ((after.get(k) ?? 0) < c) lines.push(`  - ${k} ×${c - (after.get(k) ?? 0)}`);
    if (lines.length) console.log(`${d.id}\n${lines.join('\n')}`);
  }
}
