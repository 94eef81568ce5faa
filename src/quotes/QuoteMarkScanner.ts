/**
 * Finds quoted regions: pairs of quote marks in any style (“ ” „ " « » ‹ › ‘ ’ '),
 * telling marks from apostrophes (Armenia’s, don't, '90s) and joining news-style
 * multi-paragraph quotes (no closing mark at a paragraph's end, a new opening mark at
 * the next one's start). Only outermost regions are returned: a nested quote is part
 * of the quote around it.
 */
import type { Span } from '../model/records.ts';
import { MAX_QUOTE_PARAGRAPHS } from './constants.ts';

export type MarkFamily = 'double' | 'single';

export interface QuoteRegion {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  /** Content range, between the marks. */
  span: Span;
  family: MarkFamily;
  /** Offsets of the re-opening marks at the start of continuation paragraphs. */
  reopenings: number[];
}

const DOUBLE_OPENERS = new Set(['“', '„', '«']);
const DOUBLE_CLOSERS = new Set(['”', '»']);
const SINGLE_OPENERS = new Set(['‘', '‹', '‚']);
const SINGLE_CLOSERS = new Set(['’', '›']);
const ALL_MARKS = /[“”„«»‘’‚‹›"']/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** Characters after which an opening mark may stand. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:]/;
/** Characters before which a closing mark may stand. */
const AFTER_CLOSE = /[\s,.;:!?)\]}\u2014\u2013\-…/]/;

type Role = 'open' | 'close' | 'either';

interface Mark {
  at: number;
  family: MarkFamily;
  role: Role;
}

function family(ch: string): MarkFamily {
  return DOUBLE_OPENERS.has(ch) || DOUBLE_CLOSERS.has(ch) || ch === '"' ? 'double' : 'single';
}

function isMarkChar(ch: string | undefined): boolean {
  return ch !== undefined && /[“”„«»‘’‚‹›"']/.test(ch);
}

/** Classifies one mark from its neighbours; null when it is an apostrophe. */
function classify(text: string, at: number): Mark | null {
  const ch = text[at] ?? '';
  const prev = at > 0 ? text[at - 1] : undefined;
  const next = text[at + 1];
  const fam = family(ch);
  const prevWord = prev !== undefined && LETTER_OR_DIGIT.test(prev);
  const nextWord = next !== undefined && LETTER_OR_DIGIT.test(next);
  if (fam === 'single' && prevWord && nextWord) return null; // don't, Armenia’s
  // '90s, ’til: an elided start of a word, not an opening mark.
  if (fam === 'single' && !prevWord && /^[’'‘]\d\ds\b/.test(text.slice(at, at + 5))) return null;
  const leftFlank = (prev === undefined || BEFORE_OPEN.test(prev) || isMarkChar(prev)) && next !== undefined && !SPACE.test(next);
  const rightFlank = prev !== undefined && !SPACE.test(prev) && (next === undefined || AFTER_CLOSE.test(next) || isMarkChar(next));
  let role: Role;
  // Guillemets and the low opening mark have one direction whatever the spacing (French « … »).
  if (ch === '«' || ch === '‹' || ch === '„' || ch === '‚') return { at, family: fam, role: 'open' };
  if (ch === '»' || ch === '›') return { at, family: fam, role: 'close' };
  if (leftFlank && !rightFlank) role = 'open';
  else if (rightFlank && !leftFlank) role = 'close';
  else if (DOUBLE_OPENERS.has(ch) || SINGLE_OPENERS.has(ch)) role = 'open';
  else if (DOUBLE_CLOSERS.has(ch) || SINGLE_CLOSERS.has(ch)) role = 'close';
  else role = 'either';
  // A word-final ’ or ' is usually a possessive (Armenians’); it may only close a quote.
  if (fam === 'single' && prevWord && role === 'either') role = 'close';
  if (fam === 'single' && role === 'open' && !nextWord && next !== '[' && !isMarkChar(next)) return null;
  return { at, family: fam, role };
}

function paragraphIndex(paragraphs: readonly Span[], at: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (!p) break;
    if (at < p[0]) hi = mid - 1;
    else if (at >= p[1]) lo = mid + 1;
    else return mid;
  }
  return lo;
}

function pairFamily(text: string, marks: readonly Mark[], paragraphs: readonly Span[]): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open: { mark: Mark; para: number; lastPara: number; reopenings: number[] } | null = null;
  for (const mark of marks) {
    const para = paragraphIndex(paragraphs, mark.at);
    if (open && para !== open.lastPara) {
      const p = paragraphs[para];
      const startsParagraph = p !== undefined && text.slice(p[0], mark.at).trim() === '';
      const continues = startsParagraph && mark.role !== 'close' && para === open.lastPara + 1 && para - open.para < MAX_QUOTE_PARAGRAPHS;
      if (continues) {
        open.reopenings.push(mark.at);
        open.lastPara = para;
        continue;
      }
      open = null; // never closed: not a quote we can delimit
    }
    if (!open) {
      if (mark.role !== 'close') open = { mark, para, lastPara: para, reopenings: [] };
      continue;
    }
    if (mark.role === 'open') {
      open = { mark, para, lastPara: para, reopenings: [] };
      continue;
    }
    const start = open.mark.at + 1;
    if (mark.at > start) {
      out.push({ open: open.mark.at, close: mark.at, span: [start, mark.at], family: mark.family, reopenings: open.reopenings });
    }
    open = null;
  }
  return out;
}

/** Every outermost quoted region of `text`, in text order. */
export function scanQuoteRegions(text: string, paragraphs: readonly Span[]): QuoteRegion[] {
  const doubles: Mark[] = [];
  const singles: Mark[] = [];
  for (const m of text.matchAll(ALL_MARKS)) {
    const mark = classify(text, m.index);
    if (mark) (mark.family === 'double' ? doubles : singles).push(mark);
  }
  const regions = [...pairFamily(text, doubles, paragraphs), ...pairFamily(text, singles, paragraphs)];
  regions.sort((a, b) => a.open - b.open || b.close - a.close);
  const outer: QuoteRegion[] = [];
  let reach = -1;
  for (const r of regions) {
    if (r.open < reach) {
      // Inside an earlier region (nested) or crossing it (an apostrophe misread): keep the earlier one.
      continue;
    }
    outer.push(r);
    reach = r.close;
  }
  return outer;
}
