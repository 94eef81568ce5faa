/**
 * Shapes of capitalised runs that name products, codes and groups of people rather than a person:
 * a word mixing letters and digits ("PS4 Pro", "Copper CMCU3", "RDR2"), a single capital letter
 * hyphened to an acronym or a lower-case word ("USB-C", "D-pillars"), a model-tier last word ("MacBook Air",
 * "Chromecast Ultra") and a place's demonym ("South Dakotans", "New Yorker"). RunClassifier asks
 * these before it keeps a person reading that no title or honorific supports.
 */
import { DEMONYM_SUFFIXES, PRODUCT_TIER_WORDS } from './constants.ts';
import { lexicon } from './Lexicon.ts';
import type { Token } from './Tokens.ts';

/** A word with both letters and digits: model numbers, tickers and codes; no person's name has one. */
const LETTERS_AND_DIGITS = /^(?=.*\d)(?=.*\p{L})[\p{L}\d]+$/u;

export function hasCodeWord(tokens: readonly Token[], a: number, z: number): boolean {
  for (let i = a; i <= z; i++) if (LETTERS_AND_DIGITS.test((tokens[i] as Token).text)) return true;
  return false;
}

/**
 * "USB-C", "D-pillars": a single capital letter hyphened to an acronym or to a lower-case word is a
 * connector's or a part's name. Hyphened to a capitalised word it may be a stage name ("K-Trap",
 * "T-Pain"), so that shape is left alone.
 */
export function hasLetterCompound(tokens: readonly Token[], a: number, z: number): boolean {
  for (let i = a; i <= z + 1; i++) {
    const t = tokens[i];
    if (t?.text !== '-' || t.start !== tokens[i - 1]?.end || t.end !== tokens[i + 1]?.start) continue;
    const left = tokens[i - 1]?.text ?? '';
    const right = tokens[i + 1]?.text ?? '';
    if ((SINGLE_CAPITAL.test(right) && i <= z && ACRONYM_OR_LOWER.test(left)) || (SINGLE_CAPITAL.test(left) && ACRONYM_OR_LOWER.test(right))) return true;
  }
  return false;
}

const SINGLE_CAPITAL = /^\p{Lu}$/u;
/** An acronym of two or more capitals, or a lower-case word. */
const ACRONYM_OR_LOWER = /^(?:\p{Lu}{2,}|\p{Ll}+)$/u;

/** "MacBook Air", "PS4 Pro": two or more words ending in a model-tier word. */
export function endsInProductTier(tokens: readonly Token[], a: number, z: number): boolean {
  return z > a && PRODUCT_TIER_WORDS.has((tokens[z] as Token).lower);
}

/** "South Dakotans", "New Yorker", "Texans": the run is a place the lexicon knows plus a demonym ending. */
export function placeDemonym(text: string, a: Token, z: Token): boolean {
  const lx = lexicon();
  const run = text.slice(a.start, z.end);
  if (!/^\p{Lu}/u.test(run) || lx.places.has(run)) return false;
  for (const suffix of DEMONYM_SUFFIXES) {
    if (run.length <= suffix.length + 2 || !run.endsWith(suffix)) continue;
    const stem = run.slice(0, -suffix.length);
    // "Dakotans" → "Dakota" + ns; "Bostonians" → "Boston" + ians; "Cubans" → "Cuba" less its a.
    if (lx.places.has(stem) || (suffix.startsWith('a') && lx.places.has(`${stem}a`))) return true;
  }
  return false;
}
