/**
 * Builds the draft quotes of one unit: each quoted region classified (direct, partial,
 * scare) and paired with the attribution that governs it, then the reported clauses of
 * attributions that govern no quote marks (indirect quotes).
 */
import type { QuoteKind, Span } from '../model/records.ts';
import { MAX_CUE_GAP_WORDS, MAX_NAME_RUN, SCARE_MAX_WORDS, MIN_INDIRECT_WORDS } from './constants.ts';
import { CUES } from './lexicon/cues.ts';
import { COMMON_VERBS } from './lexicon/words.ts';
import { mainSubject, type Attribution } from './AttributionFinder.ts';
import { reportedClause } from './ClauseFinder.ts';
import type { QuoteRegion } from './QuoteMarkScanner.ts';
import { wordsOf } from './QuoteTokens.ts';
import type { QuoteUnit } from './QuoteUnit.ts';
import { subjectBefore, type Mention } from './SubjectFinder.ts';

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

/** Whether quoted words make a statement rather than a label. */
export function hasVerb(words: readonly string[]): boolean {
  return words.some((w) => COMMON_VERBS.has(w) || CUES.has(w) || /n't$/.test(w));
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'and', 'or', 'at', 'by', 'with', 'is', 'from', 'as', 'but', 'nor', 'vs']);

/** A title in Title Case with no attribution ("Dance the Night Away", "The Lumumba Plot: …") names a work, it is not speech. */
function isTitle(text: string): boolean {
  const words = text.trim().replace(/[.!]$/, '').split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  if (words.length === 0 || words.length > 14) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR_WORDS.has(w)));
}

/** Words after a closing mark that continue a sentence rather than head a noun ("… of", "… was"). */
const NOT_NOUNS = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'is', 'was', 'are', 'were',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'as', 'than', 'so', 'if', 'when', 'while', 'because',
  'after', 'before', 'into', 'over', 'about', 'against', 'since', 'until', 'said', 'says', 'say', 'told', 'added', 'wrote', 'not', 'then', 'there',
]);

/**
 * A quote used as a modifier inside a noun phrase — after a determiner and before the noun it
 * qualifies ("the infamous “10 held by H for the big guy?” email", "a “zero tolerance” policy") —
 * is a label, not speech, however many words it has.
 */
