/**
 * Proposes name runs: maximal runs of capitalised tokens within a sentence, joined across
 * name particles ("bin", "al-"), hyphens without spaces ("Nagorno-Karabakh") and, after an
 * institution or role word, "of"/"for" ("Ministry of Foreign Affairs", "Minister of Russia").
 * Classification happens later (RunClassifier); this only finds where names can be.
 */
import { FURNITURE_IMPERATIVES, LEADING_ARTICLES, MAX_COORDINATED_WORDS, MAX_PARTICLE_CHAIN, MONTHS, NAME_PARTICLES, NAME_POSSESSORS, NEVER_NAMES, ON_COMPLEMENT_HEADS, RUN_CONNECTORS, WEEKDAYS } from './constants.ts';
import { BoundedMemo } from './BoundedMemo.ts';
import { lexicon } from './Lexicon.ts';
import { longestKnown } from './KnownNameLookup.ts';
import { isGivenName } from './NamePlausibility.ts';
import { isLexiconWord, type Token } from './Tokens.ts';

export interface NameRun {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
}

const ACRONYMISH = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,7}$/;

export function isCapitalised(t: Token): boolean {
  return t.capitalised;
}

/** Marks after which a word opens a sentence-like unit (a set rather than a regular expression: it is asked for every capitalised word). */
const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"', '‘', "'", '«', '(', '—', '–', ':', '-']);
const SHOUTED = /^[A-Z]{3,}$/;
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(['’s', "'s", '’', "'"]);

function isSentenceInitial(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i]?.sentence) return true;
  return OPENING_MARKS.has(prev.text) || prev.pos === 'SPACE';
}

/** What a capitalised word says by itself about being part of a name (see nameable); the context checks come on top. */
interface WordClass {
  /** All capitals, three letters or more ("CLAIM", "LOVED"). */
  shouted: boolean;
  /** The answer whatever the context (after the shouted check): a language, month, weekday or function word; null when the context decides. */
  fixed: boolean | null;
  acronymish: boolean;
  /** A title or institution word, which may open a sentence and still start a name. */
  titleWord: boolean;
  /** An imperative of page furniture ("Follow", "Subscribe"): never a name where it opens a sentence. */
  furniture: boolean;
}

/** Word classes by text: the same capitalised words recur within and across articles, and each needed several set lookups and regular expressions. */
const wordClasses = new BoundedMemo(readWordClass);

function wordClass(t: Token): WordClass {
  return wordClasses.get(t.text);
}

function readWordClass(text: string): WordClass {
  const lx = lexicon();
  const lower = text.toLowerCase();
  let fixed: boolean | null = null;
  if (lx.languages.has(text) && !lx.demonyms.has(lower)) fixed = false;
  // "May" alone is a month; "March" a month; but never a person name in this stage.
  else if (lower in MONTHS || lower in WEEKDAYS) fixed = false;
  else if (NEVER_NAMES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower)) fixed = lx.honorifics.has(lower);
  return { shouted: SHOUTED.test(text), fixed, acronymish: ACRONYMISH.test(text), titleWord: lx.roleHeads.has(lower) || lx.roleModifiers.has(lower) || lx.orgHeads.has(lower), furniture: FURNITURE_IMPERATIVES.has(lower) };
}

function nameable(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isCapitalised(t)) return false;
  const c = wordClass(t);
  // Shouted labels ("CLAIM:", "TOP PERFORMERS:") and shouted words ("I LOVED IT") are not names.
  if (c.shouted && (tokens[i + 1]?.text === ':' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'ADV')) return false;
  if (c.fixed !== null) return c.fixed;
  // Furniture lines come in brackets ("[Follow AP’s …]"), which otherwise open no sentence: "[Associated Press …]" is a name.
  if (c.furniture && (isSentenceInitial(tokens, i) || tokens[i - 1]?.text === '[')) return false;
  if (isSentenceInitial(tokens, i) && t.pos !== 'PROPN' && !c.acronymish) {
    // A capitalised common word opening a sentence is just a sentence start, unless it is a title word, or a noun
    // before a proper noun of the same name ("Home Depot shares rose", "Wells Fargo analyst …").
    return c.titleWord || (t.pos === 'NOUN' && nounOpensName(tokens, i));
  }
  return t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'CCONJ' && t.pos !== 'SCONJ' && t.pos !== 'AUX';
}

/** "Home Depot", "Wells Fargo": a capitalised noun opening a sentence, followed by a capitalised proper noun (no function word, no plural "Officials"). */
function nounOpensName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return next !== undefined && next.sentence === t.sentence && next.pos === 'PROPN' && next.capitalised && wordClass(next).fixed === null && !t.lower.endsWith('s');
}

