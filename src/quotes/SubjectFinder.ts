/**
 * Finds the speaker mention before a cue: the noun phrase before it ("Galuzin said", "the
 * Russian deputy foreign minister said"), stepping over asides ("X, who replaced Y as
 * leader in July, said") and appositives. Inverted tags are in SubjectAfter.ts.
 */
import { NP_INNER_PREPOSITIONS, SKIPPABLE_BEFORE_CUE, TITLE_WORDS } from './lexicon/words.ts';
import { MAX_INTRODUCTORY_WORDS } from './constants.ts';
import { mentionOf, withText, type Mention } from './Mention.ts';
import { phraseEndingAt } from './NounPhrase.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

const ASIDE_OPENERS = new Set(['who', 'whose', 'which', 'a', 'an', 'the', 'whom', 'its', 'his', 'her', 'their', 'now', 'then', 'once', 'himself', 'herself', 'speaking', 'writing', 'according', 'for', 'of', 'in', 'like', 'as', 'also', 'however', 'meanwhile', 'another', 'one', 'both', 'each']);

/** Words that introduce a name inside an appositive ("a contestant named Raven"). */
const NAMING_WORDS = new Set(['named', 'called', 'nicknamed', 'dubbed']);

/** Most tokens (marks included) of a quoted title stepped over inside an aside ("“Drag Race,”" is five). */
const MAX_TITLE_TOKENS = 10;

/** Function words among the title words, which open no role appositive. */
const APPOSITIVE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'state', 'house', 'senate', 'white', 'us', 'u.s', 'uk']);

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
      // "Patrick Hayden, Teresa’s husband and …, said": a possessive name opens an appositive too.
      if (opener && (ASIDE_OPENERS.has(opener.lower) || /^\d/.test(opener.text) || (opener.cap && /['’]s$/.test(opener.text) && unit.tokens[i + 2]?.word && !unit.tokens[i + 2]?.cap))) return i - 1;
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

/** Words opening a sentence's introductory phrase ("On Monday, the paper, …, warned"): what follows its comma is the subject, not an appositive. */
const INTRODUCTORY_OPENERS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'since', 'by', 'last', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'meanwhile', 'however', 'separately', 'also', 'then', 'now', 'still', 'following', 'despite', 'amid', 'over', 'from', 'until', 'when', 'while', 'as', 'but', 'and', 'so', 'yet', 'thus']);

const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|weekend|month|year|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4})$/;

/** Whether the words before the comma at `comma` open the sentence as an introductory phrase ("On Monday,", "Earlier this week,"). */
function introductoryBefore(unit: QuoteUnit, comma: number): boolean {
  const prev = unit.tokens[comma - 1];
  if (!prev?.word) return false;
  if (TIME_WORDS.test(prev.lower)) return true;
  let k = comma - 1;
  while (k - 1 >= 0 && comma - k < MAX_INTRODUCTORY_WORDS && unit.tokens[k - 1]?.word && unit.frame[k - 1]) k--;
  const before = unit.tokens[k - 1];
  const opens = !before || !unit.frame[k - 1] || /^[.!?:;]$/.test(before.text);
  return opens && INTRODUCTORY_OPENERS.has(unit.tokens[k]?.lower ?? '');
}

/**
 * "“…,” Jane Roe, vice president of Acme Corp told us": a lower-case role in apposition after a name,
 * its closing comma missing; the name speaks. Only right after a closing mark or at a sentence start,
 * so "In Paris, officials said" keeps its subject.
 */
function nameBeforeRole(unit: QuoteUnit, role: Mention | null, text: string): Mention | null {
  if (!role) return null;
  const opener = unit.tokens[role.first];
  if (!opener || opener.cap || !TITLE_WORDS.has(opener.lower) || unit.tokens[role.first - 1]?.text !== ',') return null;
  // The role's own words up to its preposition are lower-case ("vice president of …"), so it is not a titled name.
  for (let k = role.first; k <= role.last; k++) {
    const t = unit.tokens[k];
    if (!t || NP_INNER_PREPOSITIONS.has(t.lower)) break;
    if (t.cap) return null;
  }
  if (!role.text.split(/\s+/).some((w) => NP_INNER_PREPOSITIONS.has(w.toLowerCase()))) return null;
  const name = phraseEndingAt(unit, role.first - 2, text);
  if (!name || name.kind !== 'name' || !/\s/.test(name.text)) return null;
  const before = unit.tokens[name.first - 1];
  return !before || !unit.frame[name.first - 1] || /^[.!?]$/.test(before.text) ? name : null;
}

const DAY_NAMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Most tokens inside a dash aside between a subject and its cue. */
const MAX_DASH_ASIDE = 20;

/** The opening dash of an aside closed by the dash at `close`, or -1. */
function dashAsideStart(unit: QuoteUnit, close: number): number {
  const mark = unit.tokens[close]?.text;
  for (let k = close - 1; k >= 0 && close - k <= MAX_DASH_ASIDE; k--) {
    const w = unit.tokens[k];
    if (!w || !unit.frame[k] || /^[.;:]$/.test(w.text)) return -1;
    if (w.text === mark) return k;
  }
  return -1;
}

