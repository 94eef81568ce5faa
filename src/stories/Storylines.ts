/**
 * Storylines: stories that continue one thread over weeks or months. Each story starts in
 * its own storyline; at maintenance a story that is still alone in its line looks for an
 * existing line (via an inverted index over line centroids, up to STORYLINE_WINDOW_DAYS
 * back, far beyond the story window) whose centroid it resembles above the storyline
 * threshold, and moves there. A line's centroid is the sum of its stories' unit centroids,
 * so central entities and topic terms shared by several stories dominate it.
 */
import { INDEX_TERMS, LINK_QUERY_TERMS, STORYLINE_TERMS, STORYLINE_WINDOW_DAYS } from './constants.ts';
import type { ActiveStory } from './ActiveStory.ts';
import { InvertedIndex } from './InvertedIndex.ts';
import { addInto, dotPacked, leadingIds, norm, pack, type PackedVector, packedToMap, normPacked, topEntries, unpack } from './sparse.ts';
import type { StorylineState, SparseVector } from './types.ts';

interface Line {
  key: number;
  /** Centroid, strongest terms first, packed (lines live for months: typed arrays keep them cheap). */
  terms: PackedVector;
  norm: number;
  lastDay: number | null;
  first: { day: number | null; story: string } | null;
  /** Whether the line is a link target: it holds a story with 2+ independent articles. */
  linkable: boolean;
}

export class Storylines {
  readonly lines = new Map<number, Line>();
  private readonly index = new InvertedIndex();

  constructor(states: readonly StorylineState[] = []) {
    for (const state of states) {
      const terms = pack(topEntries(state.terms, STORYLINE_TERMS));
      this.put({ key: state.key, terms, norm: normPacked(terms), lastDay: state.lastDay, first: state.first, linkable: state.linkable });
    }
  }

  create(key: number): void {
    this.put({ key, terms: EMPTY, norm: 0, lastDay: null, first: null, linkable: false });
  }

  /** Replaces the story's contribution to its line's centroid with its current centroid. */
  refresh(story: ActiveStory): void {
    const line = this.lines.get(story.line);
    if (!line) return;
    const terms = packedToMap(line.terms);
    addInto(terms, story.contribution, -1);
    const n = story.norm;
    story.contribution = n > 0 ? topEntries(story.centroid, STORYLINE_TERMS).map(([t, w]) => [t, w / n]) : [];
    addInto(terms, story.contribution);
    setTerms(line, terms);
    const [day, id] = story.firstKey();
    if (line.first === null || day < (line.first.day ?? Infinity) || (day === (line.first.day ?? Infinity) && id < line.first.story)) {
      line.first = { day: Number.isFinite(day) ? day : null, story: id };
    }
    // One article is too thin to be continued: such lines can join others but are not targets.
    if (story.independent >= 2) line.linkable = true;
    if (story.to !== null) line.lastDay = line.lastDay === null ? story.to : Math.max(line.lastDay, story.to);
    this.put(line);
  }

  /** Removes a story's contribution (it merged into another story). */
  withdraw(story: ActiveStory): void {
    const line = this.lines.get(story.line);
    if (!line) return;
    const terms = packedToMap(line.terms);
    addInto(terms, story.contribution, -1);
    setTerms(line, terms);
    story.contribution = [];
    this.put(line);
  }

  /** Moves a story that is alone in its line into the best matching line, if any. */
  link(story: ActiveStory, threshold: number, lineSize: (line: number) => number, always = false): void {
    if (lineSize(story.line) > 1 || story.contribution.length === 0) return;
    // Retried as the story doubles in size (1, 2, 4, 8… members), not on every touch: its
    // centroid only changes materially then, and the line index spans months of stories.
    // `always` (a full maintenance: `maintain()`, `refine()`) retries every story.
    const size = story.members.length;
    if (!always && (size & (size - 1)) !== 0) return;
    const query = story.contribution.slice(0, LINK_QUERY_TERMS).map(([t]) => t);
    const own: SparseVector = new Map(story.contribution);
    const ownNorm = norm(own);
    let best: { key: number; score: number } | null = null;
    for (const key of this.index.candidates(query, 8, story.line)) {
      const line = this.lines.get(key)!;
      if (story.from !== null && line.lastDay !== null && story.from - line.lastDay > STORYLINE_WINDOW_DAYS) continue;
      const score = ownNorm > 0 && line.norm > 0 ? dotPacked(line.terms, own) / (ownNorm * line.norm) : 0;
      if (score >= threshold && (best === null || score > best.score)) best = { key, score };
    }
    if (best === null) return;
    this.withdraw(story);
    this.drop(story.line);
    story.line = best.key;
    this.refresh(story);
  }

  /** `l-` + the id of the line's earliest story (known once a story has refreshed it). */
  lineId(key: number, fallbackStory: string): string {
    return `l-${this.lines.get(key)?.first?.story ?? fallbackStory}`;
  }

  isLinkable(key: number): boolean {
    return this.lines.get(key)?.linkable === true;
  }

  drop(key: number): void {
    this.lines.delete(key);
    this.index.remove(key);
  }

  /** Forgets lines whose last story is older than the storyline window. */
  expire(latestDay: number | null, inUse: ReadonlySet<number>): number[] {
    if (latestDay === null) return [];
    const gone: number[] = [];
    for (const line of this.lines.values()) {
      if (inUse.has(line.key) || line.lastDay === null) continue;
      if (latestDay - line.lastDay > STORYLINE_WINDOW_DAYS) gone.push(line.key);
    }
    for (const key of gone) this.drop(key);
    return gone;
  }

  toJSON(): StorylineState[] {
    return [...this.lines.values()].map((l) => ({ key: l.key, terms: unpack(l.terms), lastDay: l.lastDay, first: l.first, linkable: l.linkable }));
  }

  private put(line: Line): void {
    this.lines.set(line.key, line);
    if (line.linkable) this.index.post(line.key, leadingIds(line.terms, INDEX_TERMS));
  }
}

const EMPTY: PackedVector = pack([]);

/** Stores a line centroid: positive terms only, the strongest STORYLINE_TERMS, packed. */
function setTerms(line: Line, terms: SparseVector): void {
  line.terms = pack(topEntries(terms, STORYLINE_TERMS).filter(([, w]) => w > 1e-9));
  line.norm = normPacked(line.terms);
}
