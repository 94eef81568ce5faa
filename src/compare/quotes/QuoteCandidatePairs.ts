/**
 * Cheap prefilter for quote pairs: only quotes from different articles that share at least
 * `PAIR_MIN_SHARED_STEMS` content stems are compared in full. Stems carried by a large share of
 * a big story's quotes are not used (they pair everything), which keeps a 200-article story
 * well under the all-pairs cost.
 */
import { PAIR_COMMON_STEM_MIN_QUOTES, PAIR_COMMON_STEM_SHARE, PAIR_MIN_SHARED_STEMS } from '../constants.ts';
import type { PreparedQuote } from './PreparedQuote.ts';

/** Candidate pairs `[a, b]` of refs with `a < b`, in ascending order. */
export function candidatePairs(quotes: readonly PreparedQuote[]): [number, number][] {
  const postings = new Map<string, number[]>();
  for (const q of quotes) {
    for (const s of q.stemSet) {
      const list = postings.get(s);
      if (list) list.push(q.ref);
      else postings.set(s, [q.ref]);
    }
  }
  const cutoff = quotes.length > PAIR_COMMON_STEM_MIN_QUOTES ? Math.max(2, Math.floor(quotes.length * PAIR_COMMON_STEM_SHARE)) : Infinity;
  const byRef = new Map(quotes.map((q) => [q.ref, q]));
  const pairs: [number, number][] = [];
  for (const q of quotes) {
    const counts = new Map<number, number>();
    for (const s of q.stemSet) {
      const list = postings.get(s)!;
      if (list.length > cutoff) continue;
      for (const other of list) if (other > q.ref) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    const partners = [...counts].filter(([other, n]) => n >= Math.min(PAIR_MIN_SHARED_STEMS, q.stemSet.size) && byRef.get(other)!.article !== q.article);
    partners.sort((x, y) => x[0] - y[0]);
    for (const [other] of partners) pairs.push([q.ref, other]);
  }
  return pairs;
}
