/**
 * Cities of the generated GeoNames list (data/cities.json) over token ranges, and whether an
 * article uses a city's name as a person's name ("Mayor Jackson", "Lincoln said", "Tyler Brandt").
 */
import { NEVER_NAMES, SPEECH_VERBS } from './constants.ts';
import { joined } from './KnownNameLookup.ts';
import { lexicon, type CityInfo } from './Lexicon.ts';
import type { Token } from './Tokens.ts';

const SHOUTED = /^[A-Z .-]+$/;
const WORD_INITIAL = /(^|[\s-])\p{L}/gu;
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/** A word in capitals; its second letter answers for most words without a regular expression. */
function shouted(word: string): boolean {
  const second = word.charCodeAt(1);
  return second >= 65 && second <= 90 && SHOUTED.test(word);
}

/** The city the words a..z name exactly, unless a known organisation has that name; datelines' capitals ("CHARLESTON") read in title case. */
export function knownCity(text: string, tokens: readonly Token[], a: number, z: number): CityInfo | null {
  const lx = lexicon();
  const first = (tokens[a] as Token).text;
  // Most runs start with no city's first word: answer before building the name.
  const capitals = shouted(first);
  if (!capitals && !lx.cityStarts.has(first)) return null;
  let s = a === z ? first : joined(text, tokens, a, z);
  if (capitals && s.length > 4) s = s.toLowerCase().replace(WORD_INITIAL, (c) => c.toUpperCase());
  const city = lx.cities.get(s);
  return city && !lx.orgs.has(s) ? city : null;
}

/** "CHARLESTON, Ill. (AP) —": a city in capitals opening the article, before a comma or dash, is its dateline. */
export function isDateline(tokens: readonly Token[], a: number, z: number): boolean {
  const next = tokens[z + 1];
  return a === 0 && SHOUTED.test((tokens[z] as Token).text) && next !== undefined && /^[,—–-]$/.test(next.text);
}

/** What one article tells about its city names, kept while its token array lives. */
interface ArticleFacts {
  /** Answers of usedAsPersonName so far, by word. */
  personUse: Map<string, boolean>;
  /** ISO codes of the countries the article's known places and demonyms point to (read on first need). */
  countries: Set<string> | null;
}

const articles = new WeakMap<readonly Token[], ArticleFacts>();

function facts(tokens: readonly Token[]): ArticleFacts {
  let f = articles.get(tokens);
  if (!f) {
    f = { personUse: new Map(), countries: null };
    articles.set(tokens, f);
  }
  return f;
}

/** Whether the one-word name at a..z is used anywhere in the article as a person's (multi-word city names are not). */
export function usedAsPersonName(tokens: readonly Token[], a: number, z: number): boolean {
  if (a !== z) return false;
  const word = (tokens[a] as Token).text;
  const f = facts(tokens);
  let used = f.personUse.get(word);
  if (used === undefined) {
    used = false;
    for (let i = 0; i < tokens.length && !used; i++) used = (tokens[i] as Token).text === word && personContext(tokens, i);
    f.personUse.set(word, used);
  }
  return used;
}

/** "Mr Jackson", "Mayor Jackson", "Sarah Jackson", "Jackson said", "Jackson Pollock": the word at i reads as a person's name here. */
function personContext(tokens: readonly Token[], i: number): boolean {
  const lx = lexicon();
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next && next.sentence === t.sentence && SPEECH_VERBS.has(next.lower)) return true;
  if (prev && prev.sentence === t.sentence) {
    if (lx.honorifics.has(prev.lower) || lx.roleHeads.has(prev.lower)) return true;
    // "the orca Toki", "his father, Irving,": a common noun just before (or before a comma) introduces a name.
    const noun = prev.text === ',' ? tokens[i - 2] : prev;
    if (noun && noun.pos === 'NOUN' && /^[a-z]/.test(noun.text)) return true;
    // "Sarah Jackson" (a surname ends the name: not "Big Brighton Sea Swim").
    if (NAME_WORD.test(prev.text) && prev.pos === 'PROPN' && !NEVER_NAMES.has(prev.lower) && !nonPersonWord(prev) && !(next && NAME_WORD.test(next.text))) return true;
  }
  const after = tokens[i + 2];
  // "Tyler Brandt": a first name before one more name word, ending the run.
  return !!next && next.sentence === t.sentence && NAME_WORD.test(next.text) && next.pos === 'PROPN' && !nonPersonWord(next) && !(after && NAME_WORD.test(after.text));
}

/** Words that make a capitalised neighbour a place's or an institution's, not a person's. */
function nonPersonWord(t: Token): boolean {
  const lx = lexicon();
  const w = t.text.replace(/[’']s$/, '');
  return lx.places.has(w) || lx.demonyms.has(t.lower) || lx.compass.has(t.lower) || lx.orgHeads.has(t.lower) || lx.placeSuffixes.has(t.lower) || lx.eventHeads.has(t.lower) || lx.orgs.has(w);
}

/** Whether the article names the city's country, one of its regions or capitals, or its demonym ("Glendale" beside "California"). */
export function countryNamed(text: string, tokens: readonly Token[], city: CityInfo): boolean {
  const code = city.place.countryCode;
  if (!code) return false;
  const f = facts(tokens);
  f.countries ??= readCountries(text, tokens);
  return f.countries.has(code);
}

/** Country codes by a word as written (a one-word place or a capitalised demonym), and by two-word place names; built once. */
interface CountryWords {
  single: Map<string, string>;
  pairs: Map<string, string>;
  pairStarts: Set<string>;
}

let countryWords: CountryWords | null = null;

function readCountryWords(): CountryWords {
  const lx = lexicon();
  const words: CountryWords = { single: new Map(), pairs: new Map(), pairStarts: new Set() };
  for (const [name, place] of lx.places) {
    if (!place.countryCode) continue;
    const parts = name.split(' ');
    if (parts.length === 1) words.single.set(name, place.countryCode);
    else if (parts.length === 2) {
      words.pairs.set(name, place.countryCode);
      words.pairStarts.add(parts[0] as string);
    }
  }
  for (const [demonym, country] of lx.demonyms) {
    const code = lx.countryCodes.get(country);
    const written = demonym.charAt(0).toUpperCase() + demonym.slice(1);
    if (code && !words.single.has(written)) words.single.set(written, code);
  }
  return words;
}

function readCountries(text: string, tokens: readonly Token[]): Set<string> {
  countryWords ??= readCountryWords();
  const { single, pairs, pairStarts } = countryWords;
  const codes = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Lower-case ASCII letters, digits and punctuation first: most tokens.
    const code = t.text.charCodeAt(0);
    if (code < 65 || (code > 90 && code < 192)) continue;
    const one = single.get(t.text);
    if (one) codes.add(one);
    // Two-word names ("New Mexico", "Puerto Rico").
    if (pairStarts.has(t.text) && tokens[i + 1]) {
      const two = pairs.get(joined(text, tokens, i, i + 1));
      if (two) codes.add(two);
    }
  }
  return codes;
}
