/**
 * Interned terms with their document frequencies. Vectors, centroids and posting lists key
 * on small integers instead of strings (several times faster Map lookups on the hot path).
 * IDF combines the background vocabulary (cold start, built by
 * `scripts/build-background-idf.ts` from the benchmark corpora) with document frequencies
 * learned from every article seen; both counts are added, so the background fades as the
 * corpus grows. The vocabulary only grows (ids are referenced by stored vectors): about
 * 80 bytes a distinct term.
 */
import { readFileSync } from 'node:fs';
import { ENTITY_PREFIX } from './constants.ts';

export interface BackgroundIdf {
  source: string;
  documents: number;
  df: Record<string, number>;
}

let cachedBackground: BackgroundIdf | null = null;

/** The bundled background vocabulary (read once). */
export function loadBackground(): BackgroundIdf {
  if (cachedBackground === null) {
    const url = new URL('./data/background-idf.json', import.meta.url);
    try {
      cachedBackground = JSON.parse(readFileSync(url, 'utf8')) as BackgroundIdf;
    } catch {
      // A missing file only costs cold-start quality; every term then starts at the same idf.
      cachedBackground = { source: 'none', documents: 0, df: {} };
    }
  }
  return cachedBackground;
}

export interface VocabularyState {
  documents: number;
  terms: string[];
  df: number[];
  /** Body occurrences of each term, and how many of them were written as a name (absent in older snapshots). */
  words?: number[];
  names?: number[];
}

export class Vocabulary {
  /**
   * Open-addressing table term → id + 1 (0 = empty), keyed by a 32-bit FNV-1a hash of the
   * term, linear probing, at most half full. Cheaper than a Map<string, number> of the same
   * size on the hot path (one lookup per body token): flat typed arrays, nothing to trace.
   */
  private slots = new Int32Array(1 << 16);
  private hashes = new Uint32Array(1 << 15);
  private readonly terms: string[] = [];
  private readonly background: number[] = [];
  private readonly learned: number[] = [];
  private readonly entity: boolean[] = [];
  /** Body occurrences per term, and those written as a name (capitalised mid-sentence): see nameShare. */
  private readonly words: number[] = [];
  private readonly names: number[] = [];
  documents: number;

  constructor(private readonly backgroundIdf: BackgroundIdf, state?: VocabularyState) {
    this.documents = state?.documents ?? 0;
    state?.terms.forEach((term, i) => {
      this.id(term);
      this.learned[i] = state.df[i] ?? 0;
      this.words[i] = state.words?.[i] ?? 0;
      this.names[i] = state.names?.[i] ?? 0;
    });
  }

  id(term: string): number {
    const hash = fnv1a(term);
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let entry = slots[slot]!; entry !== 0; entry = slots[slot]!) {
      if (this.hashes[entry - 1] === hash && this.terms[entry - 1] === term) return entry - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.terms.length;
    slots[slot] = id + 1;
    if (id === this.hashes.length) {
      const hashes = new Uint32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = hash;
    this.terms.push(term);
    this.background.push(this.backgroundIdf.df[term] ?? 0);
    this.learned.push(0);
    this.words.push(0);
    this.names.push(0);
    this.entity.push(term.startsWith(ENTITY_PREFIX));
    if (this.terms.length * 2 > slots.length) this.rehash(slots.length * 2);
    return id;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }

  term(id: number): string {
    return this.terms[id]!;
  }

  isEntity(id: number): boolean {
    return this.entity[id] === true;
  }

  idf(id: number): number {
    const df = this.background[id]! + this.learned[id]!;
    return Math.log((this.backgroundIdf.documents + this.documents + 1) / (df + 1)) + 1;
  }

  /** One occurrence of the term in a body (`asName`: written as a name, capitalised mid-sentence). */
  countWord(id: number, asName: boolean): void {
    if (asName) this.names[id]! += 1;
    else this.words[id]! += 1;
  }

  /**
   * Share of the term's body occurrences written as a name (0–1): about 1 for "Lohan" or
   * "Aceh", near 0 for "rehab" or "earthquake". Entity keys are names by definition (1); a term
   * never seen in a body (title-only headlines) counts as no name (0).
   */
  nameShare(id: number): number {
    if (this.entity[id] === true) return 1;
    const names = this.names[id]!;
    const total = this.words[id]! + names;
    return total > 0 ? names / total : 0;
  }

  /** Counts one document's distinct terms. */
  observe(ids: Iterable<number>): void {
    this.documents += 1;
    for (const id of ids) this.learned[id]! += 1;
  }

  toJSON(): VocabularyState {
    return { documents: this.documents, terms: [...this.terms], df: [...this.learned], words: [...this.words], names: [...this.names] };
  }
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