function knownAlone(t: Token | undefined): boolean {
  if (!t) return false;
  const lx = lexicon();
  return lx.places.has(t.text) || lx.orgs.has(t.text) || (ACRONYMISH.test(t.text) && !lx.notAcronyms.has(t.text));
}

function joinsInstitution(run: readonly Token[]): boolean {
  const last = run[run.length - 1];
  if (!last) return false;
  const lx = lexicon();
  const lower = last.lower;
  return lx.orgHeads.has(lower) || lx.genericPlurals.has(lower) || lx.roleHeads.has(lower) || lx.roleModifiers.has(lower) || lx.places.has(last.text);
}

export function extractNameRuns(text: string, tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  // No closure over `current` here: this loop visits every token, and a captured variable is slower to reach.
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // (The length test first: reading past the end of an empty array is a slow path, and most tokens start no run.)
    const prev = current.length > 0 ? current[current.length - 1] : undefined;
    if (prev && t.sentence !== prev.sentence) {
      pushRun(text, current, runs);
      current = [];
    }
    if (nameable(tokens, i)) {
      current.push(t);
      continue;
    }
    // "al-Tanf", "Bashar al-Assad": the Arabic article, written in lower case and glued by a hyphen, opens or continues the name.
    if (LEADING_ARTICLES.has(t.text) && tokens[i + 2]?.sentence === t.sentence && opensWithArticle(tokens, i) && nameable(tokens, i + 2)) {
      current.push(t, tokens[i + 1] as Token, tokens[i + 2] as Token);
      i += 2;
      continue;
    }
    if (current.length === 0) continue;
    const next = tokens[i + 1];
    // "Tsai Ing-wen", "Moon Jae-in": a short lower-case syllable glued by a hyphen ends a given name ("Moscow-led" does not: "led" is a
    // word; nor does "-in-" inside "Editor-in-Chief").
    if (next !== undefined && tokens[i + 2]?.text !== '-' && isHyphenSyllable(text, current, t, next)) {
      current.push(t, next);
      i++;
      continue;
    }
    // "Ursula von der Leyen", "Juan de la Cruz": a chain of lower-case particles before a capitalised word stays in the name.
    const particles = particleChainEnd(tokens, i);
    if (particles > i + 1) {
      for (let j = i; j < particles; j++) current.push(tokens[j] as Token);
      i = particles - 1;
      continue;
    }
    const nextJoins = next !== undefined && next.sentence === t.sentence && isCapitalised(next);
    // "People’s Party", "Children’s Hospital", "Farmers’ Union": a possessive of a plural people-noun inside a name.
    if (nextJoins && prev !== undefined && t.start === prev.end && POSSESSIVE_MARKS.has(t.text) && NAME_POSSESSORS.has(prev.lower)) {
      current.push(t);
      continue;
    }
    if (nextJoins) {
      const lower = t.lower;
      const glued = t.start === prev?.end && next.start === t.end;
      // "Nagorno-Karabakh" is one name; "Israel-Hamas" and "USC-UCLA" are two known names.
      if ((t.text === '-' || t.text === '/') && glued && !(t.text === '-' && knownAlone(prev) && knownAlone(next))) {
        current.push(t);
        continue;
      }
      if (NAME_PARTICLES.has(lower.replace(/-$/, ''))) {
        current.push(t);
        continue;
      }
      if (RUN_CONNECTORS.has(lower) && joinsInstitution(current) && (lower !== 'on' || ON_COMPLEMENT_HEADS.has((prev as Token).lower))) {
        current.push(t);
        continue;
      }
      // "Isle of Man", "Bosnia and Herzegovina": a known place or organisation name may have a lower-case word inside.
      if ((lower === 'of' || lower === 'and') && current.length <= 3) {
        const known = longestKnown(text, tokens, (current[0] as Token).index, Math.min(tokens.length - 1, i + 4));
        // "U.S. Securities and Exchange Commission": a known organisation's name too.
        if ((known?.place || known?.org) && known.last > i) {
          for (let j = i; j <= known.last; j++) current.push(tokens[j] as Token);
          i = known.last;
          continue;
        }
      }
      if (lower === 'the' && tokens[i - 1]?.text === 'of') {
        current.push(t);
        continue;
      }
      // "William H. Pryor, Jr.": the generational suffix belongs to the name.
      if (lower === ',' && /^(?:Jr|Sr)\.?$/.test(next.text) && current.length >= 2) {
        current.push(t);
        continue;
      }
      if (lower === 'and' || lower === ',') {
        const end = coordinatedNameEnd(tokens, i, current);
        if (end > i) {
          for (let j = i; j <= end; j++) current.push(tokens[j] as Token);
          i = end;
          continue;
        }
      }
    }
    pushRun(text, current, runs);
    current = [];
  }
  pushRun(text, current, runs);
  return joinDistrict(text, tokens, runs.map(trimConnectors).filter((r): r is NameRun => r !== null)).map((r) => withLeadingThe(text, tokens, r));
}

