/**
 * The noun phrase ending at a token, read backwards: the phrase a subject before a cue is
 * ("the Russian deputy foreign minister", "sources at the team", "N.Y.U. professor Smith").
 */
import { CUES } from './lexicon/cues.ts';
import { ABBREVIATIONS, DETERMINERS, NP_INNER_PREPOSITIONS, NP_STOPPERS, PRONOUNS, US_STATES } from './lexicon/words.ts';
import { MAX_SUBJECT_WORDS } from './constants.ts';
import { mentionOf, withText, type Mention } from './Mention.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

/** "Hutchinson County, Texas Office …": a comma between a capitalised place and its state, inside one name. */
function placeWithState(unit: QuoteUnit, comma: number): boolean {
  const toks = unit.tokens;
  if (!toks[comma - 1]?.cap || !toks[comma - 1]?.word) return false;
  const one = toks[comma + 1]?.lower ?? '';
  const two = `${one} ${toks[comma + 2]?.lower ?? ''}`;
  return (US_STATES.has(one) || US_STATES.has(two)) && !!toks[comma + 1]?.cap;
}

/** Whether a word before a full stop is an abbreviation: a letter or two ("N", "d", "St"), or a listed one ("Corp"). */
function abbreviationBefore(word: string): boolean {
  return /^\p{L}{1,2}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** The noun phrase ending at token `end` (inclusive), walking backwards. */
export function phraseEndingAt(unit: QuoteUnit, end: number, text: string): Mention | null {
  const toks = unit.tokens;
  const last = toks[end];
  if (!last || !last.word || !unit.frame[end]) return null;
  if (PRONOUNS.has(last.lower)) return withText(mentionOf(unit, end, end), text);
  let first = end;
  let words = 0;
  for (let i = end; i >= 0 && words < MAX_SUBJECT_WORDS; i--) {
    const t = toks[i];
    if (!t || !unit.frame[i]) break;
    const after = toks[i + 1];
    if (i < end && after && text.slice(t.end, after.start).includes('\n')) break;
    if (!t.word) {
      // A full stop inside a phrase closes an abbreviation ("N.Y.U. professor", "Dr."), never a sentence ("… a Kleenex. Purists insist").
      if ((t.text === '-' || t.text === '&' || (t.text === '.' && abbreviationBefore(toks[i - 1]?.text ?? ''))) && toks[i - 1]?.word && i < end) continue;
      if (t.text === ',' && i < end && placeWithState(unit, i)) continue;
      // "a survey of 2,000 adults": a comma grouping digits is inside a number.
      if (t.text === ',' && i < end && /^\d{1,3}$/.test(toks[i - 1]?.text ?? '') && /^\d{3}$/.test(after?.text ?? '') && t.start === toks[i - 1]?.end && after?.start === t.end) continue;
      break;
    }
    if (CUES.has(t.lower) && i !== end && !t.cap) break;
    if (NP_INNER_PREPOSITIONS.has(t.lower)) {
      const next = toks[i + 1];
      // "a survey of 2,000 adults": a number may open the prepositional phrase too.
      if (!next || !((next.cap && !/^\d/.test(next.text)) || DETERMINERS.has(next.lower) || /^\d+$/.test(next.text))) break;
      first = i;
      words++;
      continue;
    }
    if (NP_STOPPERS.has(t.lower) || PRONOUNS.has(t.lower)) break;
    if (!t.cap && /ly$/.test(t.lower) && t.lower.length > 4) break;
    first = i;
    words++;
    // A determiner ends the phrase unless it opens a prepositional phrase inside it ("sources at the team").
    if (DETERMINERS.has(t.lower) && !NP_INNER_PREPOSITIONS.has(toks[i - 1]?.lower ?? '')) break;
  }
  // A phrase may not start with a preposition left dangling.
  while (first <= end && NP_INNER_PREPOSITIONS.has(toks[first]?.lower ?? '')) first++;
  if (first > end) return null;
  return withText(mentionOf(unit, first, end), text);
}
