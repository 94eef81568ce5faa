/**
 * Pairs each cue of a unit with its speaker mention: the subject before the cue, the
 * inverted subject after it ("said Galuzin"), the source of "according to X", or for a
 * trailing participle ("…, saying that …") the subject of the main clause.
 */
import { WEAK_CUES } from './lexicon/cues.ts';
import { PRONOUNS, TITLE_WORDS } from './lexicon/words.ts';
import type { Cue } from './CueFinder.ts';
import { sourcePhrase, subjectAfter, subjectBefore, type Mention } from './SubjectFinder.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

export interface Attribution {
  cue: Cue;
  subject: Mention | null;
  /** Where the subject stands relative to the cue. */
  order: 'before' | 'after' | 'source' | 'main';
}

/** Openers of a sentence that are not its subject ("However, late Wednesday, X said"). */
const SENTENCE_OPENERS = new Set(['however', 'meanwhile', 'still', 'but', 'and', 'indeed', 'instead', 'now', 'then', 'later', 'earlier', 'also', 'yet', 'separately', 'additionally', 'moreover', 'late', 'early', 'last', 'on', 'in', 'at', 'after', 'before', 'during', 'today', 'yesterday']);

/** The subject of the unit's main clause when it opens with a name or pronoun, after any opening adverbials. */
function mainSubject(unit: QuoteUnit, upTo: number, text: string): Mention | null {
  let i = 0;
  while (i < upTo && !unit.frame[i]) i++;
  // Skip opening adverbials up to their comma: "However, late Wednesday, Hunter Biden's attorney …".
  for (let guard = 0; guard < 3; guard++) {
    const t = unit.tokens[i];
    if (!t || !t.word || !SENTENCE_OPENERS.has(t.lower)) break;
    let k = i;
    while (k < upTo && unit.tokens[k]?.text !== ',' && k - i < 6) k++;
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
  while (j + 1 < upTo && unit.tokens[j + 1]?.word && unit.frame[j + 1] && j - i < 8) {
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
    const before = subjectBefore(unit, cue.first, text);
    if (before) {
      out.push({ cue, subject: before, order: 'before' });
      continue;
    }
    if (cue.entry.tense === 'participle') {
      const prev = unit.tokens[cue.first - 1];
      if (prev && prev.text === ',') {
        const earlier = out.find((a) => a.subject && a.order !== 'source');
        const main = earlier?.subject ?? mainSubject(unit, cue.first, text);
        if (main) out.push({ cue, subject: main, order: 'main' });
      }
      continue;
    }
    if (WEAK_CUES.has(cue.entry.form)) continue;
    if (cue.entry.lemma !== 'tell' && invertible(unit, cue)) {
      const after = subjectAfter(unit, cue.last, text);
      if (after) out.push({ cue, subject: after, order: 'after' });
      else out.push({ cue, subject: null, order: 'after' });
    }
  }
  return out;
}
