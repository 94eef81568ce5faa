/**
 * Text-mode metadata, measured honestly (issue #3): each page with metadata ground truth is
 * rendered to its full visible text (`text/render.ts`, chrome included, no <head>), and
 * Chorus's text mode finds title and publishedAt in that text alone (TitleFinder,
 * MetaLineFinder). Scored against the same human reference with the same metric as HTML mode.
 *
 * Also the "updated-only" rule for the date goal ("publishedAt … where the page states it"):
 * a page counts as stating only an update date when the reference day appears in its visible
 * text, and every visible line that states it is labelled updated/modified/reviewed (on the
 * line itself or the line just before). Such a page states no publication date: the bench
 * reports the date score both over all pages with a reference date and without these.
 * Decided from the rendered text and the reference only, never from Chorus's output.
 */
import { dayInText } from '../../src/extract/html/DatelineReader.ts';
import { extractText } from '../../src/extract/text/extractText.ts';
import { defaultContext } from '../../src/model/stage.ts';
import type { MetaCase } from './meta-sets.ts';
import { statesDay } from './meta-stated.ts';
import type { ToolOutput } from './peers.ts';
import { renderVisibleText } from './text/render.ts';
import { textDocument } from './text/score.ts';

const CONTEXT = defaultContext({ now: '2026-06-01T00:00:00Z' });

/** Chorus text mode's metadata on a rendered page (no URL: a text scrape usually has none). */
export function textModeMeta(text: string): ToolOutput {
  const article = extractText(textDocument(text, ''), CONTEXT);
  return { paragraphs: [], title: article.title ?? null, author: article.author ?? null, publishedAt: article.publishedAt ?? null, siteName: article.outlet ?? null };
}

/** Lines longer than this are prose that mentions a date, not a date line. */
const DATE_LINE_CHARS = 160;
const UPDATE_LABEL = /\b(updated|modified|last reviewed|reviewed|last edited|refreshed)\b/i;
/** The same label glued to the text before it by the rendering ("Senior AnalystUpdated Sep 17, 2025"): two elements, no space between. */
const UPDATE_LABEL_GLUED = /\p{Ll}(Updated|Modified|Last reviewed|Reviewed|Last edited|Refreshed)\b/u;
const isUpdateLabelled = (line: string) => UPDATE_LABEL.test(line) || UPDATE_LABEL_GLUED.test(line);

/** True when the page shows the reference day only on lines labelled as an update (see the module comment). */
export function statesOnlyUpdated(text: string, referenceDay: string): boolean {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > DATE_LINE_CHARS || dayInText(line) !== referenceDay) continue;
    seen++;
    if (!isUpdateLabelled(line) && !isUpdateLabelled(lines[i - 1] ?? '')) return false;
  }
  return seen > 0;
}

/** Renders every case once: text-mode outputs aligned with `cases`, and the cases marked updated-only and stated (meta-stated.ts). */
export function renderMetaCases(cases: readonly MetaCase[]): { textOutputs: ToolOutput[]; cases: MetaCase[] } {
  const textOutputs: ToolOutput[] = [];
  const marked = cases.map((c) => {
    const html = c.html();
    const text = renderVisibleText(html);
    textOutputs.push(textModeMeta(text));
    const day = c.publishedAt?.slice(0, 10);
    const isDay = !!day && /^\d{4}-\d{2}-\d{2}$/.test(day);
    return { ...c, updatedOnly: isDay && statesOnlyUpdated(text, day), stated: isDay && statesDay(html, c.url, day) };
  });
  return { textOutputs, cases: marked };
}