/** "in The Hague", "The Gambia": a capitalised "The" inside a sentence belongs to a place whose name the gazetteer writes with it. */
function withLeadingThe(text: string, tokens: readonly Token[], run: NameRun): NameRun {
  const first = run.tokens[0] as Token;
  const the = tokens[first.index - 1];
  if (the?.text !== 'The' || the.sentence !== first.sentence || isSentenceInitial(tokens, the.index)) return run;
  const lx = lexicon();
  const name = `The ${run.text}`;
  if (!lx.places.has(name) && !lx.cities.has(name)) return run;
  return { tokens: [the, ...run.tokens], start: the.start, end: run.end, text: text.slice(the.start, run.end) };
}

/**
 * Index after a chain of two or more name particles starting at i ("von der", "de la") that a
 * capitalised word of the same sentence follows; i when there is none. A single particle is
 * handled where the next word is capitalised.
 */
function particleChainEnd(tokens: readonly Token[], i: number): number {
  const sentence = (tokens[i] as Token).sentence;
  let j = i;
  while (j - i < MAX_PARTICLE_CHAIN && tokens[j]?.sentence === sentence && NAME_PARTICLES.has((tokens[j] as Token).text)) j++;
  const next = tokens[j];
  return j - i >= 2 && next !== undefined && next.sentence === sentence && isCapitalised(next) ? j : i;
}

/** Words (at most MAX_COORDINATED_WORDS) of one item of a coordinated name, from token i; returns the index after them. */
function nameItemEnd(tokens: readonly Token[], i: number, sentence: number): number {
  let j = i;
  while (j - i < MAX_COORDINATED_WORDS && tokens[j]?.sentence === sentence && nameable(tokens, j)) j++;
  return j;
}

/** An item of an institution's "of" list is a plain word: no title, acronym, place or person-like name. */
function plainItem(tokens: readonly Token[], a: number, b: number): boolean {
  const lx = lexicon();
  for (let j = a; j < b; j++) {
    const t = tokens[j] as Token;
    if (lx.roleHeads.has(t.lower) || lx.honorifics.has(t.lower) || knownAlone(t)) return false;
  }
  // "… Homeland Security and Alex Azar": an item opened by a given name is a person named beside the institution.
  return b > a;
}

/** "… Homeland Security and Alex Azar": a last item opened by a given name that is no common word ("Urban" is) is a person named beside the institution. */
function personItem(tokens: readonly Token[], a: number, b: number): boolean {
  const first = (tokens[a] as Token).lower;
  return b - a >= 2 && isGivenName(first) && !isLexiconWord(first);
}

function hasInstitutionComplement(run: readonly Token[]): boolean {
  const lx = lexicon();
  for (let j = 1; j < run.length - 1; j++) {
    if (RUN_CONNECTORS.has((run[j] as Token).lower) && lx.orgHeads.has((run[j - 1] as Token).lower)) return true;
  }
  return false;
}

/**
 * Organisation names with "and" or a list inside: "Animal and Plant Health Inspection Service",
 * "House Oversight and Judiciary Committees" (coordinated words before a shared head word) and
 * "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Institute for Intelligence and Special
 * Tasks" (a list in an institution's "of"/"for" phrase). Returns the last token of the joined
 * name, or i when the words at i do not continue the run.
 */
