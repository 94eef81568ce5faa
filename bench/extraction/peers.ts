/**
 * The extractors compared in one run: Chorus, Readability.js on linkedom (the usual
 * no-jsdom Node setup), and @extractus/article-extractor. Each returns paragraphs and
 * metadata in one shape; peers' HTML output is split into paragraphs with the same
 * block walker for every tool, so paragraph-based metrics treat them alike.
 */
import { Readability } from '@mozilla/readability';
import { extractFromHtml } from '@extractus/article-extractor';
import { parseHTML } from 'linkedom';
import { collectBlocks } from '../../src/extract/html/BlockCollector.ts';
import { extractHtml } from '../../src/extract/html/index.ts';
import { parsePage } from '../../src/extract/html/tree.ts';
import type { RawDocument } from '../../src/model/records.ts';
import { defaultContext } from '../../src/model/stage.ts';

export interface ToolOutput {
  paragraphs: string[];
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  siteName: string | null;
}

export interface Tool {
  name: string;
  run: (html: string, url: string) => Promise<ToolOutput> | ToolOutput;
}

const EMPTY: ToolOutput = { paragraphs: [], title: null, author: null, publishedAt: null, siteName: null };

/** Paragraphs of an HTML fragment (a peer's article HTML). */
export function htmlToParagraphs(html: string): string[] {
  const page = parsePage(html);
  return collectBlocks(page.root, () => true).map((b) => b.text);
}

// Reading time: after every benchmark page's date (the latest reference date is 2026-03-13; a date after the reading is a placeholder).
const CONTEXT = defaultContext({ now: '2026-06-01T00:00:00Z' });

export const chorus: Tool = {
  name: 'Chorus',
  run(html, url) {
    const raw: RawDocument = { source: url, format: 'html', content: html, encoding: 'utf-8', given: { url }, arrival: { kind: 'file' }, problems: [] };
    const a = extractHtml(raw, CONTEXT);
    return {
      paragraphs: a.paragraphs.map(([s, e]) => a.text.slice(s, e)),
      title: a.title,
      author: a.author,
      publishedAt: a.publishedAt,
      siteName: a.outlet,
    };
  },
};

export const readabilityJs: Tool = {
  name: 'Readability.js+linkedom',
  run(html) {
    try {
      const { document } = parseHTML(html);
      // linkedom's Document is close enough to the DOM Readability reads; the types differ only nominally.
      const article = new Readability(document as unknown as Document).parse();
      if (!article) return EMPTY;
      return {
        paragraphs: htmlToParagraphs(article.content ?? ''),
        title: article.title ?? null,
        author: article.byline ?? null,
        publishedAt: article.publishedTime ?? null,
        siteName: article.siteName ?? null,
      };
    } catch {
      return EMPTY;
    }
  },
};

export const extractus: Tool = {
  name: '@extractus/article-extractor',
  async run(html, url) {
    try {
      const article = await extractFromHtml(html, url || undefined);
      if (!article) return EMPTY;
      return {
        paragraphs: htmlToParagraphs(article.content ?? ''),
        title: article.title ?? null,
        author: article.author ?? null,
        publishedAt: article.published ?? null,
        siteName: null,
      };
    } catch {
      return EMPTY;
    }
  },
};

export const TOOLS: readonly Tool[] = [chorus, readabilityJs, extractus];
