/**
 * Keeps reported speech from bridging two statements. Single linkage would merge two families
 * whenever one indirect quote sums up both ("he warned of X and said Y"), so each indirect
 * quote keeps only its strongest link to a direct rendering, and a link between two indirect
 * quotes is kept only when one of them has no direct link of its own (it is how a paraphrase
 * reaches a family through another outlet's paraphrase).
 */
import { isDirect, type PreparedQuote } from './PreparedQuote.ts';
import type { QuoteLink } from './QuoteRelationClassifier.ts';

export function refineLinks(links: readonly QuoteLink[], quotes: readonly PreparedQuote[]): QuoteLink[] {
  const best = new Map<number, QuoteLink>();
  for (const link of links) {
    const a = quotes[link.a]!;
    const b = quotes[link.b]!;
    if (isDirect(a) === isDirect(b)) continue;
    const indirect = isDirect(a) ? b.ref : a.ref;
    const current = best.get(indirect);
    if (!current || link.score > current.score) best.set(indirect, link);
  }
  return links.filter((link) => {
    const a = quotes[link.a]!;
    const b = quotes[link.b]!;
    if (isDirect(a) && isDirect(b)) return true;
    if (isDirect(a) !== isDirect(b)) return best.get(isDirect(a) ? b.ref : a.ref) === link;
    return !best.has(a.ref) || !best.has(b.ref);
  });
}
