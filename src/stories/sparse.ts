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

/**
 * `cosine(new Map(entries), b, normA, normB)` without the map: the same products summed in
 * the same order (the entries' order when they are the smaller side, as `dot` does).
 */
export function cosineEntries(entries: readonly (readonly [number, number])[], normA: number, b: SparseVector, normB: number): number {
  if (entries.length > b.size) return cosine(new Map(entries), b, normA, normB);
  if (normA === 0 || normB === 0) return 0;
  let sum = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const other = b.get(entry[0]);
    if (other !== undefined) sum += entry[1] * other;
  }
  return sum / (normA * normB);
}

/** Adds `scale * source` into `target` in place (target is the caller's own accumulator). */
export function addInto(target: SparseVector, source: Iterable<readonly [number, number]>, scale = 1): void {
  for (const [term, w] of source) target.set(term, (target.get(term) ?? 0) + scale * w);
}

/** Scratch for topEntries (reused: the hot path allocates only the entries it returns). */
let scratchIds = new Int32Array(512);
let scratchWeights = new Float64Array(512);
let scratchSelect = new Float64Array(512);

/** Top `k` entries by weight (positive weights only), ties broken by term id. */
export function topEntries(vector: Iterable<readonly [number, number]>, k: number): [number, number][] {
  const collector = topCollector();
  for (const [t, w] of vector) collector.push(t, w);
  return collector.top(k);
}

/**
 * Collects (term, weight) pairs into the shared scratch arrays without allocating a pair each;
 * `top(k)` then returns the strongest k as pairs. One collector at a time (not re-entrant).
 */
export function topCollector(): { push(term: number, weight: number): void; top(k: number): [number, number][] } {
  n = 0;
  return COLLECTOR;
}

let n = 0;
const COLLECTOR = {
  push(t: number, w: number): void {
    if (!(w > 0)) return;
    if (n === scratchIds.length) grow(n * 2);
    scratchIds[n] = t;
    scratchWeights[n] = w;
    n++;
  },
  top(k: number): [number, number][] {
    return selectTop(n, k);
  },
};

function selectTop(n: number, k: number): [number, number][] {
  const entries: [number, number][] = [];
  if (n <= k) {
    for (let i = 0; i < n; i++) entries.push([scratchIds[i]!, scratchWeights[i]!]);
  } else {
    // The k-th largest weight (quickselect), then everything above it and the lowest ids at it.
    scratchSelect.set(scratchWeights.subarray(0, n));
    const threshold = kthLargest(scratchSelect, n, k);
    let above = 0;
    for (let i = 0; i < n; i++) if (scratchWeights[i]! > threshold) above++;
    const ties: number[] = [];
    for (let i = 0; i < n; i++) {
      const w = scratchWeights[i]!;
      if (w > threshold) entries.push([scratchIds[i]!, w]);
      else if (w === threshold) ties.push(scratchIds[i]!);
    }
    ties.sort((a, b) => a - b);
    for (let i = 0; i < k - above; i++) entries.push([ties[i]!, threshold]);
  }
  entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return entries;
}

function grow(size: number): void {
  const ids = new Int32Array(size);
  ids.set(scratchIds);
  const weights = new Float64Array(size);
  weights.set(scratchWeights);
  scratchIds = ids;
  scratchWeights = weights;
  scratchSelect = new Float64Array(size);
}

/** The k-th largest of values[0..n) (1-based k), reordering values in place (Hoare selection). */
function kthLargest(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const tmp = values[i]!;
        values[i] = values[j]!;
        values[j] = tmp;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
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

/**
 * A vector packed in typed arrays (term ids and weights, strongest first): the in-memory form
 * of member vectors and storyline centroids. About 8 bytes a term against ~60 for a JS pair,
 * and nothing for the garbage collector to trace.
 */
export interface PackedVector {
  readonly ids: Int32Array;
  readonly weights: Float32Array;
}

export function pack(entries: readonly (readonly [number, number])[]): PackedVector {
  const ids = new Int32Array(entries.length);
  const weights = new Float32Array(entries.length);
  entries.forEach(([t, w], i) => {
    ids[i] = t;
    weights[i] = w;
  });
  return { ids, weights };
}

export function unpack(vector: PackedVector): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < vector.ids.length; i++) out.push([vector.ids[i]!, vector.weights[i]!]);
  return out;
}

/** Adds `scale * source` into `target` in place. */
export function addPackedInto(target: SparseVector, source: PackedVector, scale = 1): void {
  const { ids, weights } = source;
  for (let i = 0; i < ids.length; i++) {
    const t = ids[i]!;
    target.set(t, (target.get(t) ?? 0) + scale * weights[i]!);
  }
}

export function dotPacked(a: PackedVector, b: SparseVector): number {
  const { ids, weights } = a;
  let sum = 0;
  for (let i = 0; i < ids.length; i++) {
    const other = b.get(ids[i]!);
    if (other !== undefined) sum += weights[i]! * other;
  }
  return sum;
}

export function normPacked(a: PackedVector): number {
  let sum = 0;
  for (let i = 0; i < a.weights.length; i++) sum += a.weights[i]! * a.weights[i]!;
  return Math.sqrt(sum);
}

/** The first `k` term ids (the strongest: packed vectors are kept strongest first). */
export function leadingIds(a: PackedVector, k: number): number[] {
  return Array.from(a.ids.subarray(0, Math.min(k, a.ids.length)));
}

export function packedToMap(a: PackedVector): SparseVector {
  const out: SparseVector = new Map();
  for (let i = 0; i < a.ids.length; i++) out.set(a.ids[i]!, a.weights[i]!);
  return out;
}