function coordinatedNameEnd(tokens: readonly Token[], i: number, run: readonly Token[]): number {
  const lx = lexicon();
  const sentence = (tokens[i] as Token).sentence;
  const head = (t: Token) => lx.orgHeads.has(t.lower) || (t.lower.endsWith('s') && lx.orgHeads.has(t.lower.slice(0, -1)));
  // Only after "the", "of" or a possessive: "Harvey Rosenfield and Consumer Watchdog" are two names; "the Victoria and Albert Museum", "the USDA’s Animal and Plant Health Inspection Service" one.
  const afterThe = /^(the|of|[’']s)$/.test(tokens[(run[0] as Token).index - 1]?.lower ?? '');
  if ((tokens[i] as Token).lower === 'and' && afterThe && run.length <= MAX_COORDINATED_WORDS && !head(run[run.length - 1] as Token)) {
    const end = nameItemEnd(tokens, i + 1, sentence);
    if (end > i + 1 && head(tokens[end - 1] as Token) && plainItem(tokens, i + 1, end - 1)) return end - 1;
  }
  if (!hasInstitutionComplement(run)) return i;
  // ", Tobacco, Firearms and Explosives": comma items of one word each, then "and" and the last item.
  let j = i;
  let commaItems = 0;
  while ((tokens[j] as Token | undefined)?.text === ',' && (tokens[j + 1] as Token | undefined)?.lower !== 'and') {
    const end = nameItemEnd(tokens, j + 1, sentence);
    if (end !== j + 2 || !plainItem(tokens, j + 1, end)) return i;
    commaItems++;
    j = end;
  }
  if (commaItems === 1) return i; // "Department of Commerce, Smith and Jones": a single comma item is a list of names.
  if (tokens[j]?.text === ',' && commaItems > 0) j++; // the serial comma
  if (tokens[j]?.lower !== 'and') return i;
  const end = nameItemEnd(tokens, j + 1, sentence);
  return plainItem(tokens, j + 1, end) && !personItem(tokens, j + 1, end) ? end - 1 : i;
}

/** Ends a run: drops trailing connectors ("Ministry of" at a sentence end) and keeps what is left. */
/**
 * The syllable after a glued hyphen ("-wen", "-in", "-un"): two to four lower-case letters, no English word
 * unless of two letters, or of three after a surname and a syllable that is no English word nor a place
 * ("Tsai Ing-wen"; not "Moscow-led", "Hong Kong-led").
 */
function isHyphenSyllable(text: string, current: readonly Token[], hyphen: Token, next: Token): boolean {
  const prev = current[current.length - 1];
  if (hyphen.text !== '-' || !prev || prev.end !== hyphen.start || hyphen.end !== next.start || !isCapitalised(prev) || !/^[a-z]{2,4}$/.test(next.text)) return false;
  if (next.text.length === 2 || !isLexiconWord(next.text)) return true;
  const first = current[0] as Token;
  return next.text.length === 3 && current.length >= 2 && !isLexiconWord(prev.lower) && !lexicon().places.has(text.slice(first.start, prev.end));
}

/** A run's last token may be such a syllable ("Ing-wen"). */
function endsInSyllable(run: readonly Token[], b: number): boolean {
  const t = run[b];
  return t !== undefined && b >= 2 && /^[a-z]{2,4}$/.test(t.text) && run[b - 1]?.text === '-' && isCapitalised(run[b - 2] as Token) && run[b - 1]?.end === t.start;
}

function pushRun(text: string, current: Token[], runs: NameRun[]): void {
  while (current.length && !isCapitalised(current[current.length - 1] as Token) && !endsInSyllable(current, current.length - 1)) current.pop();
  if (!current.length) return;
  const first = current[0] as Token;
  const last = current[current.length - 1] as Token;
  runs.push({ tokens: current, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
}

/** "Washington, D.C." is one place name despite its comma. */
function joinDistrict(text: string, tokens: readonly Token[], runs: NameRun[]): NameRun[] {
  const out: NameRun[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i] as NameRun;
    const next = runs[i + 1];
    const last = r.tokens[r.tokens.length - 1] as Token;
    if (next && r.text === 'Washington' && next.text === 'D.C.' && tokens[last.index + 1]?.text === ',' && tokens[last.index + 2] === next.tokens[0]) {
      out.push({ tokens: [...r.tokens, tokens[last.index + 1] as Token, ...next.tokens], start: r.start, end: next.end, text: text.slice(r.start, next.end) });
      i++;
    } else out.push(r);
  }
  return out;
}

/** "al-Tanf": a leading Arabic article glued by a hyphen to the capitalised word after it (see extractNameRuns). */
function opensWithArticle(run: readonly Token[], a: number): boolean {
  const t = run[a] as Token;
  const hyphen = run[a + 1];
  const word = run[a + 2];
  return LEADING_ARTICLES.has(t.text) && hyphen?.text === '-' && hyphen.start === t.end && word !== undefined && word.start === hyphen.end && isCapitalised(word);
}

/** A run may have picked up "of the" or a particle at its edge; trim those. */
function trimConnectors(run: NameRun): NameRun | null {
  let a = 0;
  let b = run.tokens.length - 1;
  while (a <= b && !isCapitalised(run.tokens[a] as Token) && !opensWithArticle(run.tokens, a)) a++;
  while (b >= a && !isCapitalised(run.tokens[b] as Token) && !endsInSyllable(run.tokens, b)) b--;
  if (a > b) return null;
  if (a === 0 && b === run.tokens.length - 1) return run;
  const tokens = run.tokens.slice(a, b + 1);
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const offset = first.start - run.start;
  return { tokens, start: first.start, end: last.end, text: run.text.slice(offset, offset + (last.end - first.start)) };
}
