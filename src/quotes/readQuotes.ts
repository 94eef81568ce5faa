/**
 * The `quotes` stage: direct, partial, scare and indirect quotes with their speakers,
 * cues and channels. Propose-then-refine: quote regions and units are proposed, cues
 * and attributions found per unit, then speakers resolved in text order so pronouns
 * and follow-on paragraphs can take the current speaker.
 */
import type { AnalyzedArticle, NlpArticle, Quote, Span } from '../model/records.ts';
import type { Stage } from '../model/stage.ts';
import { matchDescription } from '../nlp/index.ts';
import { findAttributions, mainSubject, type Attribution } from './AttributionFinder.ts';
import { findChannels } from './ChannelFinder.ts';
import { colonLead, withColonLead } from './ColonLead.ts';
import { CARRY_PARAGRAPHS, LONE_ATTRIBUTION_MAX_WORDS } from './constants.ts';
import { findCues, type Cue } from './CueFinder.ts';
import { findNounCueAttributions } from './NounCues.ts';
import { possessorOf } from './Possessor.ts';
import { attributeRepeatedQuotes } from './RepeatedQuotes.ts';
import { documentOwner } from './DocumentOwner.ts';
import { isQuotedHeading, isSectioned } from './Headings.ts';
import { scanQuoteRegions } from './QuoteMarkScanner.ts';
import { tokenize } from './QuoteTokens.ts';
import { buildUnit, type QuoteUnit } from './QuoteUnit.ts';
import { resolveSpeaker, type DescriptionMatcher, type ResolveContext, type Resolved } from './SpeakerResolver.ts';
import { notePronounSubject, noteUnusedAttributions, track, type Tracking } from './SpeakerTracking.ts';
import type { Mention } from './Mention.ts';
import { buildUnitQuotes, type DraftQuote } from './UnitQuoteBuilder.ts';
import { paragraphsOf, segmentUnits } from './UnitSegmenter.ts';

interface Options {
  /** The nlp stage's description matcher, when it offers one. */
  matchDescription?: DescriptionMatcher;
}

function quoteText(text: string, d: DraftQuote): { text: string; span: Span } {
  let [a, b] = d.span;
  while (b > a && /[\s,]/.test(text[b - 1] ?? '')) b--;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  let body = text.slice(a, b);
  if (d.region && d.region.reopenings.length > 0) {
    for (const at of [...d.region.reopenings].sort((x, y) => y - x)) {
      if (at >= a && at < b) body = body.slice(0, at - a) + body.slice(at - a + 1);
    }
  }
  return { text: body, span: [a, b] };
}

/**
 * "“…!” Smith said.": when every quote of a unit is unattributed and the next unit, in the
 * same paragraph and with no quote marks, is one short attribution, that attribution is theirs.
 */
function loneAttribution(
  unit: QuoteUnit,
  next: QuoteUnit | undefined,
  drafts: readonly DraftQuote[],
  attributionsOf: (next: QuoteUnit) => Attribution[],
): Attribution | null {
  if (!next || drafts.length === 0 || !drafts.every((d) => d.carry) || next.regions.length !== 0 || next.para !== unit.para) return null;
  const nextAtts = attributionsOf(next).filter((a) => a.subject);
  const lone = nextAtts[0];
  return lone && nextAtts.length === 1 && next.tokens.filter((t) => t.word).length <= LONE_ATTRIBUTION_MAX_WORDS ? lone : null;
}

/** The mention naming a draft's speaker and who it is; an unattributed follow-on quote takes the current speaker. */
function attributeDraft(
  d: DraftQuote,
  para: number,
  ctx: ResolveContext,
  matcher: DescriptionMatcher | null,
  leadSubject: Mention | null = null,
): { mention: Mention | null; resolved: Resolved } {
  const nobody: Resolved = { speaker: null, entity: null };
  if (d.kind === 'scare') return { mention: null, resolved: nobody };
  const text = ctx.article.text;
  const att = d.attribution;
  if (att && att.subject) {
    const mention = possessorOf(att.subject, text) ?? documentOwner(att.subject, text) ?? att.subject;
    return { mention, resolved: resolveSpeaker(ctx, mention, matcher) };
  }
  if (d.bareSpeaker) {
    // "His teachings: “…”": a possessed thing before a colon (not a person) speaks for its possessor, as a document does.
    const bare = d.bareSpeaker.kind === 'group' && /^(?:his|her|its|their)\s+\S+$/i.test(d.bareSpeaker.text) ? { ...d.bareSpeaker, kind: 'document' as const } : d.bareSpeaker;
    let mention = possessorOf(bare, text) ?? d.bareSpeaker;
    if (/^from\s+/i.test(mention.text)) {
      const cut = mention.text.match(/^from\s+/i)?.[0].length ?? 0;
      mention = { ...mention, text: mention.text.slice(cut), span: [mention.span[0] + cut, mention.span[1]] };
    }
    return { mention, resolved: resolveSpeaker(ctx, mention, matcher) };
  }
  if (d.subject) return { mention: d.subject, resolved: resolveSpeaker(ctx, d.subject, matcher) };
  const current = ctx.current;
  if (d.carry && current && current.para >= para - CARRY_PARAGRAPHS) return { mention: null, resolved: { speaker: current.speaker, entity: current.entity } };
  // No recent speaker to carry: the person the sentence before it in the paragraph is about ("She decided to go home. “I realised …”").
  if (d.carry && leadSubject) return { mention: null, resolved: resolveSpeaker(ctx, leadSubject, matcher) };
  return { mention: null, resolved: nobody };
}

