import type { AnalyzedArticle, Entity } from '../model/records.ts';

export interface MinimalArticleInput {
  id: string;
  text: string;
  title?: string | null;
  publishedAt?: string | null;
  outlet?: string | null;
  entities?: Entity[];
}

/**
 * An `AnalyzedArticle` with only what the stories stage reads filled in: for fixtures,
 * benchmarks built from corpora that carry no NLP output, and tests.
 */
export function minimalArticle(input: MinimalArticleInput): AnalyzedArticle {
  return {
    id: input.id,
    source: input.id,
    format: 'text',
    arrival: { kind: 'jsonl' },
    url: null,
    outlet: input.outlet ?? null,
    title: input.title ?? null,
    author: null,
    publishedAt: input.publishedAt ?? null,
    language: 'en',
    meta: { canonicalUrl: null, subtitle: null, modifiedAt: null, description: null, section: null, image: null, dateline: null, origins: {} },
    text: input.text,
    paragraphs: [[0, input.text.length]],
    removed: [],
    method: 'minimal',
    problems: [],
    sentences: [],
    entities: input.entities ?? [],
    dates: [],
    quotes: [],
  };
}
