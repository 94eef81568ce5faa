/**
 * The first report of a story: the earliest publication. Publication dates are often bare days,
 * so ties are common; they go to the article the others copy from, in this order of evidence:
 * most near-duplicates pointing at it, most quote renderings traced back to it (the members of
 * the families whose origin it is), most of its sentences carried by other outlets; then the
 * smallest article id (stable across runs).
 */
import type { AnalyzedArticle, QuoteFamily, Span, StoryMembership } from '../../model/records.ts';
import { compareTimes, publicationTime } from '../PublicationTime.ts';

export function firstReport(
  ordered: readonly AnalyzedArticle[],
  members: readonly StoryMembership[],
  families: readonly QuoteFamily[],
  shared: readonly { article: string; spans: Span[] }[],
): string {
  const count = (values: readonly (string | null)[]): Map<string, number> => {
    const map = new Map<string, number>();
    for (const v of values) if (v !== null) map.set(v, (map.get(v) ?? 0) + 1);
    return map;
  };
  const duplicates = count(members.map((m) => m.duplicateOf));
  const origins = new Map<string, number>();
  for (const f of families) origins.set(f.origin.article, (origins.get(f.origin.article) ?? 0) + f.members.length);
  const sharedCount = new Map(shared.map((s) => [s.article, s.spans.length]));
  const ranked = ordered.map((a) => ({
    id: a.id,
    time: publicationTime(a.publishedAt),
    duplicates: duplicates.get(a.id) ?? 0,
    origins: origins.get(a.id) ?? 0,
    shared: sharedCount.get(a.id) ?? 0,
  }));
  ranked.sort(
    (a, b) =>
      compareTimes(a.time, b.time) ||
      b.duplicates - a.duplicates ||
      b.origins - a.origins ||
      b.shared - a.shared ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return ranked[0]!.id;
}
