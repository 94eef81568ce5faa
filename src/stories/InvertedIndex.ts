import { MAX_POSTINGS_SCANNED } from './constants.ts';

/** Module-local copy (imported bindings cost a getter call per read under tsx). */
const MAX_SCANNED = MAX_POSTINGS_SCANNED;

/**
 * Term → keys posting lists, for candidate retrieval: an article is compared only with the
 * stories (or storylines) that share one of its most telling terms, never with all of them.
 */
export class InvertedIndex {
  private readonly postings = new Map<number, Set<number>>();
  private readonly posted = new Map<number, readonly number[]>();
  /**
   * Hit counts of one query, reused between queries (the hot path allocates nothing it can
   * avoid): an open-addressing table key → count whose slots are valid only when stamped with
   * the current query's number, so it never needs clearing.
   */
  private hitKeys = new Float64Array(4096);
  private hitCounts = new Int32Array(4096);
  private hitStamps = new Int32Array(4096);
  private hitOrder = new Int32Array(4096);
  private stamp = 0;

  /** Replaces the terms posted for `key`. */
  post(key: number, terms: readonly number[]): void {
    // Term lists are short (a story's top terms): linear `includes` beats building sets.
    const old = this.posted.get(key);
    if (old) for (const term of old) if (!terms.includes(term)) this.unpostTerm(term, key);
    for (const term of terms) {
      if (old?.includes(term)) continue; // still posted
      let set = this.postings.get(term);
      if (!set) this.postings.set(term, (set = new Set()));
      set.add(key);
    }
    this.posted.set(key, terms);
  }

  remove(key: number): void {
    for (const term of this.posted.get(key) ?? []) this.unpostTerm(term, key);
    this.posted.delete(key);
  }

  /** Keys sharing the most query terms, best first (ties by key, so the result is deterministic). */
  candidates(terms: readonly number[], max: number, exclude?: number): number[] {
    const capacity = 2 * terms.length * MAX_SCANNED;
    if (this.hitKeys.length < capacity) this.resizeHits(capacity);
    const { hitKeys, hitCounts, hitStamps, hitOrder } = this;
    const mask = hitKeys.length - 1;
    if (this.stamp === 0x7fffffff) this.resizeHits(this.hitKeys.length);
    const stamp = ++this.stamp;
    let hits = 0;
    for (const term of terms) {
      const keys = this.postings.get(term);
      // A term posted by very many stories does not discriminate, and scanning it would cost O(stories).
      if (!keys || keys.size > MAX_SCANNED) continue;
      for (const key of keys) {
        if (key === exclude) continue;
        let slot = Math.imul(key | 0, 0x9e3779b1) & mask;
        while (hitStamps[slot] === stamp && hitKeys[slot] !== key) slot = (slot + 1) & mask;
        if (hitStamps[slot] === stamp) hitCounts[slot]! += 1;
        else {
          hitStamps[slot] = stamp;
          hitKeys[slot] = key;
          hitCounts[slot] = 1;
          hitOrder[hits++] = slot;
        }
      }
    }
    // Counting sort by hit count (at most terms.length buckets), keys ascending within a count.
    const buckets: number[][] = [];
    for (let i = 0; i < hits; i++) (buckets[hitCounts[hitOrder[i]!]!] ??= []).push(hitKeys[hitOrder[i]!]!);
    const out: number[] = [];
    for (let count = buckets.length - 1; count > 0 && out.length < max; count--) {
      const bucket = buckets[count];
      if (!bucket) continue;
      bucket.sort((a, b) => a - b);
      for (const key of bucket) {
        out.push(key);
        if (out.length >= max) break;
      }
    }
    return out;
  }

  private resizeHits(capacity: number): void {
    let size = 4096;
    while (size < capacity) size *= 2;
    this.hitKeys = new Float64Array(size);
    this.hitCounts = new Int32Array(size);
    this.hitStamps = new Int32Array(size);
    this.hitOrder = new Int32Array(size);
    this.stamp = 0;
  }

  private unpostTerm(term: number, key: number): void {
    const set = this.postings.get(term);
    if (!set) return;
    set.delete(key);
    if (set.size === 0) this.postings.delete(term);
  }
}
