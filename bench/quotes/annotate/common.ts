/** Shared helpers for the annotation tools. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NlpArticle, Quote } from '../../../src/model/records.ts';
import { readQuotes } from '../../../src/quotes/index.ts';
import type { GoldQuote } from '../scoring.ts';

export const ANNOTATE = dirname(fileURLToPath(import.meta.url));
export const GOLD = join(ANNOTATE, '..', '..', 'gold');

export function goldArticles(): string[] {
  return readdirSync(join(GOLD, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

export function loadArticle(name: string): string {
  return readFileSync(join(GOLD, 'articles', `${name}.txt`), 'utf8');
}

/** A bare NlpArticle around a text (no entities): what the quotes stage sees without nlp. */
export function bareArticle(text: string, source = 'gold'): NlpArticle {
  return {
    id: source, source, format: 'text', arrival: { kind: 'file' }, url: null, outlet: null, title: null, author: null,
    publishedAt: null, language: 'en',
    meta: { canonicalUrl: null, subtitle: null, modifiedAt: null, description: null, section: null, image: null, dateline: null, origins: {} },
    text, paragraphs: [], removed: [], method: 'text/gold', problems: [], sentences: [], entities: [], dates: [],
  };
}

/**
 * The frozen candidates of an article (see freeze.ts). Articles of round 3 were annotated from
 * the text alone and have none: their edit lists hold only `add` lines.
 */
export function frozenCandidates(name: string): GoldQuote[] {
  const path = join(ANNOTATE, 'candidates', `${name}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as GoldQuote[]) : [];
}

export function candidates(text: string): Quote[] {
  return readQuotes(bareArticle(text), { now: '2024-01-01T00:00:00Z' }).quotes;
}
