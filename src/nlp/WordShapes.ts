/**
 * The shape of a single capitalised word in a name run: a camel-case brand ("WhatsApp"), an
 * ordinary word in capitals ("WINNER") or an acronym written in running text ("to UNICEF and").
 * RunClassifier asks these before it reads a word as a name or an acronym.
 */
import { lexicon } from './Lexicon.ts';
import { isLexiconWord, type Token } from './Tokens.ts';

/** Surname prefixes that put a capital inside a person's name ("McCarthy", "DeSantis", "DiCamillo", "LaGuardia", "O'Neill"). */
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])\p{Lu}/u;
/** "SeaWorld", "WhatsApp", "UrgentSeas": a word with a capital after two or more lower-case letters is a brand, not a person. */
const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u;

export function isCamelCaseBrand(word: string): boolean {
  return CAMEL_CASE.test(word) && !NAME_PREFIX.test(word);
}

/**
 * "WINNER", "MEETING", "SEVEN": a shouted word of four letters or more that the same article
 * also writes in lower case is an ordinary word in capitals, not an acronym.
 */
export function shoutedCommonWord(text: string, tokens: readonly Token[], word: string): boolean {
  if (!/^[A-Z]{4,}$/.test(word)) return false;
  // Asked again for every mention of an acronym ("NATO" … "NATO"): answered once per article and word.
  let answers = commonWordAnswers.get(tokens);
  if (answers === undefined) {
    answers = new Map();
    commonWordAnswers.set(tokens, answers);
  }
  let found = answers.get(word);
  if (found === undefined) {
    found = writtenInLowerCase(text, word.toLowerCase());
    answers.set(word, found);
  }
  return found;
}

/** Answers of shoutedCommonWord by article (its token array, which no stage changes) and word. */
const commonWordAnswers = new WeakMap<readonly Token[], Map<string, boolean>>();

/** Whether the text has the word as a whole word (edges as `\b`). */
function writtenInLowerCase(text: string, lower: string): boolean {
  // A plain search with word-edge checks: a regular expression built per call was a visible cost.
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + lower.length))) return true;
  }
  return false;
}

/** "WINNER", "BOTTOM": an English word of five letters or more in capitals, which no organisation the lexicon knows or the article defines spells. */
export function shoutedLexiconWord(text: string, word: string): boolean {
  // An acronym the article defines ("… Inspection Service (APHIS)", "…, or APHIS") stays one, though it spells a word.
  return /^[A-Z]{5,}$/.test(word) && !lexicon().orgs.has(word) && isLexiconWord(word.toLowerCase()) && !text.includes(`(${word})`) && !text.includes(`, or ${word}`);
}

/**
 * "funds to UNICEF and the World Food Program": a shouted word tagged a proper noun between
 * words in ordinary case is an acronym, though a lexicon lists it ("unicef"); a shouted word beside
 * other shouted words is a headline or a shout ("BLACK MOLD GROWING").
 */
export function isolatedProperShout(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  // "for YEARS": a shouted plural is emphasis (acronyms of five letters or more, which this rescues, rarely end in S).
  if (t.pos !== 'PROPN' || t.text.endsWith('S')) return false;
  const same = (n: Token | undefined): n is Token => n !== undefined && n.sentence === t.sentence;
  const plain = (n: Token | undefined) => !same(n) || !/^[A-Z]{2,}/.test(n.text);
  // In running text: a lower-case word beside it ("to UNICEF and"), not a label in a list ("Raye – WINNER").
  const running = (n: Token | undefined) => same(n) && /^[a-z]/.test(n.text);
  return plain(tokens[i - 1]) && plain(tokens[i + 1]) && (running(tokens[i - 1]) || running(tokens[i + 1]));
}

const LETTER = /\p{L}/u;

/** Whether the word has a letter; an ASCII letter first answers without the regular expression, as most words start with one. */
export function hasLetter(word: string): boolean {
  const c = word.charCodeAt(0) | 32;
  return (c >= 97 && c <= 122) || LETTER.test(word);
}

/** A character `\w` matches (ASCII letters, digits, underscore); NaN (outside the text) is none. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
