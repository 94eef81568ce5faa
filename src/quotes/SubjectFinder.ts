/**
 * Finds the speaker mention of a cue: the noun phrase before it ("Galuzin said", "the
 * Russian deputy foreign minister said"), stepping over asides ("X, who replaced Y as
 * leader in July, said"), or after it when inverted ("said the Russian diplomat").
 */
import type { Span } from '../model/records.ts';
import { CUES } from './lexicon/cues.ts';
import {
  DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, NP_INNER_PREPOSITIONS, NP_STOPPERS, ORG_NOUNS, PERSON_NOUNS, PRONOUNS,
  SKIPPABLE_BEFORE_CUE,
} from './lexicon/words.ts';
import { MAX_SUBJECT_WORDS } from './constants.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

export type MentionKind = 'name' | 'pronoun' | 'description' | 'group' | 'document';

export interface Mention {
  span: Span;
  text: string;
  kind: MentionKind;
  /** Token range in the unit, inclusive. */
  first: number;
  last: number;
}

const ASIDE_OPENERS = new Set(['who', 'whose', 'which', 'a', 'an', 'the', 'whom', 'its', 'his', 'her', 'their', 'now', 'then', 'once', 'himself', 'herself', 'speaking', 'writing', 'according', 'for', 'of', 'in', 'like', 'as', 'also', 'however', 'meanwhile', 'another', 'one', 'both', 'each']);

/** Words that introduce a name inside an appositive ("a contestant named Raven"). */
const NAMING_WORDS = new Set(['named', 'called', 'nicknamed', 'dubbed']);

/** Most tokens (marks included) of a quoted title stepped over inside an aside ("“Drag Race,”" is five). */
const MAX_TITLE_TOKENS = 10;

