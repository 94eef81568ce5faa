import type { StoryCluster, StoryMembership } from '../model/records.ts';

import type { PackedVector } from './sparse.ts';
import type { VocabularyState } from './Vocabulary.ts';

/** Sparse term vector: interned term id → weight (see Vocabulary). */
export type SparseVector = Map<number, number>;
/** A vector as JSON: [term id, weight] pairs. */
export type TermWeights = [number, number][];

/** Tunable thresholds of the clusterer (the rest of the sizes are in constants.ts). */
export interface ClustererOptions {
  /** Cosine (after time decay) an article needs with a story centroid to join it. */
  joinThreshold: number;
  /** Cosine between two story centroids at which maintenance merges them. */
  mergeThreshold: number;
  /**
   * The merge threshold rises by this much per doubling of the smaller story's size (in
   * independent articles): absorbing a fragment takes less evidence than fusing two
   * established stories.
   */
  mergeSizePenalty: number;
  /**
   * A merge also needs the smaller story's members to resemble the other story at least this
   * fraction as much as their own (leave-one-out; see StoryMaintainer). 0 disables the check.
   */
  mergeSupport: number;
  /** A story splits in two when its two halves' centroids are below this cosine. 0 disables splitting. */
  splitThreshold: number;
  /**
   * Average linkage (mean cosine over their stories' pairs, less the largest single-term share:
   * see Storylines) at which two storylines (shared central entities and topic) become one.
   */
  storylineThreshold: number;
  /**
   * How much of a term's weight a story's storyline signature gives up in proportion to how
   * often the term is written as a name (0 = names count in full, 1 = a word always written as
   * a name counts nothing; entity keys count as names). Event-type words ("rehab",
   * "earthquake", "extradited") then carry the thread over the actors that tell two
   * same-type events apart (see Storylines and Vocabulary.nameShare).
   */
  storylineNameDiscount: number;
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
  terms: TermWeights;
  /** Sublinear term frequencies aligned with `terms` (see Member.tf); absent in older snapshots. */
  tf?: number[];
  membership: StoryMembership;
}

/**
 * A member of an in-memory story, in memory: its vector packed in typed arrays, or null for a
 * copy (no independent evidence) or an old member of a big story whose vector was folded
 * into the story's `base` (see ActiveStory: only the newest MEMBER_VECTORS are kept apart).
 */
export interface Member {
  article: string;
  day: number | null;
  vector: PackedVector | null;
  /**
   * Sublinear term frequencies (1 + log count) of the vector's terms, aligned with
   * `vector.ids`: the closing pass re-weighs the vector with the IDF learned since it was
   * made. Null or absent when the vector is (or for older snapshots).
   */
  tf?: Float32Array | null;
  /** Not a copy: counts as independent coverage. */
  independent: boolean;
  membership: StoryMembership;
}

/** An in-memory story (JSON form). */
export interface ActiveStoryState {
  key: number;
  members: MemberState[];
  centroid: TermWeights;
  line: number;
  lastSeq: number;
  /** What this story last added to its storyline's centroid (replaced when the story changes). */
  contribution: TermWeights;
  /** Sum of the folded members' vectors (members beyond MEMBER_VECTORS); absent when none. */
  base?: TermWeights;
}

/** A story that left the in-memory window: kept as its final cluster, no longer a join candidate. */
export interface ArchivedStoryState {
  /** The story's internal key (so re-ingested members find it after a restart). */
  key?: number;
  cluster: StoryCluster;
  line: number;
  from: number | null;
  to: number | null;
}

/** What storylines need of an archived story whose membership a store keeps (`compactArchive`). */
export interface ArchivedStorySignature {
  key: number;
  id: string;
  line: number;
  /** The story's first day (orders a storyline's stories). */
  from: number | null;
}

export interface StorylineState {
  key: number;
  terms: TermWeights;
  lastDay: number | null;
  /** The line's earliest story so far (its id names the line). */
  first: { day: number | null; story: string } | null;
  linkable: boolean;
  /** Stories whose contribution is in `terms` (absent in older snapshots: 1 when it has terms). */
  count?: number;
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
  vocabulary: VocabularyState;
  active: ActiveStoryState[];
  archived: ArchivedStoryState[];
  /** With `compactArchive`: archived stories as signatures only (then `archived` is empty). */
  archivedSignatures?: ArchivedStorySignature[];
  storylines: StorylineState[];
  /** Storylines merged into others: [old key, surviving key] (archived stories may name old keys). */
  lineAliases?: [number, number][];
  /** Stories changed since the last maintenance. */
  touched: number[];
  exact: [string, string][];
  near: DuplicateEntryState[];
}
