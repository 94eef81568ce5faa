/** A story's timeline: its articles' dated events, one entry per event with every source. */
import type { AnalyzedArticle, TimelineEntry } from '../../model/records.ts';
import { eventCandidates } from './EventCandidates.ts';
import { mergeEvents } from './TimelineMerger.ts';

export function storyTimeline(articles: readonly AnalyzedArticle[]): TimelineEntry[] {
  return mergeEvents(eventCandidates(articles));
}
