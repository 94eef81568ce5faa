/**
 * Finds the speaker mention after a cue: inverted tags ("said Galuzin", "says the Russian
 * diplomat, Maria Gomez") and the source of "according to".
 */
import { CUES } from './lexicon/cues.ts';
import { DETERMINERS, NP_INNER_PREPOSITIONS, NP_STOPPERS, PERSON_NOUNS, PRONOUNS, TITLE_WORDS } from './lexicon/words.ts';
import { MAX_SUBJECT_WORDS } from './constants.ts';
import { mentionOf, withText, type Mention, type MentionKind } from './Mention.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

/** The subject after a cue ("said Galuzin", "says the Russian diplomat"), or null. */
export function subjectAfter(unit: QuoteUnit, cueLast: number, text: string): Mention | null {
  const toks = unit.tokens;
  let i = cueLast + 1;
  const first = i;
  let last = -1;
  let words = 0;
  for (; i < toks.length && words < MAX_SUBJECT_WORDS; i++) {
    const t = toks[i];
    if (!t || !unit.frame[i]) break;
    if (!t.word) {
      // "said Gov. Dunn", "said U.S. Attorney Nealy Cox": the full stop of an abbreviation or of dotted initials does not end the subject.
      if ((t.text === '.' || t.text === '-') && toks[i + 1]?.word && toks[i + 1]?.cap && t.text === '.' && /^(?:[A-Z][a-z]{0,3}|\p{Lu}(?:\.\p{Lu})+)$/u.test(toks[i - 1]?.text ?? '')) continue;
      if (t.text === '-') continue;
      break;
    }
    if (i === first && PRONOUNS.has(t.lower)) return withText(mentionOf(unit, i, i), text);
    if (NP_INNER_PREPOSITIONS.has(t.lower) && i > first) {
      const next = toks[i + 1];
      if (!next || !((next.cap && !/^\d/.test(next.text)) || DETERMINERS.has(next.lower))) break;
      words++;
      continue;
    }
    if (i > first && DETERMINERS.has(t.lower)) break;
    if (NP_STOPPERS.has(t.lower) || (CUES.has(t.lower) && !t.cap)) break;
    last = i;
    words++;
  }
  if (last < first) return null;
  // Trim a trailing preposition phrase that never got its noun.
  const m = withText(mentionOf(unit, first, last), text);
  // "said the agency’s director, Maria Gomez": a name in apposition after the description is the speaker.
  // "says Co-Founder, Stephanie Ozcan": a capitalised title alone is a description too.
  const titleOnly = m !== null && m.kind === 'name' && m.text.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase()) || PERSON_NOUNS.has(w.toLowerCase()));
  if (m && (titleOnly || (m.kind !== 'name' && m.kind !== 'pronoun')) && toks[last + 1]?.text === ',') {
    const apposition = subjectAfter(unit, last + 1, text);
    if (apposition && apposition.kind === 'name' && /\s/.test(apposition.text)) return apposition;
  }
  return m;
}

/** The source of "according to": any noun phrase up to punctuation ("AP reporting", "the association's index"). */
export function sourcePhrase(unit: QuoteUnit, cueLast: number, text: string): Mention | null {
  const toks = unit.tokens;
  let last = -1;
  for (let i = cueLast + 1; i < toks.length && i <= cueLast + MAX_SUBJECT_WORDS; i++) {
    const t = toks[i];
    if (!t || !t.word || !unit.frame[i]) break;
    // "data from (the) London Stock Exchange", "a survey by Gallup": the owner after "from"/"by" belongs to the source.
    const ownerNext = toks[i + 1]?.cap || (toks[i + 1]?.lower === 'the' && toks[i + 2]?.cap);
    if (NP_STOPPERS.has(t.lower) && !NP_INNER_PREPOSITIONS.has(t.lower) && !((t.lower === 'from' || t.lower === 'by') && ownerNext)) break;
    last = i;
  }
  const first = toks[cueLast + 1];
  const end = toks[last];
  if (last < 0 || !first || !end) return null;
  const words = toks.slice(cueLast + 1, last + 1);
  // "figures from the Lisbon Metals Exchange": a lower-case head with its owner after "from"/"by" is a document the owner speaks through.
  const ownedHead = !words[0]?.cap && words.some((w, k) => k > 0 && (w.lower === 'from' || w.lower === 'by'));
  const kind: MentionKind = ownedHead || (words.some((w) => w.cap && !DETERMINERS.has(w.lower)) && /['’]s$/.test(words.find((w) => /['’]s$/.test(w.text))?.text ?? '')) ? 'document' : end.cap ? 'name' : 'document';
  return { span: [first.start, end.end], text: text.slice(first.start, end.end), kind, first: cueLast + 1, last };
}
