/** Lookups of known places and organisations over token ranges (gazetteer and lexicon). */
import { slug } from './keys.ts';
import { lexicon, type OrgInfo, type PlaceInfo } from './Lexicon.ts';
import type { Token } from './Tokens.ts';

export function joined(text: string, tokens: readonly Token[], a: number, b: number): string {
  const first = tokens[a];
  const last = tokens[b];
  return first && last ? text.slice(first.start, last.end) : '';
}

/** Longest gazetteer/lexicon entry starting at token a within [a, limit]; returns its last token index. */
export function longestKnown(text: string, tokens: readonly Token[], a: number, limit: number): { last: number; place: PlaceInfo | null; org: OrgInfo | null } | null {
  const lx = lexicon();
  const first = tokens[a];
  if (!first) return null;
  // Most words start no known name: answer without building candidate strings.
  const head = first.lower.replace(/[.,’']+$/, '').split('-')[0] ?? '';
  if (!lx.nameStarts.has(head) && !lx.nameStarts.has(first.lower) && !/^[A-Z .-]+$/.test(first.text)) return null;
  for (let b = Math.min(limit, a + lx.maxNameTokens + 2); b >= a; b--) {
    let s = joined(text, tokens, a, b);
    // Datelines shout ("MOSCOW —"): an all-capitals word that is a known place in title case is that place.
    if (s.length > 4 && /^[A-Z .-]+$/.test(s) && !lx.orgs.has(s)) s = s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
    const place = (b === a && lx.demonyms.has(s.toLowerCase()) ? null : lx.places.get(s)) ?? null;
    const org = lx.orgs.get(s) ?? (b > a ? lx.orgsBySlug.get(slug(s)) : undefined) ?? null;
    if (place || org) return { last: b, place, org };
  }
  return null;
}
