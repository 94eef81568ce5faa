/**
 * A story in the in-memory window: its members, a capped centroid and its time span.
 *
 * Members keep their vectors (packed in typed arrays) so merges, splits and reassignment can
 * rebuild the story; a big story keeps only its newest MEMBER_VECTORS apart and folds older
 * ones into `base` (their capped sum), so a story that runs for weeks costs a bounded amount
 * of memory and its rebuilds a bounded amount of time.
 */
import type { StoryCluster } from '../model/records.ts';
import { CENTROID_TERMS, DECAY_DAYS, GRACE_DAYS, INDEX_TERMS, MEMBER_VECTORS, REBUILD_LIMIT } from './constants.ts';
import { addInto, addPackedInto, norm, pack, prune, topEntries, unpack } from './sparse.ts';
import type { ActiveStoryState, Member, MemberState, SparseVector, TermWeights } from './types.ts';

export class ActiveStory {
  readonly key: number;
  members: Member[] = [];
  centroid: SparseVector = new Map();
  /** Capped sum of the vectors folded out of members (see the header). */
  base: SparseVector = new Map();
  from: number | null = null;
  to: number | null = null;
  line: number;
  lastSeq = 0;
  contribution: TermWeights = [];
  /** Members that are not copies. */
  independent = 0;
  private vectors = 0;
  private foldCursor = 0;
  private first: Member | null = null;
  private cachedNorm: number | null = null;

  constructor(key: number, line: number) {
    this.key = key;
    this.line = line;
  }

  add(member: Member, seq: number): void {
    this.members.push(member);
    this.count(member);
    if (member.vector !== null && member.vector.ids.length > 0) {
      addPackedInto(this.centroid, member.vector);
      // Amortised cap: prune to CENTROID_TERMS once it has doubled.
      if (this.centroid.size > 2 * CENTROID_TERMS) prune(this.centroid, CENTROID_TERMS);
      this.cachedNorm = null;
    }
    this.lastSeq = Math.max(this.lastSeq, seq);
    this.foldExcess();
  }

  /**
   * Takes over another story's members (a merge). Small stories are rebuilt from their
   * members; beyond REBUILD_LIMIT kept vectors the centroid becomes the (capped) sum of the
   * two centroids, so a merge into a big story costs the same whatever its size.
   */
  absorb(gone: ActiveStory): void {
    const small = this.vectors + gone.vectors <= REBUILD_LIMIT;
    for (const member of gone.members) {
      this.members.push(member);
      if (!small) this.count(member);
    }
    addInto(this.base, gone.base);
    if (this.base.size > 2 * CENTROID_TERMS) prune(this.base, CENTROID_TERMS);
    this.lastSeq = Math.max(this.lastSeq, gone.lastSeq);
    if (small) return this.rebuild();
    addInto(this.centroid, gone.centroid);
    if (this.centroid.size > 2 * CENTROID_TERMS) prune(this.centroid, CENTROID_TERMS);
    this.cachedNorm = null;
    this.foldCursor = 0;
    this.foldExcess();
  }

  /** Rebuilds centroid and span from the members and the folded base (after a split or reassignment). */
  rebuild(): void {
    const members = this.members;
    this.members = [];
    this.centroid = new Map(this.base);
    this.from = this.to = null;
    this.independent = this.vectors = this.foldCursor = 0;
    this.first = null;
    const seq = this.lastSeq;
    for (const member of members) this.add(member, seq);
    this.cachedNorm = null;
  }

  /** Whether some members' vectors were folded into the base (they can no longer be moved one by one). */
  get folded(): boolean {
    return this.base.size > 0;
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
    return `s-${this.first!.article}`;
  }

  /** The earliest member's date and the story id, to order stories within a storyline. */
  firstKey(): [number, string] {
    const first = this.first!;
    return [first.day ?? Number.POSITIVE_INFINITY, `s-${first.article}`];
  }

  toCluster(): StoryCluster {
    const members = [...this.members].sort(byDateThenId);
    return { id: this.id(), articles: members.map((m) => m.article), members: members.map((m) => ({ ...m.membership })) };
  }

  toJSON(): ActiveStoryState {
    const state: ActiveStoryState = {
      key: this.key,
      members: this.members.map(memberToJSON),
      centroid: [...this.centroid],
      line: this.line,
      lastSeq: this.lastSeq,
      contribution: this.contribution,
    };
    if (this.base.size > 0) state.base = [...this.base];
    return state;
  }

  static fromJSON(state: ActiveStoryState): ActiveStory {
    const story = new ActiveStory(state.key, state.line);
    story.base = new Map(state.base ?? []);
    for (const member of state.members) story.add(memberFromJSON(member), state.lastSeq);
    story.centroid = new Map(state.centroid);
    story.contribution = state.contribution;
    story.lastSeq = state.lastSeq;
    return story;
  }

  private count(member: Member): void {
    if (member.independent) this.independent++;
    if (member.vector !== null) this.vectors++;
    if (member.day !== null) {
      this.from = this.from === null ? member.day : Math.min(this.from, member.day);
      this.to = this.to === null ? member.day : Math.max(this.to, member.day);
    }
    if (this.first === null || byDateThenId(member, this.first) < 0) this.first = member;
  }

  /** Folds the oldest kept vectors into the base until at most MEMBER_VECTORS remain. */
  private foldExcess(): void {
    while (this.vectors > MEMBER_VECTORS && this.foldCursor < this.members.length) {
      const member = this.members[this.foldCursor++]!;
      if (member.vector === null) continue;
      addPackedInto(this.base, member.vector);
      if (this.base.size > 2 * CENTROID_TERMS) prune(this.base, CENTROID_TERMS);
      member.vector = null;
      member.tf = null;
      this.vectors--;
    }
  }
}

export function memberFromJSON(state: MemberState): Member {
  return {
    article: state.article,
    day: state.day,
    vector: state.terms.length > 0 ? pack(state.terms) : null,
    tf: state.tf && state.tf.length === state.terms.length ? Float32Array.from(state.tf) : null,
    independent: state.membership.duplicateOf === null,
    membership: state.membership,
  };
}

function memberToJSON(member: Member): MemberState {
  const state: MemberState = { article: member.article, day: member.day, terms: member.vector ? unpack(member.vector) : [], membership: member.membership };
  if (member.vector && member.tf) state.tf = Array.from(member.tf);
  return state;
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

export function byDateThenId(a: { day: number | null; article: string }, b: { day: number | null; article: string }): number {
  const da = a.day ?? Number.POSITIVE_INFINITY;
  const db = b.day ?? Number.POSITIVE_INFINITY;
  return da - db || (a.article < b.article ? -1 : a.article > b.article ? 1 : 0);
}
