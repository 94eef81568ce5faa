/**
 * Storylines: stories that continue one thread over weeks or months. Each story starts in
 * its own storyline. At maintenance, the line of a touched story looks (via an inverted index
 * over line centroids, up to STORYLINE_WINDOW_DAYS back, far beyond the story window) for
 * another line it resembles above the storyline threshold, and the two lines become one:
 * agglomerative linking with average linkage, group to group (a thread found as two partial
 * threads is joined once the evidence is there, not only a story that is still alone).
 *
 * A line's centroid is the sum of its stories' unit centroids (their `contribution`), so
 * central entities and topic terms shared by several stories dominate it, and the average
 * cosine over all story pairs of two lines (UPGMA) is the dot product of the two sums
 * divided by the product of their story counts: no per-story state is kept in the line.
 * (The sums are capped at STORYLINE_TERMS terms, so this slightly underestimates it.)
 *
 * A story's contribution is its centroid's strongest terms, each weighed by `signatureWeight`
 * (the clusterer gives up part of a term's weight in proportion to how often the term is
 * written as a name): ECB+ pairs two same-type events per topic (two celebrities entering
 * rehab, two earthquakes), and names tell events apart while the event-type words carry
 * the topic. Swept with the threshold (see the results); the issue's example thread (one
 * interview, one meeting a year later, same actors) must still link.
 *
 * A line merged into another leaves an alias (old key → surviving key), so archived stories
 * that still name the old key find their line.
 */
import { INDEX_TERMS, LINK_QUERY_TERMS, STORYLINE_TERMS, STORYLINE_WINDOW_DAYS } from './constants.ts';
import type { ActiveStory } from './ActiveStory.ts';
import { InvertedIndex } from './InvertedIndex.ts';
import { addInto, addPackedInto, leadingIds, pack, type PackedVector, packedToMap, topCollector, topEntries, unpack } from './sparse.ts';
import type { StorylineState, SparseVector } from './types.ts';

interface Line {
  key: number;
  /** Centroid, strongest terms first, packed (lines live for months: typed arrays keep them cheap). */
  terms: PackedVector;
  /** Stories whose contribution is in `terms` (the divisor of the average linkage). */
  count: number;
  lastDay: number | null;
  first: { day: number | null; story: string } | null;
  /** Whether the line is a link target: it holds a story with 2+ independent articles. */
  linkable: boolean;
}

/** Two lines became one: `from` is gone, its stories belong to `into`. */
export interface LineMerge {
  from: number;
  into: number;
}

export class Storylines {
  readonly lines = new Map<number, Line>();
  private readonly index = new InvertedIndex();
  /** Keys of lines merged away → the line they went into (resolved with path compression). */
  private readonly aliases = new Map<number, number>();

  /**
   * @param signatureWeight multiplier of a term's weight in a story's contribution (see the
   *   header); none: the centroid as it is.
   */
  constructor(
    states: readonly StorylineState[] = [],
    aliases: readonly [number, number][] = [],
    private readonly signatureWeight?: (term: number) => number,
  ) {
    for (const state of states) {
      const terms = pack(topEntries(state.terms, STORYLINE_TERMS));
      // Snapshots from before `count` existed: a line with terms held at least one story.
      const count = state.count ?? (terms.ids.length > 0 ? 1 : 0);
      this.put({ key: state.key, terms, count, lastDay: state.lastDay, first: state.first, linkable: state.linkable });
    }
    for (const [from, into] of aliases) this.aliases.set(from, into);
  }

  create(key: number): void {
    this.put({ key, terms: EMPTY, count: 0, lastDay: null, first: null, linkable: false });
  }

  /** The line a (possibly merged-away) line key now stands for. */
  resolve(key: number): number {
    let target = key;
    for (let next = this.aliases.get(target); next !== undefined; next = this.aliases.get(target)) target = next;
    // Path compression: later look-ups of the same old key take one step.
    if (target !== key && this.aliases.get(key) !== target) this.aliases.set(key, target);
    return target;
  }

