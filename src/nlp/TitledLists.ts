/**
 * Lists of names under one plural title ("Judges Pillard, Garcia and Walker", "team principals,
 * including Ferrona’s Dario Castell"): where a list item starts past its possessive owner, and
 * whether the words between two names make them one list.
 */
import type { Mention } from './RunClassifier.ts';
import type { Token } from './Tokens.ts';
import { titleEndingAt } from './TitleBeforeName.ts';

/** Longest possessive owner skipped before a listed name, in words ("Red Bull Racing’s"). */
const MAX_OWNER_WORDS = 4;

/** Where a possessive owner before a name starts ("Velox’s Mika Aaltonen" → "Velox"); the name's own start when there is none. */
export function ownerStart(tokens: readonly Token[], first: number): number {
  const mark = tokens[first - 1];
  if (!mark || !/^[’']s?$/.test(mark.text)) return first;
  let j = first - 2;
  while (j >= 0 && first - 2 - j < MAX_OWNER_WORDS && /^\p{Lu}/u.test(tokens[j]?.text ?? '') && tokens[j]?.sentence === tokens[first]?.sentence) j--;
  return j === first - 2 ? first : j + 1;
}

/** "Velox’s Mika Aaltonen": the mention owns the name after it, so the list item is that name. */
export function ownsNextName(tokens: readonly Token[], m: Mention): boolean {
  return /^[’']s?$/.test(tokens[m.last + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[m.last + 2]?.text ?? '');
}

/** "rival team principals, including Ferrona’s Dario Castell": the list's plural title is each listed person's role. */
export function includedUnderTitle(text: string, tokens: readonly Token[], m: Mention): Partial<Mention> {
  let j = ownerStart(tokens, m.runFirst) - 1;
  if (tokens[j]?.lower === 'as' && tokens[j - 1]?.lower === 'such') j--;
  else if (tokens[j]?.lower !== 'including') return {};
  if (tokens[j - 1]?.text !== ',') return {};
  const title = titleEndingAt(text, tokens, m, j - 2);
  if (!title.role || !title.pluralTitle) return {};
  return { role: title.role, affiliation: m.affiliation, pluralTitle: true };
}

/** "Judges Pillard, Garcia, and Walker": the words between two names of one list are ", ", "and" or ", and". */
export function listFollows(tokens: readonly Token[], prevLast: number, nextFirst: number): boolean {
  const between = tokens.slice(prevLast + 1, nextFirst).map((t) => t.lower).join(' ');
  return between === 'and' || between === ',' || between === ', and';
}
