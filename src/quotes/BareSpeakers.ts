/**
 * Speakers a quote has without a cue: the phrase before a colon ("From the ministry: “…”"),
 * a name after a dash ("“…” — Commissioner X"), or the person opening the sentence of an
 * unattributed partial quote ("He felt “…”").
 */
import { MAX_NAME_RUN } from './constants.ts';
import { CUES } from './lexicon/cues.ts';
import { mainSubject } from './AttributionFinder.ts';
import { between } from './AttributionChoice.ts';
import type { Mention } from './Mention.ts';
import type { QuoteRegion } from './QuoteMarkScanner.ts';
import type { QuoteUnit } from './QuoteUnit.ts';
import { subjectBefore } from './SubjectFinder.ts';

/** Words that open a phrase before a colon without naming anyone ("And then:", "But later:"). */
const CONNECTIVES = new Set(['and', 'but', 'then', 'so', 'or', 'yet', 'also', 'still', 'now', 'later', 'finally', 'first', 'next']);

/** Labels a page puts before a colon and quote marks ("See: “…”", "Related: “…”"), from the speaker audit's non-speech errors. */
const COLON_LABELS: ReadonlySet<string> = new Set([
  'see', 'see also', 'read', 'read more', 'watch', 'listen', 'related', 'note', 'example', 'examples', 'update', 'updated', 'tip', 'answer',
  'question', 'introduction', 'conclusion', 'summary', 'correction', 'disclaimer', 'source', 'sources', 'title', 'headline', 'caption', 'quote',
]);

/** Prepositions whose object, after a noun, ends a topic label before a colon ("Less pressure on buyers:", "Rates for renters:"). */
const LABEL_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'to', 'in', 'from', 'on', 'about', 'over', 'among', 'against', 'into']);

/** "From the ministry: “…”" (the phrase before a colon) or "“…” — Commissioner X" (the phrase after a dash). */
export function colonOrDashSpeaker(unit: QuoteUnit, r: QuoteRegion, prevClose: number, nextOpen: number, text: string): Mention | null {
  // "User review: “…” — Lance R.": a name signing the quote after a dash outranks a label before its colon.
  return dashSpeaker(unit, r, nextOpen, text) ?? colonSpeaker(unit, r, prevClose, text);
}

/** "From the ministry: “…”": the phrase before a colon, when it can speak. */
function colonSpeaker(unit: QuoteUnit, r: QuoteRegion, prevClose: number, text: string): Mention | null {
  const pre = between(text, prevClose, r.open);
  if (!pre.endsWith(':')) return null;
  const colon = unit.tokens.findIndex((t) => t.text === ':' && t.start >= prevClose && t.start < r.open);
  // "The second, made in response, states: “…”": a cue word before the colon is the verb, never the speaker.
  const verb = colon > 0 && CUES.has(unit.tokens[colon - 1]?.lower ?? '') && !unit.tokens[colon - 1]?.cap;
  const m = colon > 0 && !verb ? subjectBefore(unit, colon, text) : null;
  // "Less pressure on buyers: “…”": the object of a preposition after a noun is a topic label's, not a speaker ("From the ministry:" is).
  const prep = m ? unit.tokens[m.first - 1] : undefined;
  if (m && prep && LABEL_PREPOSITIONS.has(prep.lower) && unit.tokens[m.first - 2]?.word && unit.frame[m.first - 2]) return null;
  // "See: “…”", "Introduction: “…”": a link or section label before the colon, not a speaker.
  if (m && COLON_LABELS.has(m.text.toLowerCase())) return null;
  // "And then: “…”" is a connective before the colon, not a speaker.
  return m && m.kind !== 'pronoun' && !CONNECTIVES.has(m.text.split(/\s+/)[0]?.toLowerCase() ?? '') ? m : null;
}

/** "“…” — Commissioner X": the capitalised name right after a dash following the quote. */
function dashSpeaker(unit: QuoteUnit, r: QuoteRegion, nextOpen: number, text: string): Mention | null {
  const post = text.slice(r.close + 1, nextOpen);
  // A plain hyphen signs only when spaced on both sides ("“…” - Name"), never as part of a word.
  const dash = /^\s*[—–]\s*|^\s+-\s+/.exec(post);
  if (!dash || post.trim().length <= 1) return null;
  const first = unit.tokens.findIndex((t) => t.start >= r.close + 1 + dash[0].length);
  if (first < 0) return null;
  let last = first;
  // The signature ends at its line ("“…” – Milton Glaser\nWeb design is …").
  while (last + 1 < unit.tokens.length && unit.tokens[last + 1]?.word && (unit.tokens[last + 1]?.start ?? Infinity) < nextOpen && !text.slice(unit.tokens[last]?.end ?? 0, unit.tokens[last + 1]?.start ?? 0).includes('\n')) last++;
  const a = unit.tokens[first];
  const b = unit.tokens[last];
  return a && b && a.cap && b.cap && last - first < MAX_NAME_RUN ? { span: [a.start, b.end], text: text.slice(a.start, b.end), kind: 'name', first, last } : null;
}

/** The subject opening the sentence before a quote, when it is a person's name or "he"/"she". */
export function sentenceSubject(unit: QuoteUnit, r: QuoteRegion, text: string): Mention | null {
  const upTo = unit.tokens.findIndex((t) => t.start >= r.open);
  const m = mainSubject(unit, upTo < 0 ? unit.tokens.length : upTo, text);
  if (!m || m.span[1] > r.open) return null;
  if (m.kind === 'pronoun') return /^(he|she)$/i.test(m.text) ? m : null;
  // A full name only: one capitalised word opening a sentence is too often not a person ("Yesterday", "Drag").
  return m.kind === 'name' && /\s/.test(m.text) ? m : null;
}

/** "… posted a video with the caption: “…”": a caption or message lead before the quote, after the sentence's own words. */
const CAPTION_LEAD = /\b(?:with the (?:caption|message|words|text)|captioned(?: it)?|captioning it)\s*[:,]?\s*$/i;

/**
 * "Mr. Biden’s X account posted a video …, with the caption: “Donald, man.”": a caption speaks for whoever posted it,
 * the subject of the sentence (its possessor, for an account or a page), not for the last speaker.
 */
export function captionSubject(unit: QuoteUnit, r: QuoteRegion, prevClose: number, text: string): Mention | null {
  if (!CAPTION_LEAD.test(text.slice(prevClose, r.open))) return null;
  const upTo = unit.tokens.findIndex((t) => t.start >= r.open);
  const m = mainSubject(unit, upTo < 0 ? unit.tokens.length : upTo, text);
  if (!m || m.span[1] > r.open) return null;
  // "Mr. Biden’s X account": the possessor posts.
  const owner = /^([^,;:]{1,60}?)['’]s\s+(?:\S+\s+)?(?:account|page|feed|channel|profile)\b/u.exec(text.slice(m.span[0], r.open));
  if (owner && owner[1]) return { ...m, span: [m.span[0], m.span[0] + owner[1].length], text: owner[1], kind: /^\p{Lu}/u.test(owner[1].split(/\s+/).pop() ?? '') ? 'name' : 'description' };
  return m.kind === 'name' || m.kind === 'pronoun' || m.kind === 'description' ? m : null;
}
