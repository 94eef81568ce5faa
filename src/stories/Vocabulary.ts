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
}

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly background: number[] = [];
  private readonly learned: number[] = [];
  private readonly entity: boolean[] = [];
  documents: number;

  constructor(private readonly backgroundIdf: BackgroundIdf, state?: VocabularyState) {
    this.documents = state?.documents ?? 0;
    state?.terms.forEach((term, i) => {
      this.id(term);
      this.learned[i] = state.df[i] ?? 0;
    });
  }

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.background.push(this.backgroundIdf.df[term] ?? 0);
      this.learned.push(0);
      this.entity.push(term.startsWith(ENTITY_PREFIX));
    }
    return id;
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

  /** Counts one document's distinct terms. */
  observe(ids: Iterable<number>): void {
    this.documents += 1;
    for (const id of ids) this.learned[id]! += 1;
  }

  toJSON(): VocabularyState {
    return { documents: this.documents, terms: [...this.terms], df: [...this.learned] };
  }
}
