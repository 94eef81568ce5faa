/**
 * Finds the reported clause of an attribution without quote marks: "X said (that) …",
 * "according to X, …", "…, X told TASS." The clause is the indirect quote's span.
 */
import type { Span } from '../model/records.ts';
import { MAX_GAP_TO_THAT } from './constants.ts';
import { WEAK_CUES } from './lexicon/cues.ts';
import { DETERMINERS, NP_STOPPERS, PRONOUNS } from './lexicon/words.ts';
import type { Attribution } from './AttributionFinder.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

const CLAUSE_STARTERS = new Set([...DETERMINERS, ...PRONOUNS.keys(), 'there', 'no', 'all', 'every', 'any', 'none', 'such', 'more', 'fewer']);
/** Tokens after a cue that show a trailing attribution, not a new clause ("…, he said on Tuesday."). */
const TRAILING_MAX_WORDS = 14;

function endOfUnit(unit: QuoteUnit, text: string): number {
  let end = unit.span[1];
  while (end > unit.span[0] && /[\s.!?;:,]/.test(text[end - 1] ?? '')) end--;
  return end;
}

function thatClause(unit: QuoteUnit, att: Attribution): number | null {
  const toks = unit.tokens;
  const from = Math.max(att.cue.last, att.order === 'after' && att.subject ? att.subject.last : -1) + 1;
  for (let j = from, n = 0; j < toks.length && n < MAX_GAP_TO_THAT; j++, n++) {
    const t = toks[j];
    if (!t || !unit.frame[j]) return null;
    if (t.text === '.' || t.text === ';' || t.text === ':' || t.text === '?') return null;
    if (t.word && t.lower === 'that') {
      const next = toks[j + 1];
      return next && unit.frame[j + 1] ? j + 1 : null;
    }
    if (t.text === ',' && n > 0) continue;
  }
  return null;
}

function bareClause(unit: QuoteUnit, att: Attribution): number | null {
  if (att.order !== 'before' && att.order !== 'main') return null;
  if (att.cue.entry.lemma === 'tell' || att.cue.entry.needsThat || WEAK_CUES.has(att.cue.entry.form)) return null;
  const j = att.cue.last + 1;
  const t = unit.tokens[j];
  if (!t || !t.word || !unit.frame[j]) return null;
  if (NP_STOPPERS.has(t.lower) && t.lower !== 'there') return null;
  if (CLAUSE_STARTERS.has(t.lower) || t.cap) return j;
  return null;
}

/** "CLAUSE, SUBJ CUE [channel]." — the clause before the attribution. */
function precedingClause(unit: QuoteUnit, att: Attribution): number | null {
  if (!att.subject || att.order === 'main') return null;
  const start = Math.min(att.subject.first, att.cue.first);
  const comma = unit.tokens[start - 1];
  if (!comma || comma.text !== ',' || !unit.frame[start - 1]) return null;
  const lastAttr = Math.max(att.subject.last, att.cue.last);
  let words = 0;
  for (let j = lastAttr + 1; j < unit.tokens.length; j++) {
    const t = unit.tokens[j];
    if (!t || !unit.frame[j]) return null;
    if (t.word) {
      words++;
      if (t.lower === 'that') return null;
    }
  }
  if (words > TRAILING_MAX_WORDS) return null;
  return start - 1;
}

/** The reported clause's span, or null when the attribution reports no clause. */
export function reportedClause(unit: QuoteUnit, att: Attribution, text: string): Span | null {
  const toks = unit.tokens;
  const end = endOfUnit(unit, text);
  if (att.order === 'source') {
    if (!att.subject) return null;
    const after = toks[att.subject.last + 1];
    if (after && after.text === ',') {
      const first = toks[att.subject.last + 2];
      return first ? [first.start, end] : null;
    }
    const before = toks[att.cue.first - 1];
    if (before && before.text === ',') return [unit.span[0], before.start];
    return null;
  }
  if (!att.subject) return null;
  const that = thatClause(unit, att);
  if (that !== null) {
    const t = toks[that];
    return t ? [t.start, end] : null;
  }
  if (att.cue.entry.needsThat) return null;
  const bare = bareClause(unit, att);
  if (bare !== null) {
    const t = toks[bare];
    return t ? [t.start, end] : null;
  }
  const comma = precedingClause(unit, att);
  if (comma !== null) {
    const c = toks[comma];
    return c ? [unit.span[0], c.start] : null;
  }
  return null;
}