function isNounModifier(text: string, unit: QuoteUnit, r: QuoteRegion): boolean {
  const pre = text.slice(Math.max(unit.span[0], r.open - 40), r.open);
  if (!/(?:^|\s)(?:the|a|an|these|those|his|her|its|their|our)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/iu.test(pre)) return false;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(text.slice(r.close + 1, r.close + 40));
  return !!next && !!next[1] && !NOT_NOUNS.has(next[1]) && !CUES.has(next[1]) && !/ly$/.test(next[1]);
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', "i'm", "we're", "you're", "it's", "he's", "she's", "they're", "i've", "we've"]);

/** A pronoun subject and a verb: a sentence of speech ("I love you"), however short, not a label. */
function isClause(words: readonly string[]): boolean {
  return words.some((w) => SUBJECT_PRONOUNS.has(w)) && (hasVerb(words) || words.some((w) => /'(m|re|s|ve)$/.test(w)));
}

function isScare(text: string): boolean {
  const words = wordsOf(text);
  return words.length <= SCARE_MAX_WORDS && !hasVerb(words);
}

function offsetOfToken(unit: QuoteUnit, i: number, side: 'start' | 'end'): number {
  const t = unit.tokens[i];
  return t ? t[side] : unit.span[1];
}

/** Text between two offsets, trimmed of spaces. */
function between(text: string, a: number, b: number): string {
  return a < b ? text.slice(a, b).trim() : '';
}

/**
 * Whether a cue after a closing mark attributes the quote: few words between them, or the
 * cue's subject standing right after the mark ("“…,” the performer known as Flloyd, another
 * friend from that era, later told a documentarian"), however long the aside after it.
 */
function attachedAfter(unit: QuoteUnit, r: QuoteRegion, att: Attribution, text: string): boolean {
  const cueAt = offsetOfToken(unit, att.cue.first, 'start');
  // Comma-delimited asides after the subject ("…, another bandmate from that era, later told") do not count towards the gap.
  const gapText = text.slice(r.close + 1, cueAt).replace(/^[\s,]+/, '').replace(/,[^,]*,/g, ' ');
  if (wordsOf(gapText).length <= MAX_CUE_GAP_WORDS) return true;
  const subject = att.subject;
  return !!subject && att.order === 'before' && subject.span[0] > r.close && /^[\s,—–-]*$/.test(text.slice(r.close + 1, subject.span[0]));
}

function chooseAttribution(unit: QuoteUnit, r: QuoteRegion, atts: readonly Attribution[], text: string, nextOpen: number): { att: Attribution | null; side: 'before' | 'after' | null } {
  // A naming cue ("called") governs only the marks after it: "“…,” she called it" is not a tag.
  const after = atts.find((a) => a.cue.entry.frame !== 'naming' && offsetOfToken(unit, a.cue.first, 'start') > r.close && offsetOfToken(unit, a.cue.first, 'start') < nextOpen);
  const before = [...atts].reverse().find((a) => offsetOfToken(unit, a.cue.last, 'end') <= r.open);
  const post = between(text, r.close + 1, nextOpen);
  // "“…,” adding that … according to international law": a relay after the quote does not displace the speaker before it.
  if (after && after.order === 'source' && before) return { att: before, side: 'before' };
  if (after && /^[,—–-]?\s*\S/.test(post)) {
    if (attachedAfter(unit, r, after, text) && (after.subject || before === undefined)) return { att: after, side: 'after' };
  }
  if (before) return { att: before, side: 'before' };
  if (after) return { att: after, side: 'after' };
  return { att: null, side: null };
}

function regionKind(unit: QuoteUnit, r: QuoteRegion, prevClose: number, nextOpen: number, side: 'before' | 'after' | null, att: Attribution | null, text: string): 'direct' | 'partial' {
  const pre = between(text, prevClose, r.open);
  const post = between(text, r.close + 1, nextOpen).replace(/^[\s,.;:!?…]+$/, '');
  const cueText = att ? att.cue.text.toLowerCase() : '';
  const preOk = pre === '' || /[:,]$/.test(pre) || (side === 'before' && (/\bthat$/i.test(pre) || pre.toLowerCase().endsWith(cueText)));
  let postOk = post === '';
  if (!postOk && side === 'after' && att) {
    postOk = attachedAfter(unit, r, att, text);
  }
  if (!postOk && side === 'before' && /^[,—–-]/.test(post) === false && /^[.!?…]*$/.test(post)) postOk = true;
  return preOk && postOk ? 'direct' : 'partial';
}

/** A clause opening a story carries its dateline ("MOSCOW — ", "LONDON (Reuters) - "); it is not reported speech. */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{N} .,'’()\/-]{1,60}?\s[—–-]{1,2}\s+/u;
/** An outlet-name dateline: capitalised words only, then a dash ("PanARMENIAN.Net - "). */
const NAME_DATELINE = /^\p{Lu}[\p{L}\p{N}.\/()]*(?: \p{Lu}[\p{L}\p{N}.\/()]*){0,3}\s[—–-]{1,2}\s+/u;

function withoutDateline(text: string, span: Span): Span {
  const clause = text.slice(span[0], span[1]);
  const m = DATELINE.exec(clause);
  if (m && !/\p{Ll}{2}/u.test(m[0].replace(/\((Reuters|AP|AFP)\)/g, ''))) return [span[0] + m[0].length, span[1]];
  const n = NAME_DATELINE.exec(clause);
  return n ? [span[0] + n[0].length, span[1]] : span;
}

/** Words that open a phrase before a colon without naming anyone ("And then:", "But later:"). */
const CONNECTIVES = new Set(['and', 'but', 'then', 'so', 'or', 'yet', 'also', 'still', 'now', 'later', 'finally', 'first', 'next']);

/** "From the ministry: “…”" (the phrase before a colon) or "“…” — Commissioner X" (the phrase after a dash). */
function colonOrDashSpeaker(unit: QuoteUnit, r: QuoteRegion, prevClose: number, nextOpen: number, text: string): Mention | null {
  const pre = between(text, prevClose, r.open);
  if (pre.endsWith(':')) {
    const colon = unit.tokens.findIndex((t) => t.text === ':' && t.start >= prevClose && t.start < r.open);
    const m = colon > 0 ? subjectBefore(unit, colon, text) : null;
    // "And then: “…”" is a connective before the colon, not a speaker.
    if (m && m.kind !== 'pronoun' && !CONNECTIVES.has(m.text.split(/\s+/)[0]?.toLowerCase() ?? '')) return m;
  }
  const post = text.slice(r.close + 1, nextOpen);
  const dash = /^\s*[—–]\s*/.exec(post);
  if (dash && post.trim().length > 1) {
    const first = unit.tokens.findIndex((t) => t.start >= r.close + 1 + dash[0].length);
    if (first >= 0) {
      let last = first;
      while (last + 1 < unit.tokens.length && unit.tokens[last + 1]?.word && (unit.tokens[last + 1]?.start ?? Infinity) < nextOpen) last++;
      const a = unit.tokens[first];
      const b = unit.tokens[last];
      if (a && b && a.cap && b.cap && last - first < MAX_NAME_RUN) return { span: [a.start, b.end], text: text.slice(a.start, b.end), kind: 'name', first, last };
    }
  }
  return null;
}

/** The subject opening the sentence before a quote, when it is a person's name or "he"/"she". */
function sentenceSubject(unit: QuoteUnit, r: QuoteRegion, text: string): Mention | null {
  const upTo = unit.tokens.findIndex((t) => t.start >= r.open);
  const m = mainSubject(unit, upTo < 0 ? unit.tokens.length : upTo, text);
  if (!m || m.span[1] > r.open) return null;
  if (m.kind === 'pronoun') return /^(he|she)$/i.test(m.text) ? m : null;
  // A full name only: one capitalised word opening a sentence is too often not a person ("Yesterday", "Drag").
  return m.kind === 'name' && /\s/.test(m.text) ? m : null;
}

export function buildUnitQuotes(unit: QuoteUnit, atts: readonly Attribution[], text: string): DraftQuote[] {
  const out: DraftQuote[] = [];
  const used = new Set<Attribution>();
  const speaking: Span[] = [];
  unit.regions.forEach((r, idx) => {
    const prevClose = idx > 0 ? (unit.regions[idx - 1]?.close ?? unit.span[0]) + 1 : unit.span[0];
    // A short label or title after the quote ("…,” X, a producer of “Night Shift,” said") does not end the stretch its cue may stand in.
    const nextSpeech = unit.regions.slice(idx + 1).find((n) => !isScare(text.slice(n.span[0], n.span[1])) && !isTitle(text.slice(n.span[0], n.span[1])));
    const nextOpen = nextSpeech?.open ?? unit.span[1];
    const content = text.slice(r.span[0], r.span[1]);
    // A short quote standing as a whole sentence ("“Nothing at all.”") is speech, not a label.
    const wholeUnit = between(text, unit.span[0], r.open) === '' && /^[\s.!?,;:…]*$/.test(text.slice(r.close + 1, unit.span[1])) && /[.!?…]$/.test(content.trim());
    if (isScare(content) && !wholeUnit) {
      out.push({ kind: 'scare', span: r.span, region: r, attribution: null, carry: false });
      return;
    }
    if (!wholeUnit && isNounModifier(text, unit, r)) {
      out.push({ kind: 'scare', span: r.span, region: r, attribution: null, carry: false });
      return;
    }
    const { att, side } = chooseAttribution(unit, r, atts, text, nextOpen);
    // A word or three in quote marks with no cue to govern them is a label, verb or not ("could be “fixed”"): never given a carried speaker.
    if (!att && (isTitle(content) || (!wholeUnit && wordsOf(content).length <= SCARE_MAX_WORDS && !isClause(wordsOf(content))))) {
      out.push({ kind: 'scare', span: r.span, region: r, attribution: null, carry: false });
      return;
    }
    const kind = regionKind(unit, r, prevClose, nextOpen, side, att, text);
    // A title in Title Case inside a sentence, or after a naming verb ("a memoir called “The Long Road Home.”"), names a work even when a cue is near.
    if ((kind === 'partial' || att?.cue.entry.frame === 'naming') && wordsOf(content).length >= 2 && isTitle(content)) {
      out.push({ kind: 'scare', span: r.span, region: r, attribution: null, carry: false });
      return;
    }
    if (att) used.add(att);
    speaking.push([r.open, r.close]);
    const bare = att ? null : colonOrDashSpeaker(unit, r, prevClose, nextOpen, text);
    if (bare) {
      out.push({ kind: 'direct', span: r.span, region: r, attribution: null, carry: false, bareSpeaker: bare });
      return;
    }
    const standalone = !att && kind === 'direct';
    if (!att && kind === 'partial' && !hasVerb(wordsOf(content))) {
      out.push({ kind: 'scare', span: r.span, region: r, attribution: null, carry: false });
      return;
    }
    // "He felt “some energy shift …”": an unattributed quote inside a sentence whose subject is a person belongs to that subject, not to the last speaker.
    const subject = !att && kind === 'partial' ? sentenceSubject(unit, r, text) : null;
    if (subject) {
      out.push({ kind, span: r.span, region: r, attribution: null, carry: false, subject });
      return;
    }
    out.push({ kind, span: r.span, region: r, attribution: att, carry: standalone || (!att && kind === 'partial') });
  });
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
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

export type { Mention };
