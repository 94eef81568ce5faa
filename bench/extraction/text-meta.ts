/**
 * Text-mode metadata on WCXB pages (issue #3), with what the rendered text could give at best.
 *
 * Each WCXB page is rendered to its full visible text (`text/render.ts`, chrome included, no
 * <head>), text mode reads title and publishedAt from it (meta-text.ts), and both are scored
 * with the metadata benchmark's own metric (meta-score.ts). Part of the gap is out of text
 * mode's reach, so two more columns count only what the rendered text states:
 * - title, where the text states it: the reference title, folded as the metric folds it
 *   (white space, case, typographic quotes), is one of the text's lines or inside one;
 * - date, where the text states it: the reference day occurs in the rendered text in a form
 *   `meta-stated.ts` recognises (the same rule as the HTML goal column, applied to the text
 *   only, with no URL and no markup).
 * Both are decided from the text and the reference alone, never from Chorus's output.
 */
import { type MetaCase, loadWcxbMetaCases } from './meta-sets.ts';
import { foldText, sameDay, sameText } from './meta-score.ts';
import { statesDay } from './meta-stated.ts';
import { textModeMeta } from './meta-text.ts';
import type { ToolOutput } from './peers.ts';
import { renderVisibleText } from './text/render.ts';

/** True when the reference title (folded) is a line of the text or part of one. */
export function titleInText(text: string, title: string): boolean {
  const want = foldText(title);
  if (want === '') return false;
  return text.split('\n').some((line) => foldText(line).includes(want));
}

/** True when the rendered text states the reference day (meta-stated.ts's forms, on the text alone). */
export function dayInRenderedText(text: string, day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && statesDay(text, '', day);
}

export interface TextMetaCase {
  case: MetaCase;
  text: string;
  output: ToolOutput;
  titleStated: boolean;
  dayStated: boolean;
}

/** Renders and reads every WCXB page once. */
export function runTextMeta(cases: readonly MetaCase[] = loadWcxbMetaCases()): TextMetaCase[] {
  return cases.map((c) => {
    const text = renderVisibleText(c.html());
    const day = c.publishedAt?.slice(0, 10) ?? '';
    return { case: c, text, output: textModeMeta(text), titleStated: !!c.title && titleInText(text, c.title), dayStated: !!c.publishedAt && dayInRenderedText(text, day) };
  });
}

export interface Share {
  share: number;
  n: number;
}

export interface TextMetaScores {
  title: Share;
  titleStated: Share;
  date: Share;
  dateStated: Share;
}

function share(items: readonly TextMetaCase[], keep: (c: TextMetaCase) => boolean, ok: (c: TextMetaCase) => boolean): Share {
  const kept = items.filter(keep);
  return { share: kept.length ? kept.filter(ok).length / kept.length : NaN, n: kept.length };
}

const titleOk = (c: TextMetaCase) => sameText(c.output.title, c.case.title);
const dateOk = (c: TextMetaCase) => sameDay(c.output.publishedAt, c.case.publishedAt);

/** Title exact and date same-day over all pages with a reference, and over those whose text states it. */
export function textMetaScores(items: readonly TextMetaCase[]): TextMetaScores {
  return {
    title: share(items, (c) => !!c.case.title, titleOk),
    titleStated: share(items, (c) => c.titleStated, titleOk),
    date: share(items, (c) => !!c.case.publishedAt, dateOk),
    dateStated: share(items, (c) => c.dayStated, dateOk),
  };
}
