/** Builds an extracted article from plain text (paragraphs at blank lines), for fixtures and tests. */
import type { ExtractedArticle, Span } from '../model/records.ts';

function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\s*\n/g)) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  const end = text.trimEnd().length;
  if (end > start) out.push([start, end]);
  return out;
}

export function extractedFrom(text: string, publishedAt: string | null = null): ExtractedArticle {
  return {
    id: 'fixture', source: 'fixture', format: 'text', arrival: { kind: 'file' }, url: null, outlet: null, title: null, author: null, publishedAt,
    language: 'en',
    meta: { canonicalUrl: null, subtitle: null, modifiedAt: null, description: null, section: null, image: null, dateline: null, origins: {} },
    text, paragraphs: paragraphs(text), removed: [], method: 'text/fixture', problems: [],
  };
}
