/**
 * Which articles count as one source when asking "does another outlet carry this?": an
 * article and its near-duplicates (a reprint is not a second report), and articles of the same
 * outlet (an update is not independent coverage).
 */
import type { AnalyzedArticle, StoryMembership } from '../../model/records.ts';
import { UnionFind } from '../quotes/UnionFind.ts';

/** Article id → source group number. */
export function sourceGroups(articles: readonly AnalyzedArticle[], members: readonly StoryMembership[]): Map<string, number> {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const groups = new UnionFind(articles.length);
  for (const m of members) {
    const a = index.get(m.article);
    const b = m.duplicateOf === null ? undefined : index.get(m.duplicateOf);
    if (a !== undefined && b !== undefined) groups.union(a, b);
  }
  const byOutlet = new Map<string, number>();
  articles.forEach((article, i) => {
    const outlet = article.outlet?.trim().toLowerCase();
    if (!outlet) return;
    const first = byOutlet.get(outlet);
    if (first === undefined) byOutlet.set(outlet, i);
    else groups.union(first, i);
  });
  return new Map(articles.map((a, i) => [a.id, groups.find(i)]));
}