  /** Replaces the story's contribution to its line's centroid with its current centroid. */
  refresh(story: ActiveStory): void {
    const line = this.lines.get(story.line);
    if (!line) return;
    const terms = packedToMap(line.terms);
    if (story.contribution.length > 0) line.count--;
    addInto(terms, story.contribution, -1);
    // Unit length over the kept terms: the dot product of two contributions is their cosine.
    const top = this.signature(story.centroid);
    const n = Math.sqrt(top.reduce((sum, [, w]) => sum + w * w, 0));
    story.contribution = n > 0 ? top.map(([t, w]) => [t, w / n]) : [];
    addInto(terms, story.contribution);
    if (story.contribution.length > 0) line.count++;
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

  /** The story's strongest centroid terms, each weighed by `signatureWeight` (not yet unit length). */
  private signature(centroid: SparseVector): [number, number][] {
    const weight = this.signatureWeight;
    if (weight === undefined) return topEntries(centroid, STORYLINE_TERMS);
    const collector = topCollector();
    for (const [term, w] of centroid) collector.push(term, w * weight(term));
    return collector.top(STORYLINE_TERMS);
  }

  /** Removes a story's contribution (it merged into another story). */
  withdraw(story: ActiveStory): void {
    const line = this.lines.get(story.line);
    if (!line) return;
    const terms = packedToMap(line.terms);
    if (story.contribution.length > 0) line.count = Math.max(0, line.count - 1);
    addInto(terms, story.contribution, -1);
    setTerms(line, terms);
    story.contribution = [];
    this.put(line);
  }

  /**
   * Agglomerative linking, best pair first: the lines of the given stories (those touched since
   * the last maintenance) are each paired with their best other line (average linkage at or
   * above `threshold`); the best pair of all is merged first, and a line whose partner changed
   * meanwhile is re-scored before it can merge (lazy priority queue). The line with more
   * stories absorbs the other (ties: the older key). Returns the merges in order, so the
   * caller can move its stories.
   *
   * A story's line is looked at when the story is new and each time it doubles in size (1, 2,
   * 4, 8… members), not on every touch: its centroid, and so its line's, only changes
   * materially then, and the line index spans months of stories. `always` (a full
   * maintenance: `maintain()`, `refine()`) looks at every given story's line.
   */
  linkAll(stories: readonly ActiveStory[], threshold: number, always = false): LineMerge[] {
    const queue = new PairQueue();
    const seen = new Set<number>();
    for (const story of stories) {
      const size = story.members.length;
      if (story.contribution.length === 0 || seen.has(story.line) || (!always && (size & (size - 1)) !== 0)) continue;
      seen.add(story.line);
      this.offer(queue, story.line, threshold);
    }
    const merges: LineMerge[] = [];
    const version = new Map<number, number>();
    const stamp = (key: number) => version.get(key) ?? 0;
    for (let pair = queue.pop(); pair !== undefined; pair = queue.pop()) {
      const own = this.lines.get(pair.own);
      const other = this.lines.get(pair.other);
      if (!own) continue; // merged away: its stories now live in a line that was re-offered
      if (!other || stamp(pair.own) !== pair.ownStamp || stamp(pair.other) !== pair.otherStamp) {
        this.offer(queue, own.key, threshold, stamp);
        continue;
      }
      const [into, from] = other.count > own.count || (other.count === own.count && other.key < own.key) ? [other, own] : [own, other];
      this.merge(from, into);
      version.set(into.key, stamp(into.key) + 1);
      merges.push({ from: from.key, into: into.key });
      this.offer(queue, into.key, threshold, stamp);
    }
    return merges;
  }

  /** Queues the line's best partner (average linkage ≥ threshold), if any. */
  private offer(queue: PairQueue, key: number, threshold: number, stamp: (key: number) => number = () => 0): void {
    const own = this.lines.get(key);
    if (!own || own.count === 0) return;
    const ownTerms: SparseVector = packedToMap(own.terms);
    let best: { key: number; score: number } | null = null;
    for (const candidate of this.index.candidates(leadingIds(own.terms, LINK_QUERY_TERMS), 8, own.key)) {
      const line = this.lines.get(candidate)!;
      if (line.count === 0 || spanGap(own, line) > STORYLINE_WINDOW_DAYS) continue;
      const score = robustDot(line.terms, ownTerms) / (own.count * line.count);
      if (score >= threshold && (best === null || score > best.score || (score === best.score && candidate < best.key))) best = { key: candidate, score };
    }
    if (best) queue.push({ score: best.score, own: key, other: best.key, ownStamp: stamp(key), otherStamp: stamp(best.key) });
  }

  /** `l-` + the id of the line's earliest story (known once a story has refreshed it). */
  lineId(key: number, fallbackStory: string): string {
    return `l-${this.lines.get(this.resolve(key))?.first?.story ?? fallbackStory}`;
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
    return [...this.lines.values()].map((l) => ({ key: l.key, terms: unpack(l.terms), count: l.count, lastDay: l.lastDay, first: l.first, linkable: l.linkable }));
  }

  aliasesToJSON(): [number, number][] {
    return [...this.aliases].map(([from]) => [from, this.resolve(from)]);
  }

  private merge(from: Line, into: Line): void {
    const terms = packedToMap(into.terms);
    addPackedInto(terms, from.terms);
    setTerms(into, terms);
    into.count += from.count;
    if (from.first !== null && (into.first === null || (from.first.day ?? Infinity) < (into.first.day ?? Infinity) || ((from.first.day ?? Infinity) === (into.first.day ?? Infinity) && from.first.story < into.first.story))) {
      into.first = from.first;
    }
    if (from.lastDay !== null) into.lastDay = into.lastDay === null ? from.lastDay : Math.max(into.lastDay, from.lastDay);
    into.linkable ||= from.linkable;
    this.drop(from.key);
    this.aliases.set(from.key, into.key);
    this.put(into);
  }

  private put(line: Line): void {
    this.lines.set(line.key, line);
    if (line.linkable) this.index.post(line.key, leadingIds(line.terms, INDEX_TERMS));
  }
}

const EMPTY: PackedVector = pack([]);

interface Pair {
  score: number;
  own: number;
  other: number;
  ownStamp: number;
  otherStamp: number;
}

/** Max-heap of candidate line pairs: highest score first, ties by the lower keys (deterministic). */
class PairQueue {
  private readonly heap: Pair[] = [];

