/**
 * Stage 6, per story: coverage and headlines, the first report, quote families with their
 * origin, what each outlet alone reports, the sentences outlets share, and the timeline.
 */
import { headlineFraming } from './story/HeadlineFraming.ts';
import type { AnalyzedArticle, OutletCoverage, QuoteFamily, Span, Story, StoryCluster } from '../model/records.ts';
import type { Stage } from '../model/stage.ts';
import { usageError } from '../model/errors.ts';
import { compareTimes, publicationTime } from './PublicationTime.ts';
import { buildQuoteFamilies } from './quotes/QuoteFamilyBuilder.ts';
import { sentenceOverlap } from './sentences/SentenceOverlap.ts';
import { firstReport } from './story/FirstReport.ts';
import { representativeTitle } from './story/StoryTitle.ts';
import { storyTimeline } from './timeline/StoryTimeline.ts';

export const compareStory: Stage<{ cluster: StoryCluster; articles: readonly AnalyzedArticle[] }, Story> = (input) => {
  const { cluster } = input;
  if (cluster.articles.length === 0) {
    throw usageError(`story ${cluster.id} has no articles`, 'compare only clusters produced by the stories stage, which never emits an empty story');
  }
  const byId = new Map(input.articles.map((a) => [a.id, a]));
  const present = cluster.articles.map((id) => byId.get(id)).filter((a): a is AnalyzedArticle => a !== undefined);
  const chronological = [...present].sort(
    (a, b) => compareTimes(publicationTime(a.publishedAt), publicationTime(b.publishedAt)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const quoteFamilies = buildQuoteFamilies(chronological, cluster.members);
  const { exclusive, shared } = sentenceOverlap(chronological, cluster.members, familyQuoteSpans(quoteFamilies, byId));
  const first = chronological.length > 0 ? firstReport(chronological, cluster.members, quoteFamilies, shared) : cluster.articles[0]!;
  const coverage: OutletCoverage[] = chronological.map((a) => ({ outlet: a.outlet, article: a.id, title: a.title, publishedAt: a.publishedAt }));
  const dates = chronological.map((a) => a.publishedAt).filter((d): d is string => d !== null);
  const byTime = [...dates].sort((a, b) => compareTimes(publicationTime(a), publicationTime(b)) || a.localeCompare(b));

  return {
    id: cluster.id,
    title: representativeTitle(chronological, first),
    articles: [...cluster.articles],
    firstReport: first,
    members: cluster.members.map((m) => ({ ...m, sharedTerms: [...m.sharedTerms], sharedEntities: [...m.sharedEntities] })),
    coverage,
    quoteFamilies,
    exclusive,
    shared,
    timeline: storyTimeline(chronological),
    framing: headlineFraming(cluster, chronological),
    span: { from: byTime[0] ?? null, to: byTime[byTime.length - 1] ?? null },
  };
};

/** Article id → spans of its quotes that are members of a family. */
function familyQuoteSpans(families: readonly QuoteFamily[], byId: ReadonlyMap<string, AnalyzedArticle>): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const family of families) {
    for (const member of family.members) {
      const span = byId.get(member.article)?.quotes[member.quote]?.span;
      if (!span) continue;
      const list = out.get(member.article) ?? [];
      list.push(span);
      out.set(member.article, list);
    }
  }
  return out;
}
