/**
 * Builds the draft quotes of one unit: each quoted region classified (direct, partial,
 * scare) and paired with the attribution that governs it, then the reported clauses of
 * attributions that govern no quote marks (indirect quotes).
 */
import type { QuoteKind, Span } from '../model/records.ts';
import { MIN_INDIRECT_WORDS, SCARE_MAX_WORDS } from './constants.ts';
import type { Attribution } from './AttributionFinder.ts';
import { between, chooseAttribution, regionKind } from './AttributionChoice.ts';
import { captionSubject, colonOrDashSpeaker, sentenceSubject } from './BareSpeakers.ts';
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
  // "… posted a video with the caption: “…”": the poster speaks.
  const poster = att ? null : captionSubject(unit, r, prevClose, text);
  if (poster) return { draft: { kind, span: r.span, region: r, attribution: null, carry: false, subject: poster }, speaking: true };
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

/** Quote marks that are speech, with the attribution that governs them. */
interface Speech {
  span: Span;
  att: Attribution | null;
}

/** The token index of the first token starting at or after `offset`. */
function tokenAt(unit: QuoteUnit, offset: number): number {
  const k = unit.tokens.findIndex((t) => t.start >= offset);
  return k < 0 ? unit.tokens.length : k;
}

/**
 * A reported clause that runs into quote marks, cut into its coordinated parts: "said A and that
 * “B”" reports two clauses, and "explained that A, and added that “B”" ends A before the second
 * cue. Each part is an indirect quote, or gives way to the quote marks inside it (the guide), on
 * its own. A clause with no speech marks in it stays whole.
 */
function clauseParts(unit: QuoteUnit, clause: Span, att: Attribution, atts: readonly Attribution[]): Span[] {
  const parts: Span[] = [];
  const toks = unit.tokens;
  let start = clause[0];
  for (let k = tokenAt(unit, clause[0]); k < toks.length && (toks[k]?.start ?? Infinity) < clause[1]; k++) {
    const t = toks[k];
    if (!t || !t.word || !unit.frame[k] || (t.lower !== 'and' && t.lower !== 'but')) continue;
    const end = toks[k - 1]?.text === ',' ? (toks[k - 1]?.start ?? t.start) : t.start;
    const next = toks[k + 1];
    if (next?.lower === 'that' && unit.frame[k + 1] && toks[k + 2]) {
      parts.push([start, end]);
      start = toks[k + 2]?.start ?? clause[1];
      continue;
    }
    // "and added …", "and also said …": another cue coordinated with this one ends the clause.
    const cueAt = next?.lower === 'also' ? k + 2 : k + 1;
    if (atts.some((a) => a !== att && a.cue.first === cueAt)) return [...parts, [start, end]];
  }
  return [...parts, [start, clause[1]]];
}

/** The reported clauses of attributions ("X said that …"), cut short of quoted speech they run into. */
function indirectDrafts(unit: QuoteUnit, atts: readonly Attribution[], text: string, speaking: readonly Speech[]): DraftQuote[] {
  const out: DraftQuote[] = [];
  for (const att of atts) {
    if (!att.subject) continue;
    const whole = reportedClause(unit, att, text);
    if (!whole) continue;
    const clashes = speaking.some((s) => s.span[0] < whole[1] && s.span[1] > whole[0]);
    for (let clause of clashes ? clauseParts(unit, whole, att, atts) : [whole]) {
      const [a, b] = clause;
      const clash = speaking.find((s) => s.span[0] < b && s.span[1] > a);
      // "He said the way X has been “…” targeting MPs shows they are “…”": quote marks the clause's own cue governs are
      // annotated instead of the clause (the guide), so the clause is not given again, nor the labels inside it a speaker.
      if (clash && clash.att === att) continue;
      if (clash) {
        // "he’s satisfied with …, while conceding that “…”": keep the clause up to the comma before the quote.
        const comma = text.lastIndexOf(',', clash.span[0]);
        if (comma <= a) continue;
        clause = [a, comma];
      }
      const [c0, c1] = clause;
      if (wordsOf(text.slice(c0, c1)).length < MIN_INDIRECT_WORDS) continue;
      if (out.some((q) => q.kind === 'indirect' && q.span[0] < c1 && q.span[1] > c0)) continue;
      out.push({ kind: 'indirect', span: withoutDateline(text, clause), region: null, attribution: att, carry: false });
    }
  }
  return out;
}

export function buildUnitQuotes(unit: QuoteUnit, atts: readonly Attribution[], text: string): DraftQuote[] {
  const out: DraftQuote[] = [];
  const speaking: Speech[] = [];
  unit.regions.forEach((r, idx) => {
    const made = draftOfRegion(unit, r, idx, atts, text);
    out.push(made.draft);
    if (made.speaking) speaking.push({ span: [r.open, r.close], att: made.draft.attribution });
  });
  out.push(...indirectDrafts(unit, atts, text, speaking));
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
