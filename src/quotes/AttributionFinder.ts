/**
 * Pairs each cue of a unit with its speaker mention: the subject before the cue, the
 * inverted subject after it ("said Galuzin"), the source of "according to X", or for a
 * trailing participle ("…, saying that …") the subject of the main clause.
 */
import { MAX_COORDINATED_GAP, MAX_LEAD_IN_WORDS, MAX_NAME_RUN } from './constants.ts';
import { WEAK_CUES } from './lexicon/cues.ts';
import { DETERMINERS, FINDING_CUES, FINDING_NOUNS, NOT_SOURCES, NP_INNER_PREPOSITIONS, PRONOUNS, TITLE_WORDS } from './lexicon/words.ts';
import type { Cue } from './CueFinder.ts';
import type { Mention } from './Mention.ts';
import { outermost } from './AttributionChoice.ts';
import { sourcePhrase, subjectAfter } from './SubjectAfter.ts';
import { subjectBefore } from './SubjectFinder.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

export interface Attribution {
  cue: Cue;
  subject: Mention | null;
  /** Where the subject stands relative to the cue. */
  order: 'before' | 'after' | 'source' | 'main';
  /** Attributes only quote marks it governs, never a bare reported clause ("introduced him by saying, “…”"). */
  marksOnly?: boolean;
}

/** Openers of a sentence that are not its subject ("However, late Wednesday, X said"). */
const SENTENCE_OPENERS = new Set(['when', 'while', 'as', 'since', 'although', 'though', 'if', 'once', 'until', 'because', 'however', 'meanwhile', 'still', 'but', 'and', 'indeed', 'instead', 'now', 'then', 'later', 'earlier', 'also', 'yet', 'separately', 'additionally', 'moreover', 'late', 'early', 'last', 'on', 'in', 'at', 'after', 'before', 'during', 'today', 'yesterday', 'according']);

/** Conjunctions and adverbs that open a sentence with no comma after them ("But he …", "Yet the ministry …"). */
const BARE_OPENERS = new Set(['but', 'and', 'yet', 'so', 'or', 'still', 'then', 'now', 'also', 'instead', 'thus']);

const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'although', 'though', 'if', 'once', 'until', 'because']);

/**
 * "Months later, she …", "Two weeks ago, Smith …": a short opening phrase of one capitalised word and lower-case
 * words up to a comma, then a pronoun or a name; returns the index after the comma, or `i` unchanged.
 */
function afterTimePhrase(unit: QuoteUnit, i: number, upTo: number): number {
  const first = unit.tokens[i];
  if (!first?.word || !first.cap) return i;
  let k = i + 1;
  while (k < upTo && k - i <= 3 && unit.tokens[k]?.word && !unit.tokens[k]?.cap) k++;
  const next = unit.tokens[k + 1];
  // A determiner opens a time phrase only when the phrase ends as one ("Two weeks later,", "The day before,").
  if (DETERMINERS.has(first.lower) && !/^(?:later|ago|earlier|before|after)$/.test(unit.tokens[k - 1]?.lower ?? '')) return i;
  if (k === i + 1 || unit.tokens[k]?.text !== ',' || !next?.word || !(PRONOUNS.has(next.lower) || next.cap || SENTENCE_OPENERS.has(next.lower))) return i;
  return k + 1;
}

/** The subject of the unit's main clause when it opens with a name or pronoun, after any opening adverbials. */

/** The first token of the sentence proper: after quoted tokens and a short lead-in label ending in a colon ("THE FACTS: After …"). */
function sentenceStart(unit: QuoteUnit, upTo: number): number {
  let i = 0;
  while (i < upTo && !unit.frame[i]) i++;
  for (let k = i; k < upTo && k - i <= MAX_LEAD_IN_WORDS; k++) {
    const t = unit.tokens[k];
    if (t?.text === ':') return k + 1;
    if (!t?.word || !t.cap) break;
  }
  return i;
}

