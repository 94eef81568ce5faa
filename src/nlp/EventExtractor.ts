/**
 * The event a date anchors: its clause (the sentence cut at semicolons, dashes, colons and
 * quote marks), the clause's main verb (the VERB nearest the date, preferring one before
 * it), the people and organisations named in it (places when there are none), and a short
 * summary that names people by surname without their titles ("Putin and Pashinyan had a
 * thorough discussion at the Supreme Eurasian Economic Council").
 */
import type { DatedEvent, Entity, Span } from '../model/records.ts';
import { MAX_CLAUSE_TOKENS, MAX_SUMMARY_WORDS } from './constants.ts';
import { lexicon } from './Lexicon.ts';
import { isRoleWord } from './RunClassifier.ts';
import type { Token, Tokenised } from './Tokens.ts';
import { hasLetter } from './WordShapes.ts';

/** Tokens that end a clause. A set, not a regular expression: the clause walk tests up to 80 tokens per date. */
const BOUNDARY: ReadonlySet<string> = new Set([';', ':', '—', '–', '“', '”', '"', '«', '»', '‘', '’', '(', ')']);
/** Editorial brackets ("Foreign Ministers [of Armenia and Russia]") belong to the clause; only the marks are dropped. */
const DROPPED: ReadonlySet<string> = new Set(['[', ']']);
/** Marks written against the word before them in a summary (",", "."). */
const CLOSING_MARKS: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?']);

const RELATION_PREPOSITIONS = new Set(['on', 'in', 'since', 'from', 'until', 'till', 'by', 'during', 'at', 'through', 'between', 'and', 'of', 'over', 'the', 'last', 'this', 'early', 'late', 'mid']);

/**
 * The event of one date. `mentions` is the article's index from indexMentions, built once per
 * article by the caller: every date of the article looks up the same entity list.
 */
export function extractEvent(tk: Tokenised, mentions: MentionIndex, dateSpan: Span): DatedEvent | null {
  const { tokens } = tk;
  const firstIdx = tokenAt(tokens, dateSpan[0]);
  if (firstIdx < 0) return null;
  const sentence = tk.sentenceTokens[(tokens[firstIdx] as Token).sentence];
  if (!sentence) return null;
  let a = firstIdx;
  while (a > sentence[0] && firstIdx - a < MAX_CLAUSE_TOKENS && !BOUNDARY.has((tokens[a - 1] as Token).text)) a--;
  let lastIdx = firstIdx;
  while (lastIdx < sentence[1] && (tokens[lastIdx + 1] as Token).start < dateSpan[1]) lastIdx++;
  let z = lastIdx;
  while (z < sentence[1] && z - lastIdx < MAX_CLAUSE_TOKENS && !BOUNDARY.has((tokens[z + 1] as Token).text)) z++;
  while (z > a && /^[.,!?]$/.test((tokens[z] as Token).text)) z--;

  const verbIdx = pickVerb(tokens, a, z, firstIdx, lastIdx);
  const clause: Span = [(tokens[a] as Token).start, (tokens[z] as Token).end];
  const inside = (s: Span) => s[0] >= clause[0] && s[1] <= clause[1];
  const present = namedInside(mentions, clause);
  const named = present.filter((e) => e.type !== 'place');
  const actors = (named.length ? named : present).sort((x, y) => firstInside(x, inside) - firstInside(y, inside));
  return {
    summary: summarise(tokens, a, z, firstIdx, lastIdx, present, clause),
    actors: actors.map((e) => e.id),
    verb: verbIdx === null ? null : (tokens[verbIdx] as Token).lemma,
    span: clause,
  };
}

/** An article's mentions in text order, with the index of the entity each belongs to. */
export interface MentionIndex {
  entities: readonly Entity[];
  starts: readonly number[];
  ends: readonly number[];
  owners: readonly number[];
}

export function indexMentions(entities: readonly Entity[]): MentionIndex {
  const all: [number, number, number][] = [];
  entities.forEach((e, k) => {
    for (const [s, end] of e.mentions) all.push([s, end, k]);
  });
  all.sort((x, y) => x[0] - y[0]);
  return { entities, starts: all.map((m) => m[0]), ends: all.map((m) => m[1]), owners: all.map((m) => m[2]) };
}

