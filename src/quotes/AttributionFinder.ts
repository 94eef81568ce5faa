/**
 * Pairs each cue of a unit with its speaker mention: the subject before the cue, the
 * inverted subject after it ("said Galuzin"), the source of "according to X", or for a
 * trailing participle ("…, saying that …") the subject of the main clause.
 */
import { MAX_NAME_RUN } from './constants.ts';
import { WEAK_CUES } from './lexicon/cues.ts';
import { PRONOUNS, TITLE_WORDS } from './lexicon/words.ts';
import type { Cue } from './CueFinder.ts';
import type { Mention } from './Mention.ts';
import { sourcePhrase, subjectAfter } from './SubjectAfter.ts';
import { subjectBefore } from './SubjectFinder.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

export interface Attribution {
  cue: Cue;
  subject: Mention | null;
  /** Where the subject stands relative to the cue. */
  order: 'before' | 'after' | 'source' | 'main';
}

/** Openers of a sentence that are not its subject ("However, late Wednesday, X said"). */
const SENTENCE_OPENERS = new Set(['when', 'while', 'as', 'since', 'although', 'though', 'if', 'once', 'until', 'because', 'however', 'meanwhile', 'still', 'but', 'and', 'indeed', 'instead', 'now', 'then', 'later', 'earlier', 'also', 'yet', 'separately', 'additionally', 'moreover', 'late', 'early', 'last', 'on', 'in', 'at', 'after', 'before', 'during', 'today', 'yesterday']);

/** Conjunctions and adverbs that open a sentence with no comma after them ("But he …", "Yet the ministry …"). */
const BARE_OPENERS = new Set(['but', 'and', 'yet', 'so', 'or', 'still', 'then', 'now', 'also', 'instead', 'thus']);

const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'although', 'though', 'if', 'once', 'until', 'because']);

/** The subject of the unit's main clause when it opens with a name or pronoun, after any opening adverbials. */
export function mainSubject(unit: QuoteUnit, upTo: number, text: string): Mention | null {
  let i = 0;
  while (i < upTo && !unit.frame[i]) i++;
  // "But he remains …": a conjunction opening the sentence is not its subject.
  while (i < upTo && BARE_OPENERS.has(unit.tokens[i]?.lower ?? '') && unit.tokens[i + 1]?.word) i++;
  // Skip opening adverbials up to their comma: "However, late Wednesday, Hunter Biden's attorney …".
  for (let guard = 0; guard < 3; guard++) {
    const t = unit.tokens[i];
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

function invertible(unit: QuoteUnit, cue: Cue): boolean {
  const prev = unit.tokens[cue.first - 1];
  if (!prev) return true;
  if (!unit.frame[cue.first - 1]) return true; // right after a closing mark
  return prev.text === ',' || prev.text === '—' || prev.text === '–' || prev.text === ':';
}

export function findAttributions(unit: QuoteUnit, cues: readonly Cue[], text: string): Attribution[] {
  const out: Attribution[] = [];
  for (const cue of cues) {
    if (cue.entry.frame === 'source') {
      const subject = subjectAfter(unit, cue.last, text) ?? sourcePhrase(unit, cue.last, text);
      if (subject) out.push({ cue, subject, order: 'source' });
      continue;
    }
    // "…, saying …": a participle after a comma takes the subject of its main clause, never the phrase before the comma.
    const afterComma = unit.tokens[cue.first - 1]?.text === ',';
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
    if (before) {
      out.push({ cue, subject: before, order: 'before' });
      continue;
    }
    if (cue.entry.tense === 'participle') {
      const prev = unit.tokens[cue.first - 1];
      if (prev && prev.text === ',') {
        // The nearest earlier attribution: "…, the ministry's statement read, saying …" speaks through the statement.
        const earlier = [...out].reverse().find((a) => a.subject && a.order !== 'source');
        const main = earlier?.subject ?? mainSubject(unit, cue.first, text);
        if (main) out.push({ cue, subject: main, order: 'main' });
      }
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