function kindOfHead(head: string): MentionKind | null {
  const bare = head.replace(/'s$/, '');
  if (GROUP_NOUNS.has(bare)) return 'group';
  if (DOCUMENT_NOUNS.has(bare)) return 'document';
  if (PERSON_NOUNS.has(bare) || ORG_NOUNS.has(bare)) return 'description';
  // A lower-case plural is a group of speakers ("insurers say", "companies argue").
  if (/^[a-z-]{3,}[^s'’]s$/.test(head) && !/(ss|us|is)$/.test(head)) return 'group';
  return null;
}

/** The head is the last word, or the last word before a preposition ("sources familiar with the matter"). */
function headKind(words: readonly string[]): MentionKind | null {
  // The head stands before any prepositional phrase: "sources at the team", "a spokesperson for the ministry".
  const prep = words.findIndex((w) => NP_INNER_PREPOSITIONS.has(w) || w === 'familiar' || w === 'close');
  const head = prep > 0 ? kindOfHead(words[prep - 1] ?? '') : null;
  return head ?? kindOfHead(words[words.length - 1] ?? '');
}

/** Classifies a candidate phrase; null when it cannot be a speaker. */
function mentionOf(unit: QuoteUnit, first: number, last: number): Mention | null {
  const toks = unit.tokens.slice(first, last + 1);
  const a = toks[0];
  const b = toks[toks.length - 1];
  if (!a || !b || !toks.every((t) => t.word || t.text === '-' || t.text === '.' || t.text === '&')) return null;
  const words = toks.filter((t) => t.word).map((t) => t.lower);
  let kind: MentionKind | null = null;
  if (toks.length === 1 && PRONOUNS.has(a.lower)) kind = 'pronoun';
  else if (/^\d+-year-old$/.test(b.lower)) kind = 'description';
  else if (b.cap && !/^\d/.test(b.text) && !DETERMINERS.has(b.lower)) kind = 'name';
  else kind = headKind(words);
  if (!kind) return null;
  return { span: [a.start, b.end], text: '', kind, first, last };
}

function withText(m: Mention | null, text: string): Mention | null {
  if (m) m.text = text.slice(m.span[0], m.span[1]);
  return m;
}

/** The noun phrase ending at token `end` (inclusive), walking backwards. */
function phraseEndingAt(unit: QuoteUnit, end: number, text: string): Mention | null {
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
      if ((t.text === '.' || t.text === '-' || t.text === '&') && toks[i - 1]?.word && i < end) continue;
      break;
    }
    if (CUES.has(t.lower) && i !== end && !t.cap) break;
    if (NP_INNER_PREPOSITIONS.has(t.lower)) {
      const next = toks[i + 1];
      if (!next || !((next.cap && !/^\d/.test(next.text)) || DETERMINERS.has(next.lower))) break;
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

/** Skips a comma-delimited aside before `commaIndex` ("X, who …, said"); returns the index before its opening comma, or -1. */
function skipAside(unit: QuoteUnit, commaIndex: number): number {
  let quotedRun = 0;
  for (let i = commaIndex - 1; i >= 0; i--) {
    const t = unit.tokens[i];
    if (!t) return -1;
    // "…, an executive producer of “Drag Race,” said": a short quoted title inside the aside is stepped over.
    if (!unit.frame[i]) {
      if (++quotedRun > MAX_TITLE_TOKENS) return -1;
      continue;
    }
    quotedRun = 0;
    if (t.text === ',') {
      const opener = unit.tokens[i + 1];
      if (opener && (ASIDE_OPENERS.has(opener.lower) || /^\d/.test(opener.text))) return i - 1;
      return -1;
    }
    // A full stop ends the search unless it closes an abbreviation ("N.Y.U.", "Jr.").
    if (t.text === '.' && !/^(\p{Lu}(\.\p{Lu})*|[A-Z][a-z]{0,3})$/u.test(unit.tokens[i - 1]?.text ?? '')) return -1;
    if (t.text === ';' || t.text === ':') return -1;
  }
  return -1;
}

/** "“Drag Race,” said": the comma inside a closing mark just before `i` (a quoted title ending an aside), or -1. */
function quotedCommaAt(unit: QuoteUnit, i: number): number {
  if (unit.frame[i] !== false) return -1;
  const prev = unit.tokens[i - 1];
  return prev && prev.text === ',' && unit.frame[i - 1] === false ? i - 1 : -1;
}

/** "his makeup artist, a former contestant named Raven, said": the name an appositive ends with after "named"/"called", or null. */
function namedInAside(unit: QuoteUnit, from: number, to: number, text: string): Mention | null {
  let last = to;
  while (last > from && !unit.tokens[last]?.word) last--;
  let first = last;
  while (first - 1 > from && unit.tokens[first - 1]?.cap && unit.frame[first - 1]) first--;
  const before = unit.tokens[first - 1];
  if (!unit.tokens[last]?.cap || !before || !NAMING_WORDS.has(before.lower)) return null;
  return withText(mentionOf(unit, first, last), text);
}

/** The subject before a cue, or null. */
export function subjectBefore(unit: QuoteUnit, cueFirst: number, text: string): Mention | null {
  let i = cueFirst - 1;
  while (i >= 0 && unit.tokens[i]?.word && (SKIPPABLE_BEFORE_CUE.has(unit.tokens[i]?.lower ?? '') || /^[a-z]+ly$/.test(unit.tokens[i]?.text ?? ''))) i--;
  let t = unit.tokens[i];
  if (!t || (!unit.frame[i] && quotedCommaAt(unit, i) < 0)) return null;
  // "Bobulinski, who testified …": the relative pronoun stands for the phrase before its comma.
  if (t.word && (t.lower === 'who' || t.lower === 'which') && unit.tokens[i - 1]?.text !== '.') {
    i -= unit.tokens[i - 1]?.text === ',' ? 2 : 1;
    t = unit.tokens[i];
    if (!t || !unit.frame[i]) return null;
    return ownerOrAlias(unit, phraseEndingAt(unit, i, text), text);
  }
  const quotedComma = quotedCommaAt(unit, i);
  if (quotedComma >= 0) {
    i = quotedComma;
    t = unit.tokens[i];
  }
  if (t && t.text === ',') {
    let j = skipAside(unit, i);
    // "Hank Johnson, a Democrat from Georgia …, who helped …, declared": step back over an appositive too.
    for (let guard = 0; j >= 0 && guard < 3; guard++) {
      let c = j;
      // A full stop after an abbreviation ("the d.j. and promoter") does not end the appositive.
      while (c >= 0 && unit.frame[c] && unit.tokens[c]?.text !== ',' && (!/^[.;:]$/.test(unit.tokens[c]?.text ?? '') || (unit.tokens[c]?.text === '.' && /^\p{L}(?:\.\p{L})+$/u.test(unit.tokens[c - 1]?.text ?? '')))) c--;
      const opener = unit.tokens[c + 1];
      // "Larry Tee, the d.j., who …, said": a definite appositive too, when a name stands before it.
      const appositive = opener && (/^(a|an)$/.test(opener.lower) || (opener.lower === 'the' && unit.tokens[c - 1]?.cap === true));
      if (c <= 0 || unit.tokens[c]?.text !== ',' || !appositive || !unit.tokens[c - 1]?.word) break;
      j = c - 1;
    }
    if (j >= 0) {
      const phrase = phraseEndingAt(unit, j, text);
      if (!phrase || (phrase.kind !== 'name' && phrase.kind !== 'pronoun')) return namedInAside(unit, j + 1, i - 1, text) ?? phrase;
      return phrase;
    }
    // "another former associate, Rob Walker, testified": the appositive before the comma names the speaker.
    const appositive = phraseEndingAt(unit, i - 1, text);
    return appositive && appositive.kind === 'name' && unit.tokens[appositive.first - 1]?.text === ',' ? appositive : null;
  }
  return ownerOrAlias(unit, phraseEndingAt(unit, i, text), text);
}

/**
 * "Ricardo Lara, whose office has called …": the owner before ", whose" speaks through his office;
 * "Dorothy Logan, also known professionally as Mona McLennan, who claimed …": the first name given stands.
 */
function ownerOrAlias(unit: QuoteUnit, m: Mention | null, text: string): Mention | null {
  if (!m) return m;
  const prev = unit.tokens[m.first - 1];
  if (prev?.lower === 'whose' && unit.tokens[m.first - 2]?.text === ',') {
    const owner = phraseEndingAt(unit, m.first - 3, text);
    if (owner && owner.kind === 'name') return owner;
  }
  const knownAt = unit.tokens[m.first - 2]?.lower === 'known' ? m.first - 2 : /ly$/.test(unit.tokens[m.first - 2]?.lower ?? '') && unit.tokens[m.first - 3]?.lower === 'known' ? m.first - 3 : -1;
  if (m.kind === 'name' && prev?.lower === 'as' && knownAt > 0) {
    let c = knownAt - 1;
    while (c >= 0 && unit.frame[c] && unit.tokens[c]?.text !== ',' && m.first - c < 6) c--;
    const first = unit.tokens[c]?.text === ',' ? phraseEndingAt(unit, c - 1, text) : null;
    if (first && first.kind === 'name') return first;
  }
  return m;
}

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
      if ((t.text === '.' || t.text === '-') && toks[i + 1]?.word && toks[i + 1]?.cap && t.text === '.' && /^[A-Z][a-z]{0,3}$/.test(toks[i - 1]?.text ?? '')) continue;
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
  if (m && m.kind !== 'name' && m.kind !== 'pronoun' && toks[last + 1]?.text === ',') {
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
    if (NP_STOPPERS.has(t.lower) && !NP_INNER_PREPOSITIONS.has(t.lower) && !((t.lower === 'from' || t.lower === 'by') && toks[i + 1]?.cap)) break;
    last = i;
  }
  const first = toks[cueLast + 1];
  const end = toks[last];
  if (last < 0 || !first || !end) return null;
  const words = toks.slice(cueLast + 1, last + 1);
  const kind: MentionKind = words.some((w) => w.cap && !DETERMINERS.has(w.lower)) && /['’]s$/.test(words.find((w) => /['’]s$/.test(w.text))?.text ?? '') ? 'document' : end.cap ? 'name' : 'document';
  return { span: [first.start, end.end], text: text.slice(first.start, end.end), kind, first: cueLast + 1, last };
}
