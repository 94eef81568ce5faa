/**
 * Groups the quotes of a set of articles into families: every rendering of one statement.
 *
 * 1. Every non-scare quote with enough content words is prepared (segments, content stems).
 * 2. Candidate pairs from shared content stems; each is classified (verbatim, excerpt,
 *    retranslation, paraphrase) or rejected; `QuoteLinkRefiner` stops reported speech from
 *    bridging two statements.
 * 3. Linked quotes form components (single linkage). A component is a family when it spans at
 *    least two sources (articles, counting a near-duplicate with its original and articles of
 *    one outlet as one source: a reprint is not a second rendering) and holds at least one
 *    direct rendering (the canonical text must be somebody's actual words; reported speech
 *    alone is too loose to trace).
 * 4. `QuoteFamilyAssembler` picks the earliest member, the canonical text, relations and origin.
 */
import type { AnalyzedArticle, QuoteFamily, StoryMembership } from '../../model/records.ts';
import { sourceGroups } from '../sentences/SourceGroups.ts';
import { assembleFamily, compareMembers } from './QuoteFamilyAssembler.ts';
import { candidatePairs } from './QuoteCandidatePairs.ts';
import { isDirect, prepareQuote, type PreparedQuote } from './PreparedQuote.ts';
import { classifyPair, isFamilyCandidate, type QuoteLink } from './QuoteRelationClassifier.ts';
import { refineLinks } from './QuoteLinkRefiner.ts';
import { UnionFind } from './UnionFind.ts';

/** Prepared family candidates of the articles, `ref` = position in the returned list. */
export function prepareQuotes(articles: readonly AnalyzedArticle[]): PreparedQuote[] {
  const out: PreparedQuote[] = [];
  articles.forEach((article, order) => {
    article.quotes.forEach((_, index) => {
      const q = prepareQuote(article, index, order, out.length);
      if (isFamilyCandidate(q)) out.push(q);
    });
  });
  return out;
}

/** The links between quotes of different articles that families are built from. */
export function linkQuotes(quotes: readonly PreparedQuote[]): QuoteLink[] {
  const links: QuoteLink[] = [];
  for (const [a, b] of candidatePairs(quotes)) {
    const link = classifyPair(quotes[a]!, quotes[b]!);
    if (link) links.push(link);
  }
  return refineLinks(links, quotes);
}

export function buildQuoteFamilies(articles: readonly AnalyzedArticle[], members: readonly StoryMembership[] = []): QuoteFamily[] {
  const sources = sourceGroups(articles, members);
  const quotes = prepareQuotes(articles);
  const links = linkQuotes(quotes);
  const components = new UnionFind(quotes.length);
  for (const link of links) components.union(link.a, link.b);
  const built: { family: QuoteFamily; earliest: PreparedQuote }[] = [];
  for (const group of components.groups(quotes.map((q) => q.ref))) {
    const renderings = group.map((ref) => quotes[ref]!);
    if (new Set(renderings.map((q) => sources.get(q.article))).size < 2 || !renderings.some(isDirect)) continue;
    const inside = new Set(group);
    built.push(assembleFamily(renderings, links.filter((l) => inside.has(l.a))));
  }
  built.sort((x, y) => compareMembers(x.earliest, y.earliest));
  return built.map((b) => b.family);
}
