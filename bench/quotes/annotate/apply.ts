/**
 * Annotation helper: turns the bootstrap candidates plus a reviewed edit list into a gold
 * file `bench/gold/quotes/<article>.json`. Edit lines (one per line, `#` comments):
 *   ok                        accept the remaining candidates as they are
 *   del N [N ...]             drop candidates (not quotes under the guide)
 *   kind N direct|partial|indirect|scare
 *   spk N Full Name           resolved speaker (`-` for none)
 *   men N words               speaker mention as written (`-` for none)
 *   cue N words               cue as written (`-` for none)
 *   via N A;B                 channels (`-` for none)
 *   span N exact text         new span: the first occurrence of the text in the article
 *   add KIND | speaker | mention | cue | via | exact text
 *   add KIND | speaker | mention | cue | via | @START-END   (offsets: a span whose text occurs
 *                             earlier too, or one running over several paragraphs)
 * Candidates are written out only after review: no edit file, no gold file.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { QuoteKind } from '../../../src/model/records.ts';
import { ANNOTATE, frozenCandidates, GOLD, goldArticles, loadArticle } from './common.ts';
import type { GoldQuote } from '../scoring.ts';

const EDITS = join(ANNOTATE, 'edits');
const KINDS = new Set(['direct', 'partial', 'indirect', 'scare']);

function locate(text: string, snippet: string, name: string): [number, number] {
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`${name}: text not found: ${snippet.slice(0, 60)}`);
  return [at, at + snippet.length];
}

/** An exact text (its first occurrence) or `@START-END` offsets. */
function spanOf(text: string, snippet: string, name: string): [number, number] {
  const offsets = /^@(\d+)-(\d+)$/.exec(snippet.trim());
  if (offsets === null) return locate(text, snippet, name);
  const [start, end] = [Number(offsets[1]), Number(offsets[2])];
  if (!(start < end && end <= text.length)) throw new Error(`${name}: bad offsets ${snippet}`);
  return [start, end];
}

function nullable(v: string): string | null {
  const t = v.trim();
  return t === '-' || t === '' ? null : t;
}

export function applyEdits(name: string, lines: readonly string[]): GoldQuote[] {
  const text = loadArticle(name);
  const drafts: (GoldQuote | null)[] = frozenCandidates(name);
  const added: GoldQuote[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#') || line === 'ok') continue;
    const [op = '', ...rest] = line.split(' ');
    const arg = rest.join(' ');
    if (op === 'add') {
      const [kind = '', speaker = '', mention = '', cue = '', via = '', ...snip] = arg.split(' | ');
      if (!KINDS.has(kind.trim())) throw new Error(`${name}: bad kind in ${line}`);
      const [start, end] = spanOf(text, snip.join(' | '), name);
      added.push({ start, end, text: text.slice(start, end), kind: kind.trim() as QuoteKind, speaker: nullable(speaker), speakerMention: nullable(mention), cue: nullable(cue), via: nullable(via)?.split(';') ?? [] });
      continue;
    }
    if (op === 'del') {
      for (const n of rest) drafts[Number(n) - 1] = null;
      continue;
    }
    const n = Number(rest[0]);
    const value = rest.slice(1).join(' ');
    const q = drafts[n - 1];
    if (!q) throw new Error(`${name}: no candidate ${n} in ${line}`);
    if (op === 'kind') {
      if (!KINDS.has(value)) throw new Error(`${name}: bad kind ${value}`);
      q.kind = value as QuoteKind;
      if (value === 'scare') Object.assign(q, { speaker: null, speakerMention: null, cue: null, via: [] });
    } else if (op === 'spk') q.speaker = nullable(value);
    else if (op === 'men') q.speakerMention = nullable(value);
    else if (op === 'cue') q.cue = nullable(value);
    else if (op === 'via') q.via = nullable(value)?.split(';') ?? [];
    else if (op === 'span') {
      const [start, end] = locate(text, value, name);
      Object.assign(q, { start, end, text: text.slice(start, end) });
    } else throw new Error(`${name}: unknown edit ${line}`);
  }
  return [...drafts.filter((q): q is GoldQuote => q !== null), ...added].sort((a, b) => a.start - b.start);
}

// `--check`: parse the edit lists and locate every span, print them, write nothing.
const check = process.argv.includes('--check');
const names = process.argv.slice(2).filter((a) => a !== '--check');
mkdirSync(join(GOLD, 'quotes'), { recursive: true });
for (const name of names.length > 0 ? names : goldArticles()) {
  const file = join(EDITS, `${name}.txt`);
  if (!existsSync(file)) continue;
  const quotes = applyEdits(name, readFileSync(file, 'utf8').split('\n'));
  if (check) {
    for (const q of quotes) console.log(`${name} ${q.start} ${q.kind} ${q.speaker ?? '-'} | ${q.cue ?? '-'} | ${q.via.join(';') || '-'} | ${q.text.slice(0, 80)}`);
    continue;
  }
  writeFileSync(join(GOLD, 'quotes', `${name}.json`), `${JSON.stringify({ article: name, quotes }, null, 1)}\n`);
  console.log(`${name}: ${quotes.length} quotes`);
}