export function mainSubject(unit: QuoteUnit, upTo: number, text: string): Mention | null {
  let i = sentenceStart(unit, upTo);
  // "But he remains …": a conjunction opening the sentence is not its subject.
  while (i < upTo && BARE_OPENERS.has(unit.tokens[i]?.lower ?? '') && unit.tokens[i + 1]?.word) i++;
  // Skip opening adverbials up to their comma: "However, late Wednesday, Hunter Biden's attorney …",
  // "Two weeks later, on February 9, Israel …".
  for (let guard = 0; guard < 4; guard++) {
    const t = unit.tokens[i];
    const timed = afterTimePhrase(unit, i, upTo);
    if (timed !== i) {
      i = timed;
      continue;
    }
    // "Impulsively, she decides …": an adverb and its comma before a pronoun subject (a name ending in -ly keeps its place: "Kelly, who …").
    if (t && t.word && /^\p{Lu}\p{Ll}{3,}ly$/u.test(t.text) && unit.tokens[i + 1]?.text === ',' && PRONOUNS.has(unit.tokens[i + 2]?.lower ?? '')) {
      i += 2;
      continue;
    }
    if (!t || !t.word || !SENTENCE_OPENERS.has(t.lower)) break;
    // Subordinate openers ("After X accused Y of …,") run longer than adverbial ones ("Late Wednesday,").
    const reach = SUBORDINATORS.has(t.lower) ? 25 : 6;
    let k = i;
    while (k < upTo && unit.tokens[k]?.text !== ',' && k - i < reach) k++;
    if (unit.tokens[k]?.text !== ',') break;
    i = k + 1;
  }
  const t = unit.tokens[i];
  if (!t || !t.word) return null;
  if (PRONOUNS.has(t.lower)) return subjectBefore(unit, i + 1, text);
  if (!t.cap) return null;
  // The phrase runs through names, possessives and lower-case titles to its last capitalised word.
  let j = i;
  let lastCap = i;
  while (j + 1 < upTo && unit.tokens[j + 1]?.word && unit.frame[j + 1] && j - i < MAX_NAME_RUN) {
    j++;
    const w = unit.tokens[j];
    if (w?.cap) lastCap = j;
    else if (!TITLE_WORDS.has(w?.lower ?? '')) break;
  }
  return subjectBefore(unit, lastCap + 1, text);
}

/** Words before a participle that make it an adverbial of the clause it follows ("by saying", "while declaring"). */
const PARTICIPLE_OPENERS = new Set(['by', 'while', 'when', 'after', 'before']);

/**
 * "After X self-immolated outside the embassy, while declaring …": a participle standing before the
 * main clause has begun belongs to the opening subordinate clause, whose subject is the name after
 * its subordinator.
 */
function openingClauseSubject(unit: QuoteUnit, upTo: number, text: string): Mention | null {
  const i = sentenceStart(unit, upTo);
  if (!SUBORDINATORS.has(unit.tokens[i]?.lower ?? '')) return null;
  let j = i + 1;
  const named = (k: number) => !!unit.tokens[k]?.word && /^\p{Lu}/u.test(unit.tokens[k]?.text ?? '');
  while (j < upTo && j - i <= MAX_NAME_RUN && unit.tokens[j]?.word && !named(j)) j++;
  if (j >= upTo || !named(j)) return null;
  let last = j;
  while (last + 1 < upTo && named(last + 1)) last++;
  const m = subjectBefore(unit, last + 1, text);
  return m && m.kind === 'name' ? m : null;
}

/** Object pronouns standing as the subject of a participle after a perception verb ("shows her saying"), as the pronoun they stand for. */
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([['her', 'she'], ['him', 'he'], ['them', 'they']]);

/** The subject of the participle before "and" in "… her introducing X … and saying": the object pronoun right before that participle. */
function coordinatedParticipleSubject(unit: QuoteUnit, and: number): Mention | null {
  for (let k = and - 1; k > 0 && and - k <= MAX_COORDINATED_GAP; k--) {
    const t = unit.tokens[k];
    if (!t || !unit.frame[k] || /^[.;:!?]$/.test(t.text)) return null;
    if (!t.word || !/^\p{Ll}+ing$/u.test(t.text)) continue;
    const prev = unit.tokens[k - 1];
    const pronoun = OBJECT_PRONOUNS.get(prev?.lower ?? '');
    if (!prev || !pronoun || !unit.frame[k - 1]) return null;
    return { span: [prev.start, prev.end], text: pronoun, kind: 'pronoun', first: k - 1, last: k - 1 };
  }
  return null;
}

/** Adverbials that may stand between a comma and a trailing participle ("…, this time claiming that …", "…, once again saying …"). */
const PARTICIPLE_ADVERBIALS = new Set(['this', 'time', 'again', 'once', 'more', 'also', 'then', 'later', 'in', 'turn', 'at', 'the', 'same', 'further', 'all', 'while', 'even', 'now', 'still', 'instead']);

/** Whether only a short adverbial ("this time") stands between a comma and the participle at `first`. */
function afterCommaAdverbial(unit: QuoteUnit, first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const t = unit.tokens[k];
    if (!t || !unit.frame[k]) return false;
    if (t.text === ',') return k < first - 1;
    if (!t.word || !PARTICIPLE_ADVERBIALS.has(t.lower)) return false;
  }
  return false;
}

/** Whether the token at `first` follows a closing quote mark and its comma ("…,” notes"). */
function afterClosingMark(unit: QuoteUnit, first: number): boolean {
  const prev = unit.tokens[first - 1];
  if (!prev || unit.frame[first - 1] !== false) return false;
  return prev.text === ',' || (unit.tokens[first - 2]?.text === ',' && unit.frame[first - 2] === false);
}

function invertible(unit: QuoteUnit, cue: Cue): boolean {
  const prev = unit.tokens[cue.first - 1];
  if (!prev) return true;
  if (!unit.frame[cue.first - 1]) return true; // right after a closing mark
  return prev.text === ',' || prev.text === '—' || prev.text === '–' || prev.text === ':';
}

