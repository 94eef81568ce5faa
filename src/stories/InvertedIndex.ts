import { MAX_POSTINGS_SCANNED } from './constants.ts';

/**
 * Term → keys posting lists, for candidate retrieval: an article is compared only with the
 * stories (or storylines) that share one of its most telling terms, never with all of them.
 */
export class InvertedIndex {
  private readonly postings = new Map<number, Set<number>>();
  private readonly posted = new Map<number, readonly number[]>();
  /** Reused between queries (the hot path allocates nothing it can avoid). */
  private readonly hits = new Map<number, number>();

  /** Replaces the terms posted for `key`. */
  post(key: number, terms: readonly number[]): void {
    const old = this.posted.get(key);
    if (old) {
      const keep = new Set(terms);
      for (const term of old) if (!keep.has(term)) this.unpostTerm(term, key);
    }
    for (const term of terms) {
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
    const hits = this.hits;
    hits.clear();
    for (const term of terms) {
      const keys = this.postings.get(term);
      // A term posted by very many stories does not discriminate, and scanning it would cost O(stories).
      if (!keys || keys.size > MAX_POSTINGS_SCANNED) continue;
      for (const key of keys) if (key !== exclude) hits.set(key, (hits.get(key) ?? 0) + 1);
    }
    // Counting sort by hit count (at most terms.length buckets), keys ascending within a count.
    const buckets: number[][] = [];
    for (const [key, count] of hits) (buckets[count] ??= []).push(key);
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

  private unpostTerm(term: number, key: number): void {
    const set = this.postings.get(term);
    if (!set) return;
    set.delete(key);
    if (set.size === 0) this.postings.delete(term);
  }
}
