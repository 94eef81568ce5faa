/**
 * Stories that left the in-memory window. Three ways to keep them:
 * - `full` (the default): each as its final `StoryCluster`, so `clustering()` and snapshots
 *   still list it with its members;
 * - `compact`: each as its signature (id, storyline key, first day), which is all storylines
 *   need; its final cluster is listed only by the session that archived it (a store writes it
 *   then, once), so the state stays the size of the window plus a few bytes per story;
 * - `none`: nothing (the store has it, via the clusterer's `onArchive`; the clusterer forgets
 *   its articles too), so memory does not grow with the number of stories ever seen.
 */
import type { StoryCluster, StoryMembership } from '../model/records.ts';
import type { ArchivedStorySignature, ArchivedStoryState } from './types.ts';

export type ArchiveMode = 'full' | 'compact' | 'none';

/** One archived story as `clustering()` lists it: its cluster when this archive still holds it. */
export interface ArchivedEntry {
  id: string;
  line: number;
  from: number | null;
  cluster: StoryCluster | null;
}

export class ArchiveBook {
  private readonly full = new Map<number, ArchivedStoryState>();
  private readonly signatures = new Map<number, ArchivedStorySignature>();

  constructor(
    private readonly mode: ArchiveMode,
    states: readonly (ArchivedStoryState & { key?: number })[] = [],
    signatures: readonly ArchivedStorySignature[] = [],
  ) {
    let fallbackKey = -1;
    for (const state of states) {
      const key = state.key ?? fallbackKey--;
      if (mode === 'compact') this.signatures.set(key, signatureOf(key, state));
      else this.full.set(key, state);
    }
    for (const signature of signatures) {
      // Full cluster lost with a compact state: keep at least what storylines need.
      if (mode !== 'none') this.signatures.set(signature.key, signature);
    }
  }

  put(key: number, state: ArchivedStoryState): void {
    // In compact mode the cluster is kept until this session ends (snapshots write only the signature).
    if (this.mode !== 'none') this.full.set(key, state);
  }

  lookup(key: number, article: string): { story: string; line: number; membership: StoryMembership } {
    const full = this.full.get(key);
    if (!full) throw new Error(`stories: article ${article} points at unknown story key ${key}`);
    const membership = full.cluster.members.find((m) => m.article === article);
    return { story: full.cluster.id, line: full.line, membership: membership ? { ...membership } : blank(article) };
  }

  /** Article → story key for every archived member held in full (to answer re-ingests). */
  *homes(): Iterable<[string, number]> {
    for (const [key, state] of this.full) for (const article of state.cluster.articles) yield [article, key];
  }

  *lines(): Iterable<number> {
    for (const state of this.full.values()) yield state.line;
    for (const signature of this.signatures.values()) yield signature.line;
  }

  entries(): ArchivedEntry[] {
    return [
      ...[...this.full.values()].map((s) => ({ id: s.cluster.id, line: s.line, from: s.from, cluster: s.cluster })),
      ...[...this.signatures.values()].map((s) => ({ id: s.id, line: s.line, from: s.from, cluster: null })),
    ];
  }

  toJSON(): (ArchivedStoryState & { key: number })[] {
    if (this.mode === 'compact') return [];
    return [...this.full].map(([key, state]) => ({ key, ...state }));
  }

  /** Compact mode: every archived story's signature, those archived this session included. */
  signaturesToJSON(): ArchivedStorySignature[] | undefined {
    if (this.mode !== 'compact') return undefined;
    const all = [...this.signatures.values(), ...[...this.full].map(([key, state]) => signatureOf(key, state))];
    return all.sort((a, b) => a.key - b.key);
  }
}

function signatureOf(key: number, state: ArchivedStoryState): ArchivedStorySignature {
  return { key, id: state.cluster.id, line: state.line, from: state.from };
}

function blank(article: string): StoryMembership {
  return { article, duplicateOf: null, sharedTerms: [], sharedEntities: [], similarity: 0 };
}
