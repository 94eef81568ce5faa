/**
 * Merges event candidates that report one event: same date value and granularity, and either
 * at least two shared actors, one shared actor with a compatible verb, for a day-precise date
 * the same verb when one side names no actor ("the two leaders met"), or summaries that share
 * most of their content words. The merged entry keeps the most informative summary (most
 * distinct content words; ties to the first seen) and every source article.
 */
import type { TimelineEntry } from '../../model/records.ts';
import { EVENT_SUMMARY_MIN_DICE } from '../constants.ts';
import { UnionFind } from '../quotes/UnionFind.ts';
import { dice, intersectionSize } from '../words/ContentWords.ts';
import type { EventCandidate } from './EventCandidates.ts';

export function sameEvent(a: EventCandidate, b: EventCandidate): boolean {
  if (a.date !== b.date || a.granularity !== b.granularity) return false;
  const sharedActors = intersectionSize(a.actors, b.actors);
  const sameVerb = intersectionSize(a.verbs, b.verbs) > 0;
  const verbsAgree = a.verbs.size === 0 || b.verbs.size === 0 || sameVerb;
  if (sharedActors >= 2 || (sharedActors >= 1 && verbsAgree)) return true;
  if (a.granularity === 'day' && (a.actors.size === 0 || b.actors.size === 0) && sameVerb) return true;
  return dice(a.stems, b.stems) >= EVENT_SUMMARY_MIN_DICE;
}

/**
 * Merges candidates into timeline entries sorted by date (then granularity, then summary).
 * Candidates of one date are compared pairwise and merged transitively, so the result does not
 * depend on their order.
 */
export function mergeEvents(candidates: readonly EventCandidate[]): TimelineEntry[] {
  const byDate = new Map<string, EventCandidate[]>();
  for (const c of candidates) {
    const key = `${c.date}|${c.granularity}`;
    const list = byDate.get(key);
    if (list) list.push(c);
    else byDate.set(key, [c]);
  }
  const entries: TimelineEntry[] = [];
  for (const group of byDate.values()) {
    const sets = new UnionFind(group.length);
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) if (sameEvent(group[i]!, group[j]!)) sets.union(i, j);
    }
    for (const members of sets.groups(group.map((_, i) => i))) {
      const events = members.map((i) => group[i]!);
      const best = events.reduce((a, b) => (b.stems.size > a.stems.size ? b : a));
      const articles: string[] = [];
      for (const e of events) for (const a of e.articles) if (!articles.includes(a)) articles.push(a);
      entries.push({ date: best.date, granularity: best.granularity, summary: best.summary, articles });
    }
  }
  return entries.sort(compareEntries);
}

const GRANULARITY_ORDER = { year: 0, month: 1, week: 2, day: 3 } as const;

export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
    GRANULARITY_ORDER[a.granularity] - GRANULARITY_ORDER[b.granularity] ||
    a.summary.localeCompare(b.summary)
  );
}