  push(pair: Pair): void {
    const heap = this.heap;
    heap.push(pair);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  pop(): Pair | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    heap[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
    return top;
  }
}

function before(a: Pair, b: Pair): boolean {
  return a.score > b.score || (a.score === b.score && (a.own < b.own || (a.own === b.own && a.other < b.other)));
}

/**
 * Dot product of a line centroid with another line's, less its largest single-term product:
 * a link must not hinge on one word. One shared word is how unrelated threads meet (a homonym,
 * a shared first name, a generic verb such as "arrested" in two headlines); a thread continues
 * through several (its actors, places and topic words together).
 */
function robustDot(a: PackedVector, b: SparseVector): number {
  let sum = 0;
  let top = 0;
  for (let i = 0; i < a.ids.length; i++) {
    const other = b.get(a.ids[i]!);
    if (other === undefined) continue;
    const product = a.weights[i]! * other;
    sum += product;
    if (product > top) top = product;
  }
  return sum - top;
}

/** Days between two lines' spans (0 when they overlap or either is undated). */
function spanGap(a: Line, b: Line): number {
  const aFrom = a.first?.day ?? null;
  const bFrom = b.first?.day ?? null;
  if (aFrom === null || bFrom === null || a.lastDay === null || b.lastDay === null) return 0;
  return Math.max(0, aFrom - b.lastDay, bFrom - a.lastDay);
}

/** Stores a line centroid: positive terms only, the strongest STORYLINE_TERMS, packed. */
function setTerms(line: Line, terms: SparseVector): void {
  line.terms = pack(topEntries(terms, STORYLINE_TERMS).filter(([, w]) => w > 1e-9));
}
