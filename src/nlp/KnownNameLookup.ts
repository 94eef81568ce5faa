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

/** Longest gazetteer/lexicon entry starting at token a within [a, limit]; returns its last token index. */
export function longestKnown(text: string, tokens: readonly Token[], a: number, limit: number): { last: number; place: PlaceInfo | null; org: OrgInfo | null } | null {
  const lx = lexicon();
  const first = tokens[a];
  if (!first) return null;
  // Most words start no known name: answer without building candidate strings.
  if (!mayStartName(first)) return null;
  for (let b = Math.min(limit, a + lx.maxNameTokens + 2); b >= a; b--) {
    let s = joined(text, tokens, a, b);
    // Datelines shout ("MOSCOW —"): an all-capitals word that is a known place in title case is that place.
    if (s.length > 4 && SHOUTED_WORDS.test(s) && !lx.orgs.has(s)) s = s.toLowerCase().replace(WORD_INITIAL, (c) => c.toUpperCase());
    const place = (b === a && lx.demonyms.has(s.toLowerCase()) ? null : lx.places.get(s)) ?? null;
    const org = lx.orgs.get(s) ?? (b > a ? lx.orgsBySlug.get(slug(s)) : undefined) ?? null;
    if (place || org) return { last: b, place, org };
  }
  return null;
}
