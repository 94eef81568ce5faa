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

export function buildUnit(span: Span, para: number, allTokens: readonly QToken[], regions: readonly QuoteRegion[]): QuoteUnit {
  const tokens = allTokens.filter((t) => t.start >= span[0] && t.end <= span[1]);
  const inUnit = regions.filter((r) => r.open >= span[0] && r.close < span[1]);
  const frame = tokens.map((t) => !inUnit.some((r) => t.start >= r.open && t.start <= r.close));
  return { span, para, tokens, frame, regions: inUnit };
}

/** Index of the first token at or after `offset`. */
export function tokenAt(unit: QuoteUnit, offset: number): number {
  const i = unit.tokens.findIndex((t) => t.start >= offset);
  return i === -1 ? unit.tokens.length : i;
}
