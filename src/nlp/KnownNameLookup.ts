/** Lookups of known places and organisations over token ranges (gazetteer and lexicon). */
import { BoundedMemo } from './BoundedMemo.ts';
import { slug } from './keys.ts';
import { lexicon, type OrgInfo, type PlaceInfo } from './Lexicon.ts';
import type { Token } from './Tokens.ts';

export function joined(text: string, tokens: readonly Token[], a: number, b: number): string {
  const first = tokens[a];
  const last = tokens[b];
  return first && last ? text.slice(first.start, last.end) : '';
}

const SHOUTED_WORDS = /^[A-Z .-]+$/;
const WORD_INITIAL = /(^|[\s-])\p{L}/gu;
const TRAILING_MARKS = /[.,’']+$/;

/** Whether a word can open a known name, by its text alone; memoised, as the same words recur. */
const startsByWord = new BoundedMemo((text: string): boolean => {
  const lx = lexicon();
  const lower = text.toLowerCase();
  const head = lower.replace(TRAILING_MARKS, '').split('-')[0] ?? '';
  return lx.nameStarts.has(head) || lx.nameStarts.has(lower) || SHOUTED_WORDS.test(text);
});

function mayStartName(t: Token): boolean {
  return startsByWord.get(t.text);
}

/** A known name found at a token range: its last token and what it names. */
export interface KnownName {
  last: number;
  place: PlaceInfo | null;
  org: OrgInfo | null;
}

/**
 * Answers of longestKnown per article (its token array, which no stage changes) by range: the
 * classifier, the title reader and the context refiner ask about the same ranges again (about
 * 240 questions on 110 ranges in a gold article), and each answer builds and looks up several
 * candidate names. A memo of a pure function, weakly keyed: it goes with the article's tokens.
 */
const answersByArticle = new WeakMap<readonly Token[], Map<number, KnownName | null>>();

/** Longest gazetteer/lexicon entry starting at token a within [a, limit]; returns its last token index. */
export function longestKnown(text: string, tokens: readonly Token[], a: number, limit: number): KnownName | null {
  const first = tokens[a];
  if (!first) return null;
  const span = lexicon().maxNameTokens + 2;
  // Names longer than the longest known one are never tried, so a farther limit asks the same question.
  const reach = Math.min(limit, a + span) - a;
  if (reach < 0) return null;
  let answers = answersByArticle.get(tokens);
  if (answers === undefined) {
    answers = new Map();
    answersByArticle.set(tokens, answers);
  }
  const key = a * (span + 1) + reach;
  let known = answers.get(key);
  if (known === undefined) {
    // Most words start no known name: answered without building candidate strings.
    known = mayStartName(first) ? findKnown(text, tokens, a, a + reach) : null;
    answers.set(key, known);
  }
  return known;
}

function findKnown(text: string, tokens: readonly Token[], a: number, limit: number): KnownName | null {
  const lx = lexicon();
  for (let b = limit; b >= a; b--) {
    let s = joined(text, tokens, a, b);
    // Datelines shout ("MOSCOW —"): an all-capitals word that is a known place in title case is that place.
    if (s.length > 4 && SHOUTED_WORDS.test(s) && !lx.orgs.has(s)) s = s.toLowerCase().replace(WORD_INITIAL, (c) => c.toUpperCase());
    const place = (b === a && lx.demonyms.has(s.toLowerCase()) ? null : lx.places.get(s)) ?? null;
    const org = lx.orgs.get(s) ?? (b > a ? lx.orgsBySlug.get(slug(s)) : undefined) ?? null;
    if (place || org) return { last: b, place, org };
  }
  return null;
}
