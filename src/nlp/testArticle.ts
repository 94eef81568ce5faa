/** A minimal ExtractedArticle around a text, for tests and fixtures. */
import type { ExtractedArticle } from '../model/records.ts';

export function articleFrom(text: string, publishedAt: string | null): ExtractedArticle {
  return {
    id: 'fixture', source: 'fixture', format: 'text', arrival: { kind: 'file' },
    meta: { canonicalUrl: null, subtitle: null, modifiedAt: null, description: null, section: null, image: null, dateline: null, origins: {} },
    text, paragraphs: [], removed: [], method: 'fixture', problems: [],
    url: null, outlet: null, title: null, author: null, publishedAt, language: 'en',
  };
}
