/**
 * What the article says of a person's gender: an honorific before the name ("Ms. Ernst",
 * "Mr. Vilsack") or a gendered noun introducing it ("his mother, Ernestine"). Read once per
 * text; pronoun resolution uses it to rule out antecedents of the wrong gender.
 */
import { GENDER_CACHE_TEXTS } from './constants.ts';
import { FEMALE_NOUNS, MALE_NOUNS } from './lexicon/words.ts';

interface GenderIndex {
  /** Words of names after "Ms"/"Mrs"/"Miss", and after "Mr". */
  honorificF: Set<string>;
  honorificM: Set<string>;
  /** Words of names after a gendered noun ("his mother, Ernestine"). */
  nounF: Set<string>;
  nounM: Set<string>;
}

const genderIndexes = new Map<string, GenderIndex>();

/**
 * The names each pattern introduces, read in one pass over the text: every word of them (`words`), or
 * only the whole name and its first word, for nouns that introduce relatives who share a surname
 * ("her husband, Felix Brenner" says nothing of Olga Brenner).
 */
function namesAfter(text: string, re: RegExp, words: boolean): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(re)) {
    const parts = (m[1] ?? '').split(/\s+/).map((w) => w.replace(/[.,;:]+$/, '')).filter(Boolean);
    if (words) for (const w of parts) out.add(w);
    else if (parts.length > 0) out.add(parts.join(' ')).add(parts[0] ?? '');
  }
  return out;
}

/** The honorifics and gendered nouns of a text, indexed once per text (the patterns scan the whole article). */
function genderIndex(text: string): GenderIndex {
  let index = genderIndexes.get(text);
  if (index) return index;
  if (genderIndexes.size > GENDER_CACHE_TEXTS) genderIndexes.clear();
  const name = (before: number) => String.raw`((?:\p{Lu}\S*\s+){0,${before}}\p{Lu}[\p{L}’'-]*)`;
  index = {
    honorificF: namesAfter(text, new RegExp(String.raw`\b(?:Ms|Mrs|Miss)\.?\s+${name(1)}`, 'gu'), true),
    honorificM: namesAfter(text, new RegExp(String.raw`\bMr\.?\s+${name(1)}`, 'gu'), true),
    nounF: namesAfter(text, new RegExp(String.raw`\b(?:${FEMALE_NOUNS}),?\s+${name(2)}`, 'gu'), false),
    nounM: namesAfter(text, new RegExp(String.raw`\b(?:${MALE_NOUNS}),?\s+${name(2)}`, 'gu'), false),
  };
  genderIndexes.set(text, index);
  return index;
}

/** 'm' or 'f' when the article gives the person an honorific ("Ms. Ernst", "Mr. Vilsack") or a gendered noun ("his mother, Ernestine"); null when unknown. */
export function genderOf(text: string, name: string | null): 'm' | 'f' | null {
  const surname = name?.split(/\s+/).pop();
  if (!surname || surname.length < 2) return null;
  const index = genderIndex(text);
  if (index.honorificF.has(surname)) return 'f';
  if (index.honorificM.has(surname)) return 'm';
  // A gendered noun tells of the name it introduced, never of others sharing its surname.
  const whole = name?.trim() ?? '';
  const f = index.nounF.has(whole);
  return f === index.nounM.has(whole) ? null : f ? 'f' : 'm';
}
