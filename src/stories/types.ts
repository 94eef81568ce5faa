import type { StoryCluster, StoryMembership } from '../model/records.ts';

/** Sparse term vector: term → weight. Entity features are `@<entity key>`. */
export type SparseVector = Map<string, number>;

/** Tunable thresholds of the clusterer (the rest of the sizes are in constants.ts). */
export interface ClustererOptions {
  /** Cosine (after time decay) an article needs with a story centroid to join it. */
  joinThreshold: number;
  /** Cosine between two story centroids at which maintenance merges them. */
  mergeThreshold: number;
  /** A story splits in two when its two halves' centroids are below this cosine. 0 disables splitting. */
  splitThreshold: number;
  /** Cosine between a story and a storyline (shared central entities and topic) to link them. */
  storylineThreshold: number;
}

/** The clusterer's answer for one added article. */
export interface AddResult {
  story: string;
  storyline: string;
  membership: StoryMembership;
}

/** A member of an in-memory story: enough to rebuild centroids after merges and splits. */
export interface MemberState {
  article: string;
  /** Days since the epoch (fractional) or null when undated. */
  day: number | null;
  /** Top terms as [term, weight] pairs. Empty for duplicates (they add no independent evidence). */
  terms: [string, number][];
  membership: StoryMembership;
}

/** An in-memory story (JSON form). */
export interface ActiveStoryState {
  key: number;
  members: MemberState[];
  line: number;
  lastSeq: number;
}

/** A story that left the in-memory window: kept as its final cluster, no longer a join candidate. */
export interface ArchivedStoryState {
  cluster: StoryCluster;
  line: number;
  from: number | null;
  to: number | null;
}

export interface StorylineState {
  key: number;
  terms: [string, number][];
  lastDay: number | null;
}

export interface DuplicateEntryState {
  article: string;
  signature: number[];
}

/**
 * Everything the clusterer needs to resume: JSON-safe (the CLI saves it with the store's
 * `putState`). Archived stories are included so the summary survives restarts; a store
 * that persists them itself can drop `archived` (see `createClusterer`'s `retainArchived`).
 */
export interface ClustererState {
  version: 1;
  seq: number;
  nextKey: number;
  latestDay: number | null;
  learned: { documents: number; df: [string, number][] };
  active: ActiveStoryState[];
  archived: ArchivedStoryState[];
  storylines: StorylineState[];
  exact: [string, string][];
  near: DuplicateEntryState[];
}
