/**
 * Builds the draft quotes of one unit: each quoted region classified (direct, partial,
 * scare) and paired with the attribution that governs it, then the reported clauses of
 * attributions that govern no quote marks (indirect quotes).
 */
import type { QuoteKind, Span } from '../model/records.ts';
import { MIN_INDIRECT_WORDS, SCARE_MAX_WORDS } from './constants.ts';
import type { Attribution } from './AttributionFinder.ts';
import { between, chooseAttribution, regionKind } from './AttributionChoice.ts';
import { colonOrDashSpeaker, sentenceSubject } from './BareSpeakers.ts';
import { reportedClause } from './ClauseFinder.ts';
import { withoutDateline } from './Dateline.ts';
import type { Mention } from './Mention.ts';
import type { QuoteRegion } from './QuoteMarkScanner.ts';
import { hasVerb, isClause, isNounModifier, isScare, isTitle } from './QuoteLabels.ts';
import { wordsOf } from './QuoteTokens.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

export interface DraftQuote {
  kind: QuoteKind;
  span: Span;
  region: QuoteRegion | null;
  attribution: Attribution | null;
  /** True when the quote stands alone and may take the current speaker. */
  carry: boolean;
  /** A speaker named without a cue: "From the ministry: “…”", "“…” — Commissioner X". */
  bareSpeaker?: Mention;
  /** The person opening the sentence of an unattributed quote ("He felt “…”"). */
  subject?: Mention;
}

/** A quoted region that is a label (a scare quote or a title): no speaker, cue or channel. */
function label(r: QuoteRegion): DraftQuote {
  return { kind: 'scare', span: r.span, region: r, attribution: null, carry: false };
}

/** The draft of one quoted region, and whether it is speech that an indirect clause must not overlap. */
function draftOfRegion(unit: QuoteUnit, r: QuoteRegion, idx: number, atts: readonly Attribution[], text: string): { draft: DraftQuote; speaking: boolean } {
  const prevClose = idx > 0 ? (unit.regions[idx - 1]?.close ?? unit.span[0]) + 1 : unit.span[0];
  // A short label or title after the quote ("…,” X, a producer of “Night Shift,” said") does not end the stretch its cue may stand in.
  const nextSpeech = unit.regions.slice(idx + 1).find((n) => !isScare(text.slice(n.span[0], n.span[1])) && !isTitle(text.slice(n.span[0], n.span[1])));
  const nextOpen = nextSpeech?.open ?? unit.span[1];
  const content = text.slice(r.span[0], r.span[1]);
  // A short quote standing as a whole sentence ("“Nothing at all.”") is speech, not a label.
  const wholeUnit = between(text, unit.span[0], r.open) === '' && /^[\s.!?,;:…]*$/.test(text.slice(r.close + 1, unit.span[1])) && /[.!?…]$/.test(content.trim());
  if (isScare(content) && !wholeUnit) return { draft: label(r), speaking: false };
  if (!wholeUnit && isNounModifier(text, unit, r)) return { draft: label(r), speaking: false };
  const { att, side } = chooseAttribution(unit, r, atts, text, nextOpen);
  // A word or three in quote marks with no cue to govern them is a label, verb or not ("could be “fixed”"): never given a carried speaker.
  if (!att && (isTitle(content) || (!wholeUnit && wordsOf(content).length <= SCARE_MAX_WORDS && !isClause(wordsOf(content))))) return { draft: label(r), speaking: false };
  // "hoping her homosexuality could be “fixed”": a label inside a belief or hope is the writer's word, not speech.
  if (att?.cue.entry.needsThat && !wholeUnit && wordsOf(content).length <= SCARE_MAX_WORDS && !isClause(wordsOf(content))) return { draft: label(r), speaking: false };
  const kind = regionKind(unit, r, prevClose, nextOpen, side, att, text);
  // A title in Title Case inside a sentence, or after a naming verb ("a memoir called “The Long Road Home.”"), names a work even when a cue is near.
  if ((kind === 'partial' || att?.cue.entry.frame === 'naming') && wordsOf(content).length >= 2 && isTitle(content)) return { draft: label(r), speaking: false };
  const bare = att ? null : colonOrDashSpeaker(unit, r, prevClose, nextOpen, text);
  if (bare) {
    return { draft: { kind: 'direct', span: r.span, region: r, attribution: null, carry: false, bareSpeaker: bare }, speaking: true };
  }
  const standalone = !att && kind === 'direct';
  if (!att && kind === 'partial' && !hasVerb(wordsOf(content))) return { draft: label(r), speaking: true };
  // "He felt “some energy shift …”": an unattributed quote inside a sentence whose subject is a person belongs to that subject, not to the last speaker.
  const subject = !att && kind === 'partial' ? sentenceSubject(unit, r, text) : null;
  if (subject) {
    return { draft: { kind, span: r.span, region: r, attribution: null, carry: false, subject }, speaking: true };
  }
  return { draft: { kind, span: r.span, region: r, attribution: att, carry: standalone || (!att && kind === 'partial') }, speaking: true };
}

/** The reported clauses of attributions ("X said that …"), cut short of quoted speech they run into. */
function indirectDrafts(unit: QuoteUnit, atts: readonly Attribution[], text: string, speaking: readonly Span[]): DraftQuote[] {
  const out: DraftQuote[] = [];
  for (const att of atts) {
    if (!att.subject) continue;
    let clause = reportedClause(unit, att, text);
    if (!clause) continue;
    const clash = speaking.find((s) => s[0] < clause![1] && s[1] > clause![0]);
    if (clash) {
      // "he’s satisfied with …, while conceding that “…”": keep the clause up to the comma before the quote.
      const comma = text.lastIndexOf(',', clash[0]);
      if (comma <= clause[0]) continue;
      clause = [clause[0], comma];
    }
    if (wordsOf(text.slice(clause[0], clause[1])).length < MIN_INDIRECT_WORDS) continue;
    if (out.some((q) => q.kind === 'indirect' && q.span[0] < clause[1] && q.span[1] > clause[0])) continue;
    out.push({ kind: 'indirect', span: withoutDateline(text, clause), region: null, attribution: att, carry: false });
  }
  return out;
}

export function buildUnitQuotes(unit: QuoteUnit, atts: readonly Attribution[], text: string): DraftQuote[] {
  const out: DraftQuote[] = [];
  const speaking: Span[] = [];
  unit.regions.forEach((r, idx) => {
    const made = draftOfRegion(unit, r, idx, atts, text);
    out.push(made.draft);
    if (made.speaking) speaking.push([r.open, r.close]);
  });
  out.push(...indirectDrafts(unit, atts, text, speaking));
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
