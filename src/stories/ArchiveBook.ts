/**
 * Stories that left the in-memory window. With `retain` (the default) each is kept as its
 * final `StoryCluster`, so `clustering()` and snapshots still list it; without, nothing is kept
 * (the store has it, via the clusterer's `onArchive`; the clusterer forgets its articles too),
 * so memory does not grow with the number of stories ever seen.
 */
import type { StoryMembership } from '../model/records.ts';
import type { ArchivedStoryState } from './types.ts';

export class ArchiveBook {
  private readonly full = new Map<number, ArchivedStoryState>();

  constructor(
    private readonly retain: boolean,
    states: readonly (ArchivedStoryState & { key?: number })[] = [],
  ) {
    let fallbackKey = -1;
    for (const state of states) this.full.set(state.key ?? fallbackKey--, state);
  }

  put(key: number, state: ArchivedStoryState): void {
    if (this.retain) this.full.set(key, state);
  }

  lookup(key: number, article: string): { story: string; line: number; membership: StoryMembership } {
    const full = this.full.get(key);
    if (!full) throw new Error(`stories: article ${article} points at unknown story key ${key}`);
    const membership = full.cluster.members.find((m) => m.article === article);
    return { story: full.cluster.id, line: full.line, membership: membership ? { ...membership } : blank(article) };
  }

  /** Article → story key for every retained archived member (to answer re-ingests). */
  *homes(): Iterable<[string, number]> {
    for (const [key, state] of this.full) for (const article of state.cluster.articles) yield [article, key];
  }

  *lines(): Iterable<number> {
    for (const state of this.full.values()) yield state.line;
  }

  entries(): ArchivedStoryState[] {
    return [...this.full.values()];
  }

  toJSON(): (ArchivedStoryState & { key: number })[] {
    return [...this.full].map(([key, state]) => ({ key, ...state }));
  }
}

function blank(article: string): StoryMembership {
  return { article, duplicateOf: null, sharedTerms: [], sharedEntities: [], similarity: 0 };
}
