/**
 * Text-mode scoring shared by the text benchmark (`text-run.ts`) and its gate test: render
 * each benchmark page to visible text, run a text extractor on it, score against the
 * page's ground truth with the HTML benchmark's own metrics (`../metrics.ts`).
 */
import type { ExtractedArticle, RawDocument } from '../../../src/model/records.ts';
import { defaultContext } from '../../../src/model/stage.ts';
import { extractText } from '../../../src/extract/text/extractText.ts';
import type { FundusPage, ScrapinghubPage } from '../data.ts';
import { fundusArticleScore, meanPRF, scrapinghubScore, type PRF } from '../metrics.ts';
import { renderVisibleText } from './render.ts';

/** A text extractor under test: rendered page text in, body paragraphs out. */
export type TextTool = (text: string, url: string) => string[];

export function textDocument(content: string, url: string): RawDocument {
  return { source: url || 'bench', format: 'text', content, encoding: 'utf-8', given: {}, arrival: { kind: 'file' }, problems: [] };
}

export function paragraphsOf(article: Readonly<ExtractedArticle>): string[] {
  return article.text === '' ? [] : article.text.split('\n\n');
}

// Reading time: after every benchmark page's date (a date after the reading is a placeholder).
const CONTEXT = defaultContext({ now: '2026-06-01T00:00:00Z' });

/** Chorus text mode. The URL is not given: a text scrape usually arrives without one. */
export const chorusText: TextTool = (text) => paragraphsOf(extractText(textDocument(text, ''), CONTEXT));

/** The naive baseline: keep every line (what the scrape is before any cleaning). */
export const keepAll: TextTool = (text) => text.split('\n');

export interface Rendered<P> {
  page: P;
  text: string;
}

export function renderPages<P extends { html: () => string }>(pages: readonly P[]): Rendered<P>[] {
  return pages.map((page) => ({ page, text: renderVisibleText(page.html()) }));
}

export interface ToolScore {
  score: PRF;
  /** Wall-clock seconds of extraction. */
  seconds: number;
  /** CPU seconds of extraction (user + system): stable when the machine is shared. */
  cpuSeconds?: number;
  pages: number;
}

export function timed<T>(run: () => T): [T, number, number] {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = run();
  const used = process.cpuUsage(cpu);
  return [value, Number(process.hrtime.bigint() - start) / 1e9, (used.user + used.system) / 1e6];
}

export function scoreScrapinghubText(rendered: readonly Rendered<ScrapinghubPage>[], tool: TextTool): ToolScore {
  const [outputs, seconds, cpuSeconds] = timed(() => rendered.map((r) => tool(r.text, r.page.url)));
  const score = scrapinghubScore(rendered.map((r, i) => ({ predicted: (outputs[i] ?? []).join('\n\n'), expected: r.page.expected })));
  return { score, seconds, cpuSeconds, pages: rendered.length };
}

export function scoreFundusText(rendered: readonly Rendered<FundusPage>[], tool: TextTool): ToolScore {
  const [outputs, seconds, cpuSeconds] = timed(() => rendered.map((r) => tool(r.text, r.page.url)));
  const score = meanPRF(rendered.map((r, i) => fundusArticleScore(outputs[i] ?? [], r.page.body)));
  return { score, seconds, cpuSeconds, pages: rendered.length };
}

/** Every `step`-th page: the gate's fast, fixed, spread-out subset. */
export function everyNth<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}