/** "Evidence suggests …", "one study indicated …", "Tufts University data suggests …": a finding, not speech (annotation guide). */
function isFinding(subject: Mention, cue: Cue): boolean {
  if (!FINDING_CUES.has(cue.entry.lemma)) return false;
  const words = subject.text.toLowerCase().split(/\s+/);
  const prep = words.findIndex((w, k) => k > 0 && NP_INNER_PREPOSITIONS.has(w));
  const head = (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
  return FINDING_NOUNS.has(head.replace(/['’]s$/, ''));
}

/** "according to legend", "according to my tests", "according to your needs": a source that says nothing (NOT_SOURCES). */
function notASource(subject: Mention): boolean {
  const words = subject.text.toLowerCase().split(/\s+/);
  const prep = words.findIndex((w, k) => k > 0 && NP_INNER_PREPOSITIONS.has(w));
  const head = (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
  // "according to your settings": the reader's own things.
  return NOT_SOURCES.has(head) || words[0] === 'your';
}

export function findAttributions(unit: QuoteUnit, cues: readonly Cue[], text: string): Attribution[] {
  const out: Attribution[] = [];
  for (const cue of cues) {
    if (cue.entry.frame === 'source') {
      const after = subjectAfter(unit, cue.last, text);
      // "according to data from the London Stock Exchange": a source whose owner follows is read as a whole phrase (Possessor.ts finds the owner).
      const owned = after && /^(?:from|by)$/.test(unit.tokens[after.last + 1]?.lower ?? '');
      const subject = (owned ? null : after) ?? sourcePhrase(unit, cue.last, text);
      if (subject && !notASource(subject)) out.push({ cue, subject, order: 'source' });
      continue;
    }
    // "…, saying …": a participle after a comma takes the subject of its main clause, never the phrase before the comma;
    // so does one after a preposition or subordinator ("introduced him by saying", "…, while declaring").
    const afterOpener = PARTICIPLE_OPENERS.has(unit.tokens[cue.first - 1]?.lower ?? '');
    const afterComma = unit.tokens[cue.first - 1]?.text === ',' || afterOpener || (cue.entry.tense === 'participle' && afterCommaAdverbial(unit, cue.first));
    let before = cue.entry.tense === 'participle' && afterComma ? null : subjectBefore(unit, cue.first, text);
    // "Israel has denied the allegations and says …": a coordinated verb shares the main subject.
    const prevWord = unit.tokens[cue.first - 1];
    if (!before && prevWord && (prevWord.lower === 'and' || prevWord.lower === 'but') && cue.entry.tense !== 'participle') {
      before = out.find((a) => a.subject && a.order === 'before')?.subject ?? mainSubject(unit, cue.first, text);
    }
    // "Soller put out a statement saying …": an ownerless document before a participle is the object, not the speaker.
    if (before && before.kind === 'document' && cue.entry.tense === 'participle' && /^(a|an|the)\s+\p{Ll}+$/u.test(before.text)) {
      const main = mainSubject(unit, cue.first, text);
      if (main) before = main;
    }
    if (before && isFinding(before, cue)) continue;
    if (before) {
      out.push({ cue, subject: before, order: 'before' });
      continue;
    }
    if (cue.entry.tense === 'participle') {
      if (afterComma) {
        // The nearest earlier attribution: "…, the ministry's statement read, saying …" speaks through the statement.
        // "X said that Washington had concluded …, saying …": an earlier attribution inside another's `that` clause gives way to the outer one.
        const nearest = [...out].reverse().find((a) => a.subject && a.order !== 'source');
        const earlier = nearest ? outermost(unit, nearest, out) : undefined;
        const main = earlier?.subject ?? mainSubject(unit, cue.first, text) ?? openingClauseSubject(unit, cue.first, text);
        if (main) out.push(afterOpener ? { cue, subject: main, order: 'main', marksOnly: true } : { cue, subject: main, order: 'main' });
      } else if (unit.tokens[cue.first - 1]?.lower === 'and') {
        // "The video shows her introducing X … and saying, “…”": a participle coordinated with an earlier one shares its subject.
        const shared = coordinatedParticipleSubject(unit, cue.first - 1);
        if (shared) out.push({ cue, subject: shared, order: 'main', marksOnly: true });
      }
      continue;
    }
    // "“…,” notes Tobias Kunisch.": a weak cue form right after a closing mark and its comma, before a name, is the verb of a speech tag.
    if (WEAK_CUES.has(cue.entry.form) && cue.entry.tense === 'present' && afterClosingMark(unit, cue.first)) {
      const after = subjectAfter(unit, cue.last, text);
      if (after && after.kind === 'name') out.push({ cue, subject: after, order: 'after' });
      continue;
    }
    if (WEAK_CUES.has(cue.entry.form) || cue.entry.frame === 'naming' || cue.entry.frame === 'tag') continue;
    if (cue.entry.lemma !== 'tell' && invertible(unit, cue)) {
      const after = subjectAfter(unit, cue.last, text);
      if (after) out.push({ cue, subject: after, order: 'after' });
      else out.push({ cue, subject: null, order: 'after' });
    }
  }
  return out;
}
