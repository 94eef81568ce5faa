/**
 * Inverse document frequencies: a background vocabulary for the cold start (built by
 * `scripts/build-background-idf.ts` from the benchmark corpora) plus document frequencies
 * learned from every article the clusterer has seen. Both counts are simply added, so the
 * background fades as the corpus grows.
 */
import { readFileSync } from 'node:fs';
import { MAX_LEARNED_TERMS } from './constants.ts';

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

export class IdfModel {
  private readonly background: BackgroundIdf;
  readonly learned: Map<string, number>;
  documents: number;

  constructor(background: BackgroundIdf, learned?: { documents: number; df: [string, number][] }) {
    this.background = background;
    this.learned = new Map(learned?.df ?? []);
    this.documents = learned?.documents ?? 0;
  }

  idf(term: string): number {
    const df = (this.background.df[term] ?? 0) + (this.learned.get(term) ?? 0);
    const n = this.background.documents + this.documents;
    return Math.log((n + 1) / (df + 1)) + 1;
  }

  /** Counts one document's distinct terms. */
  observe(terms: Iterable<string>): void {
    this.documents += 1;
    for (const term of terms) this.learned.set(term, (this.learned.get(term) ?? 0) + 1);
    if (this.learned.size > MAX_LEARNED_TERMS) this.pruneRare();
  }

  /** Drops terms seen once: their idf is then the unseen-term idf, nearly the same value. */
  private pruneRare(): void {
    for (const [term, df] of this.learned) if (df <= 1) this.learned.delete(term);
  }

  toJSON(): { documents: number; df: [string, number][] } {
    return { documents: this.documents, df: [...this.learned].sort((a, b) => (a[0] < b[0] ? -1 : 1)) };
  }
}
