/**
 * The working view of one attribution unit: its tokens, which of them lie outside
 * quote marks (the "frame" where cues and speakers are looked for), and its quotes.
 */
import type { Span } from '../model/records.ts';
import type { QuoteRegion } from './QuoteMarkScanner.ts';
import type { QToken } from './QuoteTokens.ts';

export interface QuoteUnit {
  span: Span;
  /** Index of the paragraph the unit starts in. */
  para: number;
  tokens: QToken[];
  /** Per token: true when it lies outside every quote region (marks themselves count as inside). */
  frame: boolean[];
  regions: QuoteRegion[];
}

function firstAtOrAfter<T>(items: readonly T[], offset: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (item !== undefined && key(item) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildUnit(span: Span, para: number, allTokens: readonly QToken[], regions: readonly QuoteRegion[]): QuoteUnit {
  const tokens: QToken[] = [];
  for (let i = firstAtOrAfter(allTokens, span[0], (t) => t.start); i < allTokens.length; i++) {
    const t = allTokens[i];
    if (!t || t.end > span[1]) break;
    tokens.push(t);
  }
  const inUnit: QuoteRegion[] = [];
  for (let i = firstAtOrAfter(regions, span[0], (r) => r.open); i < regions.length; i++) {
    const r = regions[i];
    if (!r || r.open >= span[1]) break;
    if (r.close < span[1]) inUnit.push(r);
  }
  const frame: boolean[] = new Array<boolean>(tokens.length);
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    while (r < inUnit.length && (inUnit[r]?.close ?? Infinity) < t.start) r++;
    const region = inUnit[r];
    frame[i] = !(region && t.start >= region.open && t.start <= region.close);
  }
  return { span, para, tokens, frame, regions: inUnit };
}

/** Index of the first token at or after `offset`. */
export function tokenAt(unit: QuoteUnit, offset: number): number {
  const i = unit.tokens.findIndex((t) => t.start >= offset);
  return i === -1 ? unit.tokens.length : i;
}
