import type { SparseVector } from './types.ts';

export function norm(vector: SparseVector): number {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  return Math.sqrt(sum);
}

export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

export function cosine(a: SparseVector, b: SparseVector, normA = norm(a), normB = norm(b)): number {
  if (normA === 0 || normB === 0) return 0;
  return dot(a, b) / (normA * normB);
}

/** Adds `scale * source` into `target` in place (target is the caller's own accumulator). */
export function addInto(target: SparseVector, source: Iterable<readonly [number, number]>, scale = 1): void {
  for (const [term, w] of source) target.set(term, (target.get(term) ?? 0) + scale * w);
}

/** Top `k` entries by weight, ties broken by term id. */
export function topEntries(vector: Iterable<readonly [number, number]>, k: number): [number, number][] {
  const entries: [number, number][] = [];
  for (const [t, w] of vector) if (w > 0) entries.push([t, w]);
  entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return entries.length > k ? entries.slice(0, k) : entries;
}

/** Keeps only the top `k` entries of an accumulator (in place). */
export function prune(vector: SparseVector, k: number): void {
  if (vector.size <= k) return;
  const keep = topEntries(vector, k);
  vector.clear();
  for (const [term, w] of keep) vector.set(term, w);
}

export function unitVector(entries: readonly (readonly [number, number])[]): SparseVector {
  let sum = 0;
  for (const [, w] of entries) sum += w * w;
  const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  return new Map(entries.map(([t, w]) => [t, w * scale]));
}
