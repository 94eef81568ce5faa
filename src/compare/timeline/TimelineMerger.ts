/**
 * Merges event candidates that report one event: same date value and granularity, and either
 * at least two shared actors, one shared actor with a compatible verb, for a day-precise date
 * the same verb when one side names no actor ("the two leaders met"), or summaries that share
 * most of their content words. The merged entry keeps the most informative summary (most
 * distinct content words; ties to the first seen) and every source article.
 */
import type { TimelineEntry } from '../../model/records.ts';
import { EVENT_SUMMARY_MIN_DICE } from '../constants.ts';
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

/** Merges candidates into timeline entries sorted by date (then granularity, then summary). */
export function mergeEvents(candidates: readonly EventCandidate[]): TimelineEntry[] {
  const merged: EventCandidate[] = [];
  const summarySize = new Map<EventCandidate, number>();
  for (const c of candidates) {
    const target = merged.find((m) => sameEvent(m, c));
    if (!target) {
      const copy = { ...c, articles: [...c.articles], actors: new Set(c.actors), verbs: new Set(c.verbs), stems: new Set(c.stems) };
      merged.push(copy);
      summarySize.set(copy, c.stems.size);
      continue;
    }
    for (const a of c.articles) if (!target.articles.includes(a)) target.articles.push(a);
    for (const actor of c.actors) target.actors.add(actor);
    for (const verb of c.verbs) target.verbs.add(verb);
    if (c.stems.size > summarySize.get(target)!) {
      target.summary = c.summary;
      summarySize.set(target, c.stems.size);
    }
    for (const s of c.stems) target.stems.add(s);
  }
  return merged
    .map((m) => ({ date: m.date, granularity: m.granularity, summary: m.summary, articles: m.articles }))
    .sort(compareEntries);
}

const GRANULARITY_ORDER = { year: 0, month: 1, week: 2, day: 3 } as const;

export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
    GRANULARITY_ORDER[a.granularity] - GRANULARITY_ORDER[b.granularity] ||
    a.summary.localeCompare(b.summary)
  );
}