/** The subject before a cue, or null. */
export function subjectBefore(unit: QuoteUnit, cueFirst: number, text: string): Mention | null {
  let i = cueFirst - 1;
  while (i >= 0 && unit.tokens[i]?.word && (SKIPPABLE_BEFORE_CUE.has(unit.tokens[i]?.lower ?? '') || /^[a-z]+ly$/.test(unit.tokens[i]?.text ?? ''))) i--;
  // "Alden on Tuesday announced": a day between the subject and its cue is stepped over.
  if (unit.tokens[i - 1]?.lower === 'on' && DAY_NAMES.test(unit.tokens[i]?.lower ?? '') && unit.frame[i] && unit.frame[i - 1]) i -= 2;
  let t = unit.tokens[i];
  if (!t || (!unit.frame[i] && quotedCommaAt(unit, i) < 0)) return null;
  // "Bobulinski, who testified …": the relative pronoun stands for the phrase before its comma.
  if (t.word && (t.lower === 'who' || t.lower === 'which') && unit.tokens[i - 1]?.text !== '.') {
    i -= unit.tokens[i - 1]?.text === ',' ? 2 : 1;
    t = unit.tokens[i];
    if (!t || !unit.frame[i]) return null;
    return ownerOrAlias(unit, phraseEndingAt(unit, i, text), text);
  }
  // "The agency—presumably to avoid a backlash—immediately announced": an aside between dashes is stepped over.
  if (t.text === '—' || t.text === '–') {
    const open = dashAsideStart(unit, i);
    if (open <= 0 || !unit.tokens[open - 1]?.word) return null;
    return ownerOrAlias(unit, phraseEndingAt(unit, open - 1, text), text);
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
      // "Smith, 62, who …, said": an age in apposition too.
      // "Jeff Sanborn, president of Chapter & Verse, an agency in Spokane, said": a role opening an appositive after a name, before another appositive.
      const role = opener && TITLE_WORDS.has(opener.lower) && !APPOSITIVE_FUNCTION_WORDS.has(opener.lower) && unit.tokens[c - 1]?.cap === true;
      const appositive = opener && (role || /^(a|an)$/.test(opener.lower) || (opener.lower === 'the' && unit.tokens[c - 1]?.cap === true) || (/^\d{1,3}$/.test(opener.text) && c + 2 === j + 1));
      if (c <= 0 || unit.tokens[c]?.text !== ',' || !appositive || !unit.tokens[c - 1]?.word || introductoryBefore(unit, c)) break;
      j = c - 1;
    }
    if (j >= 0) {
      const phrase = phraseEndingAt(unit, j, text);
      if (!phrase || (phrase.kind !== 'name' && phrase.kind !== 'pronoun')) return namedInAside(unit, j + 1, i - 1, text) ?? phrase;
      return phrase;
    }
    // "another former associate, Rob Walker, testified": the appositive before the comma names the speaker.
    const appositive = phraseEndingAt(unit, i - 1, text);
    if (!appositive || unit.tokens[appositive.first - 1]?.text !== ',') return null;
    // "Jennifer Homendy, chair of the safety board, said": a bare role (lower-case, no article) in apposition after a name; the name speaks.
    if (!unit.tokens[appositive.first]?.cap) {
      const name = phraseEndingAt(unit, appositive.first - 2, text);
      return name && name.kind === 'name' ? name : null;
    }
    // "Pankaj Pandey, Head of Research at ICICI Securities, pointed out": a capitalised title in apposition after a full name; the name speaks.
    if (TITLE_WORDS.has(unit.tokens[appositive.first]?.lower ?? '')) {
      const name = phraseEndingAt(unit, appositive.first - 2, text);
      if (name && name.kind === 'name' && /\s/.test(name.text) && !TITLE_WORDS.has(unit.tokens[name.first]?.lower ?? '')) return name;
    }
    return appositive.kind === 'name' ? appositive : null;
  }
  const phrase = phraseEndingAt(unit, i, text);
  return nameBeforeRole(unit, phrase, text) ?? ownerOrAlias(unit, phrase, text);
}

/** Possessives opening the second conjunct of a coordinated subject that names the first conjunct's own people ("X and his team"). */
const OWN_GROUP_OPENERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/**
 * "Ricardo Lara, whose office has called …": the owner before ", whose" speaks through his office;
 * "Dorothy Logan, also known professionally as Mona McLennan, who claimed …": the first name given stands.
 */
function ownerOrAlias(unit: QuoteUnit, m: Mention | null, text: string): Mention | null {
  if (!m) return m;
  const prev = unit.tokens[m.first - 1];
  // "Paganini and his team reported", "the president and his aides say": the person the group belongs to speaks (annotation guide).
  if (prev?.lower === 'and' && OWN_GROUP_OPENERS.has(unit.tokens[m.first]?.lower ?? '')) {
    const owner = phraseEndingAt(unit, m.first - 2, text);
    if (owner && (owner.kind === 'name' || owner.kind === 'description')) return owner;
  }
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