/** The index of the paragraph holding `offset`, at least `from`. */
function paragraphAt(paragraphs: readonly Span[], offset: number, from: number): number {
  let p = from;
  while (p + 1 < paragraphs.length && (paragraphs[p + 1]?.[0] ?? Infinity) <= offset) p++;
  return p;
}

/** The person opening the previous unit of the same paragraph, when that unit has no quotes: "he"/"she" or a full name. */
function leadSubjectOf(unit: QuoteUnit, prev: QuoteUnit | undefined, text: string): Mention | null {
  if (!prev || prev.para !== unit.para || prev.regions.length > 0) return null;
  const m = mainSubject(prev, prev.tokens.length, text);
  if (!m) return null;
  if (m.kind === 'pronoun') return /^(he|she)$/i.test(m.text) ? m : null;
  return m.kind === 'name' && /\s/.test(m.text) ? m : null;
}

/** The record of one quote; a scare quote has no speaker, cue or channel. */
function toQuote(d: DraftQuote, body: string, span: Span, mention: Mention | null, resolved: Resolved, via: string[]): Quote {
  const att = d.attribution;
  const scare = d.kind === 'scare';
  return {
    text: body,
    kind: d.kind,
    speaker: scare ? null : resolved.speaker,
    speakerEntity: scare ? null : resolved.entity,
    speakerMention: scare ? null : (mention?.text ?? null),
    speakerSpan: scare ? null : (mention?.span ?? null),
    cue: scare ? null : (att?.cue.text ?? null),
    via: scare || !att ? [] : via,
    span,
    stage: 'quotes',
  };
}

/** Builds the `quotes` stage; `readQuotes` is it with the local resolvers. */
export function makeReadQuotes(options: Options = {}): Stage<NlpArticle, AnalyzedArticle> {
  return (article) => {
    const text = article.text;
    const matcher = options.matchDescription ?? null;
    const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : paragraphsOf(text);
    const regions = scanQuoteRegions(text, paragraphs);
    const quoted: Span[] = regions.map((r) => [r.open, r.close]);
    const tokens = tokenize(text);
    const unitSpans = segmentUnits(text, paragraphs, regions);
    let p = 0;
    const units: QuoteUnit[] = unitSpans.map((span) => {
      while (p + 1 < paragraphs.length && (paragraphs[p + 1]?.[0] ?? Infinity) <= span[0]) p++;
      return buildUnit(span, p, tokens, regions);
    });
    const unitStarts = unitSpans.map((s) => s[0]);
    const sectioned = isSectioned(text, paragraphs);
    const tracking: Tracking = { current: null, knownPeople: [], genders: new Map() };
    const quotes: Quote[] = [];
    const cueCache = new Map<number, { cues: Cue[]; atts: Attribution[] }>();
    const analyse = (i: number, unit: QuoteUnit) => {
      let hit = cueCache.get(i);
      if (!hit) {
        const cues = findCues(unit);
        const nounAtts = findNounCueAttributions(unit, text);
        const atts = findAttributions(unit, cues, text);
        hit = { cues, atts: nounAtts.length === 0 ? atts : [...atts, ...nounAtts].sort((a, b) => a.cue.first - b.cue.first) };
        cueCache.set(i, hit);
      }
      return hit;
    };
    for (let u = 0; u < units.length; u++) {
      const unit = units[u];
      if (!unit) continue;
      const { cues, atts } = analyse(u, unit);
      const prev = units[u - 1];
      let drafts = withColonLead(buildUnitQuotes(unit, atts, text), unit, prev ? colonLead(prev, analyse(u - 1, prev).atts, unit) : null, text);
      const lone = loneAttribution(unit, units[u + 1], drafts, (next) => analyse(u + 1, next).atts);
      if (lone) {
        drafts = drafts.map((d) => ({ ...d, attribution: lone, carry: false }));
        u++;
      }
      const via = findChannels(unit, cues);
      for (const draft of drafts) {
        // "“… prevent the evacuation of civilians”" alone between sections: a heading, not speech (Headings.ts).
        const heading = sectioned && draft.kind !== 'scare' && draft.kind !== 'indirect' && !draft.attribution && !draft.bareSpeaker && !draft.subject && isQuotedHeading(text, draft.span, paragraphs[unit.para]);
        const d: DraftQuote = heading ? { ...draft, kind: 'scare', carry: false } : draft;
        const { text: body, span } = quoteText(text, d);
        if (span[1] <= span[0]) continue;
        const ctx: ResolveContext = { article, quoted, current: tracking.current, unitStarts, knownPeople: tracking.knownPeople, learntGenders: tracking.genders };
        const { mention, resolved } = attributeDraft(d, unit.para, ctx, matcher, d.carry ? leadSubjectOf(unit, units[u - 1], text) : null);
        // A quote running over several paragraphs keeps its speaker in view from the paragraph where it ends.
        track(tracking, mention, resolved, d, body, paragraphAt(paragraphs, span[1] - 1, unit.para), article);
        quotes.push(toQuote(d, body, span, mention, resolved, via));
      }
      // A sentence with no speech of its own (labels only) may still keep the speaker in view.
      if (drafts.every((d) => d.kind === 'scare')) notePronounSubject(tracking, mainSubject(unit, unit.tokens.length, text), unit.para, article, quoted);
      noteUnusedAttributions(tracking, atts, drafts, unit.para, { article, quoted, current: tracking.current, unitStarts, knownPeople: tracking.knownPeople, learntGenders: tracking.genders }, matcher, unit.span[0]);
    }
    quotes.sort((a, b) => a.span[0] - b.span[0]);
    return { ...article, quotes: attributeRepeatedQuotes(quotes) };
  };
}

/** The `quotes` stage. */
export const readQuotes: Stage<NlpArticle, AnalyzedArticle> = makeReadQuotes({ matchDescription });
