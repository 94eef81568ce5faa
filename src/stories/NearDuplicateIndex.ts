/**
 * Copies: exact (hash of the normalised text) and near (MinHash over word shingles with
 * LSH banding, verified by the estimated Jaccard). Syndicated wire copies and re-posts
 * keep >90 % of their shingles; different reports of one event share far fewer.
 * Only articles of in-memory stories are indexed: copies appear within days of the original.
 */
import * as crypto from 'node:crypto';
import { LSH_BANDS, MIN_TOKENS_FOR_MINHASH, MINHASH_HASHES, NEAR_DUPLICATE_JACCARD, SHINGLE_SIZE } from './constants.ts';
import { normaliseForHash } from './Tokenizer.ts';
import type { DuplicateEntryState } from './types.ts';

const ROWS = MINHASH_HASHES / LSH_BANDS;
const BANDS = LSH_BANDS;

/** Fixed odd multipliers and offsets (from a seeded generator, so signatures are stable across runs). */
const SEEDS: { a: number; b: number }[] = (() => {
  let state = 0x9e3779b9;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state;
  };
  return Array.from({ length: MINHASH_HASHES }, () => ({ a: next() | 1, b: next() }));
})();

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const SEED_A = Int32Array.from(SEEDS, (s) => s.a);
const SEED_B = Int32Array.from(SEEDS, (s) => s.b);

// Module-local copies: tsx serves imported constants through getters, which cost a call per
// read inside the signature loop (measured: ~14 % of `add` time before this copy).
const HASHES = MINHASH_HASHES;
const SHINGLE = SHINGLE_SIZE;
const MIN_TOKENS = MIN_TOKENS_FOR_MINHASH;
/** Scratch buffers reused across calls (the stage is synchronous; the result is copied out). */
let wordScratch = new Uint32Array(512);
const signatureScratch = new Uint32Array(HASHES);

export function minhash(tokens: readonly string[]): number[] | null {
  if (tokens.length < MIN_TOKENS) return null;
  // A shingle's hash combines its words' hashes in order (no string building on the hot path).
  if (wordScratch.length < tokens.length) wordScratch = new Uint32Array(tokens.length * 2);
  const words = wordScratch;
  for (let i = 0; i < tokens.length; i++) words[i] = fnv1a(tokens[i]!);
  const signature = signatureScratch.fill(0xffffffff);
  // Every shingle, repeats included: a repeat cannot lower a minimum twice, so no set is needed.
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    let shingle = 0x9747b28c;
    for (let j = i; j < i + SHINGLE; j++) shingle = mix((shingle ^ words[j]!) >>> 0);
    for (let k = 0; k < HASHES; k++) {
      const value = mix((Math.imul(shingle, SEED_A[k]!) + SEED_B[k]!) >>> 0);
      if (value < signature[k]!) signature[k] = value;
    }
  }
  return Array.from(signature);
}

export function estimatedJaccard(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return same / a.length;
}

/** One-shot `crypto.hash` (Node ≥ 20.12, about twice as fast on short texts); same digest as `createHash`. */
const sha1Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha1', text, 'hex') : (text) => crypto.createHash('sha1').update(text).digest('hex');

export function exactKey(text: string): string {
  return sha1Hex(normaliseForHash(text)).slice(0, 20);
}

export class NearDuplicateIndex {
  readonly exact = new Map<string, string>();
  private readonly exactByArticle = new Map<string, string>();
  readonly signatures = new Map<string, number[]>();
  private readonly bands = new Map<number, string[]>();
  /** Publication day of every indexed article (null when undated), for expiry. */
  private readonly days = new Map<string, number | null>();

  /** The earlier copy this text repeats, with the estimated similarity, or null. */
  find(key: string, signature: number[] | null): { article: string; similarity: number } | null {
    const same = this.exact.get(key);
    if (same !== undefined) return { article: same, similarity: 1 };
    if (signature === null) return null;
    let best: { article: string; similarity: number } | null = null;
    let seen: Set<string> | null = null;
    for (const band of bandKeys(signature)) {
      const list = this.bands.get(band);
      if (!list) continue;
      for (const other of list) {
        if (seen?.has(other)) continue;
        (seen ??= new Set()).add(other);
        const similarity = estimatedJaccard(signature, this.signatures.get(other)!);
        if (similarity >= NEAR_DUPLICATE_JACCARD && (best === null || similarity > best.similarity || (similarity === best.similarity && other < best.article))) {
          best = { article: other, similarity };
        }
      }
    }
    return best;
  }

  add(article: string, key: string, signature: number[] | null, day: number | null = null): void {
    this.days.set(article, day);
    if (key !== '' && !this.exact.has(key)) {
      this.exact.set(key, article);
      this.exactByArticle.set(article, key);
    }
    if (signature === null) return;
    this.signatures.set(article, signature);
    for (const band of bandKeys(signature)) {
      const list = this.bands.get(band);
      if (list) list.push(article);
      else this.bands.set(band, [article]);
    }
  }

  remove(article: string): void {
    this.days.delete(article);
    const key = this.exactByArticle.get(article);
    if (key !== undefined) {
      this.exact.delete(key);
      this.exactByArticle.delete(article);
    }
    const signature = this.signatures.get(article);
    if (signature === undefined) return;
    this.signatures.delete(article);
    for (const band of bandKeys(signature)) {
      const list = this.bands.get(band);
      if (!list) continue;
      const rest = list.filter((a) => a !== article);
      if (rest.length === 0) this.bands.delete(band);
      else this.bands.set(band, rest);
    }
  }

  /**
   * Forgets articles published before `day`: copies appear within days of their original,
   * and a story that keeps running for weeks must not keep all its articles indexed.
   */
  expire(day: number): void {
    const old: string[] = [];
    for (const [article, published] of this.days) if (published !== null && published < day) old.push(article);
    for (const article of old) this.remove(article);
  }

  get size(): number {
    return this.days.size;
  }

  restore(exact: readonly [string, string][], near: readonly DuplicateEntryState[], dayOf: (article: string) => number | null): void {
    for (const [key, article] of exact) {
      this.exact.set(key, article);
      this.exactByArticle.set(article, key);
      this.days.set(article, dayOf(article));
    }
    for (const entry of near) this.add(entry.article, '', entry.signature, dayOf(entry.article));
  }

  toJSON(): { exact: [string, string][]; near: DuplicateEntryState[] } {
    return {
      exact: [...this.exact],
      near: [...this.signatures].map(([article, signature]) => ({ article, signature })),
    };
  }
}

/** One numeric key per LSH band: the band number above a 32-bit hash of its rows (collisions are caught by the Jaccard check). */
function bandKeys(signature: readonly number[]): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x2545f491 ^ band;
    for (let r = band * ROWS; r < band * ROWS + ROWS; r++) h = mix((h ^ signature[r]!) >>> 0);
    keys.push(band * 4294967296 + h);
  }
  return keys;
}
