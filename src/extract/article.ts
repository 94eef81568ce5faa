import { createHash } from 'node:crypto';
import type { ArticleMeta, CoreMeta, ExtractedArticle, Problem, RawDocument, Span } from '../model/records.ts';

/** What an extractor (HTML or text) found, before it becomes an `ExtractedArticle`. */
export interface ExtractionResult {
  /** Body paragraphs in order, each already trimmed of chrome. */
  paragraphs: readonly string[];
  removed: readonly string[];
  core: Partial<CoreMeta>;
  meta: Partial<ArticleMeta>;
  method: string;
  problems: readonly Problem[];
}

/** Article metadata with every field unknown: the base that extractors and fixtures fill in. */
export const EMPTY_META: ArticleMeta = {
  canonicalUrl: null,
  subtitle: null,
  modifiedAt: null,
  description: null,
  section: null,
  image: null,
  dateline: null,
  origins: {},
};

/** Folds white space inside a paragraph; the article text joins paragraphs with one blank line. */
export function normaliseParagraph(paragraph: string): string {
  return paragraph.replace(/[\t\f\v\r \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').replace(/ *\n */g, '\n').trim();
}

/** Id of an article: a content hash of its normalised body (so the same article twice is stored once). */
export function articleId(text: string): string {
  const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** Joins paragraphs into the clean text and records each paragraph's span. */
export function joinParagraphs(paragraphs: readonly string[]): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  for (const raw of paragraphs) {
    const paragraph = normaliseParagraph(raw);
    if (paragraph === '') continue;
    if (text !== '') text += '\n\n';
    spans.push([text.length, text.length + paragraph.length]);
    text += paragraph;
  }
  return { text, spans };
}

/**
 * Builds the stage's output record. Given metadata (sidecar, JSONL, feed) wins over what
 * was found in the content, because the user said it; found values fill the gaps.
 */
export function buildArticle(raw: Readonly<RawDocument>, result: ExtractionResult): ExtractedArticle {
  const { text, spans } = joinParagraphs(result.paragraphs);
  const origins: ArticleMeta['origins'] = { ...(result.meta.origins ?? {}) };
  const pick = <K extends keyof CoreMeta>(key: K): string | null => {
    const given = raw.given[key];
    if (given !== undefined && given !== null && String(given).trim() !== '') {
      origins[key] = 'given';
      return String(given).trim();
    }
    return result.core[key] ?? null;
  };
  const core: CoreMeta = {
    url: pick('url'),
    outlet: pick('outlet'),
    title: pick('title'),
    author: pick('author'),
    publishedAt: pick('publishedAt'),
    language: pick('language'),
  };
  return {
    id: articleId(text),
    source: raw.source,
    format: raw.format,
    arrival: { ...raw.arrival },
    ...core,
    meta: { ...EMPTY_META, ...result.meta, origins },
    text,
    paragraphs: spans,
    removed: [...result.removed],
    method: result.method,
    problems: [...raw.problems, ...result.problems],
  };
}

/** Identity of a raw input: its format and content (line endings and outer white space folded). */
export function rawInputHash(doc: Readonly<RawDocument>): string {
  const content = doc.content.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(`${doc.format}\n${content}`).digest('hex').slice(0, 32);
}
