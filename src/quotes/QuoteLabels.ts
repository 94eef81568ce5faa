/**
 * Whether quoted words are a label rather than speech: scare quotes ("frozen"), titles of
 * works ("Dance the Night Away"), quotes modifying a noun (a "zero tolerance" policy), and
 * short clauses that are speech however short ("I love you").
 */
import { SCARE_MAX_WORDS } from './constants.ts';
import { CUES } from './lexicon/cues.ts';
import { COMMON_VERBS } from './lexicon/words.ts';
import type { QuoteRegion } from './QuoteMarkScanner.ts';
import { wordsOf } from './QuoteTokens.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

/** Whether quoted words make a statement rather than a label. */
export function hasVerb(words: readonly string[]): boolean {
  return words.some((w) => COMMON_VERBS.has(w) || CUES.has(w) || /n't$/.test(w));
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'and', 'or', 'at', 'by', 'with', 'is', 'from', 'as', 'but', 'nor', 'vs']);

/** A title in Title Case with no attribution ("Dance the Night Away", "The Lumumba Plot: …") names a work, it is not speech. */
export function isTitle(text: string): boolean {
  const words = text.trim().replace(/[.!]$/, '').split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  if (words.length === 0 || words.length > 14) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR_WORDS.has(w)));
}

/** Words after a closing mark that continue a sentence rather than head a noun ("… of", "… was"). */
const NOT_NOUNS = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'is', 'was', 'are', 'were',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'as', 'than', 'so', 'if', 'when', 'while', 'because',
  'after', 'before', 'into', 'over', 'about', 'against', 'since', 'until', 'said', 'says', 'say', 'told', 'added', 'wrote', 'not', 'then', 'there',
]);

/**
 * A quote used as a modifier inside a noun phrase — after a determiner and before the noun it
 * qualifies ("the infamous “10 held by H for the big guy?” email", "a “zero tolerance” policy") —
 * is a label, not speech, however many words it has.
 */
export function isNounModifier(text: string, unit: QuoteUnit, r: QuoteRegion): boolean {
  const pre = text.slice(Math.max(unit.span[0], r.open - 40), r.open);
  // A determiner or a possessor ("the state’s", "South Dakota’s viral “…” campaign"), then at most one modifier.
  if (!/(?:^|\s)(?:the|a|an|these|those|his|her|its|their|our|[\p{L}.]+['’]s)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/iu.test(pre)) return false;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(text.slice(r.close + 1, r.close + 40));
  return !!next && !!next[1] && !NOT_NOUNS.has(next[1]) && !CUES.has(next[1]) && !/ly$/.test(next[1]);
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', "i'm", "we're", "you're", "it's", "he's", "she's", "they're", "i've", "we've"]);

/** A pronoun subject and a verb: a sentence of speech ("I love you"), however short, not a label. */
export function isClause(words: readonly string[]): boolean {
  return words.some((w) => SUBJECT_PRONOUNS.has(w)) && (hasVerb(words) || words.some((w) => /'(m|re|s|ve)$/.test(w)));
}

/** A few words with no verb: a label. */
export function isScare(text: string): boolean {
  const words = wordsOf(text);
  return words.length <= SCARE_MAX_WORDS && !hasVerb(words);
}
