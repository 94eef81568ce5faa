/**
 * A story in the in-memory window: its members (with their top terms, so merges and
 * splits can rebuild it), a capped centroid and its time span.
 */
import type { StoryCluster } from '../model/records.ts';
import { CENTROID_TERMS, DECAY_DAYS, GRACE_DAYS, INDEX_TERMS } from './constants.ts';
import { addInto, norm, prune, topEntries } from './sparse.ts';
import type { ActiveStoryState, MemberState, SparseVector, TermWeights } from './types.ts';

export class ActiveStory {
  readonly key: number;
  members: MemberState[] = [];
  centroid: SparseVector = new Map();
  from: number | null = null;
  to: number | null = null;
  line: number;
  lastSeq = 0;
  contribution: TermWeights = [];
  private cachedNorm: number | null = null;

  constructor(key: number, line: number) {
    this.key = key;
    this.line = line;
  }

  add(member: MemberState, seq: number): void {
    this.members.push(member);
    if (member.terms.length > 0) {
      addInto(this.centroid, member.terms);
      // Amortised cap: prune to CENTROID_TERMS once it has doubled.
      if (this.centroid.size > 2 * CENTROID_TERMS) prune(this.centroid, CENTROID_TERMS);
      this.cachedNorm = null;
    }
    if (member.day !== null) {
      this.from = this.from === null ? member.day : Math.min(this.from, member.day);
      this.to = this.to === null ? member.day : Math.max(this.to, member.day);
    }
    this.lastSeq = Math.max(this.lastSeq, seq);
  }

  /** Rebuilds centroid and span from the members (after a merge or split). */
  rebuild(): void {
    const members = this.members;
    this.members = [];
    this.centroid = new Map();
    this.from = this.to = null;
    const seq = this.lastSeq;
    for (const member of members) this.add(member, seq);
    this.cachedNorm = null;
  }

  get norm(): number {
    if (this.cachedNorm === null) this.cachedNorm = norm(this.centroid);
    return this.cachedNorm;
  }

  indexTerms(): number[] {
    return topEntries(this.centroid, INDEX_TERMS).map(([t]) => t);
  }

  /** Stable id: `s-` + the earliest member (by publication date, then id). */
  id(): string {
    return `s-${earliest(this.members).article}`;
  }

  /** The earliest member's date and the story id, to order stories within a storyline. */
  firstKey(): [number, string] {
    const first = earliest(this.members);
    return [first.day ?? Number.POSITIVE_INFINITY, `s-${first.article}`];
  }

  toCluster(): StoryCluster {
    const members = [...this.members].sort(byDateThenId);
    return { id: this.id(), articles: members.map((m) => m.article), members: members.map((m) => ({ ...m.membership })) };
  }

  toJSON(): ActiveStoryState {
    return {
      key: this.key,
      members: this.members,
      centroid: [...this.centroid],
      line: this.line,
      lastSeq: this.lastSeq,
      contribution: this.contribution,
    };
  }

  static fromJSON(state: ActiveStoryState): ActiveStory {
    const story = new ActiveStory(state.key, state.line);
    for (const member of state.members) story.add(member, state.lastSeq);
    story.centroid = new Map(state.centroid);
    story.contribution = state.contribution;
    story.lastSeq = state.lastSeq;
    return story;
  }
}

/** Time decay of a similarity across a gap in days. */
export function decay(gap: number): number {
  return gap <= GRACE_DAYS ? 1 : Math.exp(-(gap - GRACE_DAYS) / DECAY_DAYS);
}

/** Gap in days between two spans (0 when overlapping or either is undated). */
export function spanGap(a: { from: number | null; to: number | null }, b: { from: number | null; to: number | null }): number {
  if (a.from === null || a.to === null || b.from === null || b.to === null) return 0;
  return Math.max(0, a.from - b.to, b.from - a.to);
}

export function byDateThenId(a: MemberState, b: MemberState): number {
  const da = a.day ?? Number.POSITIVE_INFINITY;
  const db = b.day ?? Number.POSITIVE_INFINITY;
  return da - db || (a.article < b.article ? -1 : a.article > b.article ? 1 : 0);
}

function earliest(members: readonly MemberState[]): MemberState {
  let best = members[0]!;
  for (const m of members) if (byDateThenId(m, best) < 0) best = m;
  return best;
}