/**
 * The entities with a mention inside the span, in the article's entity order: looked up in the
 * mentions by position (a date's clause holds a few of an article's hundreds of mentions).
 */
function namedInside(mentions: MentionIndex, span: Span): Entity[] {
  const { entities, starts, ends, owners } = mentions;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < span[0]) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < starts.length && (starts[i] as number) <= span[1]; i++) {
    const owner = owners[i] as number;
    if ((ends[i] as number) <= span[1] && !found.includes(owner)) found.push(owner);
  }
  return found.sort((x, y) => x - y).map((k) => entities[k] as Entity);
}

/** Index of the first token ending after `offset` (binary search; tokens are in text order). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

function firstInside(e: Entity, inside: (s: Span) => boolean): number {
  return e.mentions.find(inside)?.[0] ?? Infinity;
}

function pickVerb(tokens: readonly Token[], a: number, z: number, first: number, last: number): number | null {
  for (let i = first - 1; i >= a; i--) if ((tokens[i] as Token).pos === 'VERB') return i;
  for (let i = last + 1; i <= z; i++) if ((tokens[i] as Token).pos === 'VERB') return i;
  // "Putin and Pashinyan had a thorough discussion": wink tags a main-verb "have" as AUX.
  for (let i = first - 1; i >= a; i--) if ((tokens[i] as Token).pos === 'AUX') return i;
  return null;
}

/** Clause words without the date and its preposition; people by surname, their titles dropped. `entities`: those named in the clause. */
function summarise(tokens: readonly Token[], a: number, z: number, first: number, last: number, entities: readonly Entity[], clause: Span): string {
  const skip = new Set<number>();
  for (let i = first; i <= last; i++) skip.add(i);
  for (let i = first - 1; i >= a && RELATION_PREPOSITIONS.has((tokens[i] as Token).lower); i--) skip.add(i);
  const replace = new Map<number, { name: string; end: number }>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    let surname: string | null = null;
    for (const [s, end] of e.mentions) {
      if (s < clause[0] || end > clause[1]) continue;
      // Only for entities named in the clause: most of an article's people are not.
      surname ??= e.name.split(/\s+/).pop() ?? e.name;
      const from = tokenAt(tokens, s);
      let to = from;
      while (to + 1 <= z && (tokens[to + 1] as Token).end <= end) to++;
      for (let i = from; i <= to; i++) skip.add(i);
      replace.set(from, { name: surname, end });
      // ", the Prime Minister of Russia," after the name: the summary keeps the name only.
      if (tokens[to + 1]?.text === ',') {
        for (let k = to + 2; k <= Math.min(z, to + 12); k++) {
          if ((tokens[k] as Token).text !== ',') continue;
          if (tokens.slice(to + 2, k).some((t) => isRoleWord(t.text))) for (let x = to + 1; x <= k; x++) skip.add(x);
          break;
        }
      }
      // Drop the title before the name ("Armenia’s Prime Minister").
      for (let i = from - 1; i >= a; i--) {
        const t = tokens[i] as Token;
        if (isRoleWord(t.text) || lexicon().demonyms.has(t.lower) || /^[’']s$/.test(t.text) || (lexicon().places.has(t.text) && /^[’']s$/.test(tokens[i + 1]?.text ?? ''))) skip.add(i);
        else break;
      }
    }
  }
  const words: string[] = [];
  let out = '';
  let prevEnd = -1;
  for (let i = a; i <= z; i++) {
    const t = tokens[i] as Token;
    const rep = replace.get(i);
    if (rep) {
      out += (out ? ' ' : '') + rep.name;
      words.push(rep.name);
      prevEnd = rep.end;
      i = Math.max(i, tokenAt(tokens, rep.end - 1));
      continue;
    }
    if (skip.has(i) || BOUNDARY.has(t.text) || DROPPED.has(t.text) || t.pos === 'SPACE') continue;
    // Keep the text's own spacing between adjacent words ("high-level", "haven’t").
    const glue = t.start === prevEnd || CLOSING_MARKS.has(t.text.charAt(0));
    out += (out && !glue ? ' ' : '') + t.text;
    prevEnd = t.end;
    if (hasLetter(t.text)) words.push(t.text);
    if (words.length >= MAX_SUMMARY_WORDS) break;
  }
  return out.replace(/^[,\s]+|[,\s]+$/g, '');
}
