/**
 * "Attorney General X has … . She said:" at the end of one paragraph, and the quote opening
 * the next: an attribution ending its unit with a colon introduces the quote paragraph after it.
 */
import type { Attribution } from './AttributionFinder.ts';
import type { QuoteUnit } from './QuoteUnit.ts';
import type { DraftQuote } from './UnitQuoteBuilder.ts';

/** The attribution of `prev` that ends it with a colon ("She said:"), when `prev` has no quotes of its own and `unit` is the next paragraph. */
export function colonLead(prev: QuoteUnit | undefined, prevAtts: readonly Attribution[], unit: QuoteUnit): Attribution | null {
  if (!prev || prev.regions.length > 0 || unit.para !== prev.para + 1) return null;
  const toks = prev.tokens;
  let last = toks.length - 1;
  while (last >= 0 && !toks[last]?.word && toks[last]?.text !== ':') last--;
  if (toks[last]?.text !== ':') return null;
  const att = prevAtts.find((a) => a.subject && a.cue.last === last - 1 && a.order !== 'source');
  return att ?? null;
}

/** The unit's first quote, when it opens the unit unattributed, takes the colon's attribution. */
export function withColonLead(drafts: readonly DraftQuote[], unit: QuoteUnit, lead: Attribution | null, text: string): DraftQuote[] {
  const first = drafts[0];
  if (!lead || !first || !first.carry || first.attribution || !first.region) return [...drafts];
  if (text.slice(unit.span[0], first.region.open).trim() !== '') return [...drafts];
  return [{ ...first, attribution: lead, carry: false }, ...drafts.slice(1)];
}
