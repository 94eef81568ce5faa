/**
 * Stage 6, per storyline: its stories in time order, a title, and one timeline of every dated
 * event across them, each event once. `familiesAcrossStories` traces quote families over a
 * storyline's articles (the same relations as within a story).
 */
import type { AnalyzedArticle, QuoteFamily, Story, Storyline, StorylineCluster } from '../model/records.ts';
import type { Stage } from '../model/stage.ts';
import { compareTimes, publicationTime } from './PublicationTime.ts';
import { buildQuoteFamilies } from './quotes/QuoteFamilyBuilder.ts';
import { storylineTimeline } from './timeline/StorylineTimeline.ts';

/** Stories by start date (unknown last), then by id. */
function storiesInTimeOrder(stories: readonly Story[]): Story[] {
  return [...stories].sort(
    (a, b) => compareTimes(publicationTime(a.span.from), publicationTime(b.span.from)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export const compareStoryline: Stage<{ storyline: StorylineCluster; stories: readonly Story[] }, Storyline> = (input) => {
  const known = new Set(input.storyline.stories);
  const ordered = storiesInTimeOrder(input.stories.filter((s) => known.has(s.id)));
  // The title is that of the story with the most articles (the thread's main event); ties go to the earlier story.
  const main = ordered.reduce<Story | null>((best, s) => (best === null || s.articles.length > best.articles.length ? s : best), null);
  const missing = input.storyline.stories.filter((id) => !ordered.some((s) => s.id === id));
  return {
    id: input.storyline.id,
    title: main?.title ?? 'Untitled storyline',
    stories: [...ordered.map((s) => s.id), ...missing],
    timeline: storylineTimeline(ordered),
  };
};

/** Quote families over the articles of several stories (a storyline), in time order of their earliest member. */
export function familiesAcrossStories(stories: readonly Story[], articles: readonly AnalyzedArticle[]): QuoteFamily[] {
  const wanted = new Set(stories.flatMap((s) => s.articles));
  const members = articles
    .filter((a) => wanted.has(a.id))
    .sort((a, b) => compareTimes(publicationTime(a.publishedAt), publicationTime(b.publishedAt)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return buildQuoteFamilies(members, stories.flatMap((s) => s.members));
}
