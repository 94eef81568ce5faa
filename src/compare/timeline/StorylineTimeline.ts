/**
 * A storyline's timeline: every story's dated events, in order, with one event told by
 * several stories kept once. Story entries no longer carry actors, so the names in their
 * summaries (capitalised words past the first) stand in for them. Entries of one story are
 * never merged again: the story's own merge already decided they differ.
 */
import type { Story, TimelineEntry } from '../../model/records.ts';
import { EVENT_MIN_SHARED_NAMES, EVENT_SUMMARY_MIN_DICE } from '../constants.ts';
import { contentStems, dice, intersectionSize, stem } from '../words/ContentWords.ts';
import { compareEntries } from './TimelineMerger.ts';

interface StoryEntry {
  entry: TimelineEntry;
  stories: Set<string>;
  names: Set<string>;
  stems: Set<string>;
  summarySize: number;
}

/** Capitalised words after the first: a cheap stand-in for the event's actors and places. */
export function summaryNames(summary: string): Set<string> {
  const tokens = summary.match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? [];
  return new Set(tokens.slice(1).filter((t) => /^\p{Lu}/u.test(t)).map((t) => stem(t.toLowerCase().replace(/’/g, "'"))));
}

function sameStorylineEvent(a: StoryEntry, b: StoryEntry): boolean {
  if (a.entry.date !== b.entry.date || a.entry.granularity !== b.entry.granularity) return false;
  for (const s of b.stories) if (a.stories.has(s)) return false;
  return intersectionSize(a.names, b.names) >= EVENT_MIN_SHARED_NAMES || dice(a.stems, b.stems) >= EVENT_SUMMARY_MIN_DICE;
}

export function storylineTimeline(stories: readonly Story[]): TimelineEntry[] {
  const merged: StoryEntry[] = [];
  for (const story of stories) {
    for (const entry of story.timeline) {
      const candidate: StoryEntry = {
        entry: { ...entry, articles: [...entry.articles] },
        stories: new Set([story.id]),
        names: summaryNames(entry.summary),
        stems: new Set(contentStems(entry.summary)),
        summarySize: 0,
      };
      candidate.summarySize = candidate.stems.size;
      const target = merged.find((m) => sameStorylineEvent(m, candidate));
      if (!target) {
        merged.push(candidate);
        continue;
      }
      for (const a of entry.articles) if (!target.entry.articles.includes(a)) target.entry.articles.push(a);
      target.stories.add(story.id);
      for (const n of candidate.names) target.names.add(n);
      for (const s of candidate.stems) target.stems.add(s);
      if (candidate.summarySize > target.summarySize) {
        target.entry.summary = entry.summary;
        target.summarySize = candidate.summarySize;
      }
    }
  }
  return merged.map((m) => m.entry).sort(compareEntries);
}
