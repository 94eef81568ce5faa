import { isCallToAction, normaliseLine, words, type Block } from './blocks.ts';
import {
  AUTHOR_BIO,
  AUTHOR_BIO_MAX_WORDS,
  BOILERPLATE_CUES,
  CAPTION_CREDIT,
  CAPTION_MAX_WORDS,
  COMMENT_SIGNATURE,
  GLUED_TEASER_CAPITALISED_SHARE,
  GLUED_TEASER_MIN_WORDS,
  GOOD_MIN_STOPWORD_SHARE,
  GOOD_MIN_WORDS,
  LONG_BLOCK_WORDS,
  MULTI_CUE_MAX_WORDS,
  SECTION_HEADERS,
  SHORT_MAX_WORDS,
  SINGLE_CUE_MAX_WORDS,
  STOP_WORDS,
} from './constants.ts';

/**
 * Context-free class of a block, from its own features (jusText's first pass):
 * `good` reads as prose, `near` is medium prose, `short` is a label/heading/menu item,
 * `chrome` is a call to action, boilerplate or a section header.
 */
export type BlockClass = 'good' | 'near' | 'short' | 'chrome';

export interface ClassifiedBlock extends Block {
  cls: BlockClass;
  words: number;
  stopShare: number;
  /** Ends like a sentence (full stop, question, exclamation, closing quote after one). */
  terminal: boolean;
  /** A section header opening a list/box; `end` when it usually closes the article. */
  header: 'end' | 'box' | null;
  /** Why it is chrome, for debugging and tests. */
  reason: string | null;
}

const TERMINAL = /[.!?…。！？]["'”’»)\]]*$|[.!?]\s*\(\w[^)]*\)$/u;

const EDGE_NON_LETTERS = /^[^\p{L}']+|[^\p{L}']+$/gu;

export function stopWordHits(tokens: readonly string[]): number {
  let hits = 0;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (STOP_WORDS.has(lower) || STOP_WORDS.has(lower.replace(EDGE_NON_LETTERS, ''))) hits++;
  }
  return hits;
}

export function stopWordShare(tokens: readonly string[]): number {
  return tokens.length === 0 ? 0 : stopWordHits(tokens) / tokens.length;
}

const ANY_HEADER = new RegExp(SECTION_HEADERS.map(({ pattern }) => `(?:${pattern.source})`).join('|'));

export function sectionHeader(text: string): 'end' | 'box' | null {
  if (words(text).length > 10) return null;
  if (COMMENT_SIGNATURE.test(text.trim())) return 'end';
  const line = normaliseLine(text).replace(/[:.]+$/, '');
  if (!ANY_HEADER.test(line)) return null;
  for (const { pattern, end } of SECTION_HEADERS) if (pattern.test(line)) return end ? 'end' : 'box';
  return null;
}

/**
 * A teaser card flattened to one line: a headline glued to its summary with no space
 * (`…Student-AthleteA 24-year-old woman…`, `…On The Rise?Violence is…`). Headline case on
 * the left (most words capitalised) keeps body text with a stray `iPhone` out of it.
 */
export function isGluedTeaser(text: string): boolean {
  // Digits glue legitimately (4K, 3D, 5G), so a seam follows a letter, a closing quote or ?/!.
  const seam = /^(.{12,160}?[\p{Ll}”?!])(\p{Lu}\p{Ll}*)\s/u.exec(text);
  if (!seam?.[1]) return false;
  const left = seam[1];
  // A headline is one phrase: sentence breaks on the left mean this is prose.
  if (/[.!?]\s/.test(left)) return false;
  // Brand names glue too (MacBook, WeWork, McPherson, AirPods): a letter seam needs a full word before it.
  const seamWord = /\p{L}+$/u.exec(left)?.[0] ?? '';
  if (seamWord !== '' && (seamWord.length < 4 || !/^\p{Lu}?\p{Ll}+$/u.test(seamWord))) return false;
  const leftWords = left.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (leftWords.length < GLUED_TEASER_MIN_WORDS) return false;
  if (words(text.slice(left.length)).length < GLUED_TEASER_MIN_WORDS) return false;
  const capitalised = leftWords.filter((w) => /^[\p{Lu}\d'‘"“]/u.test(w)).length;
  return capitalised / leftWords.length >= GLUED_TEASER_CAPITALISED_SHARE;
}

/** One pass over all cues first: most lines match none, and one regex beats fifty. */
const ANY_CUE = new RegExp(
  Object.values(BOILERPLATE_CUES)
    .flat()
    .map((cue) => cue.source)
    .join('|'),
  'i',
);

/** Name of the boilerplate family the block belongs to, or null. */
export function boilerplateFamily(text: string, wordCount: number): string | null {
  if (wordCount > MULTI_CUE_MAX_WORDS || !ANY_CUE.test(text)) return null;
  for (const [family, cues] of Object.entries(BOILERPLATE_CUES)) {
    let hits = 0;
    for (const cue of cues) if (cue.test(text)) hits++;
    if (hits >= 2 || (hits === 1 && wordCount <= SINGLE_CUE_MAX_WORDS)) return family;
  }
  return null;
}

/**
 * Classifies one block. `english` turns on the stop-word test (off for other languages,
 * where length and punctuation carry the decision).
 */
export function classifyBlock(block: Block, english: boolean, measured?: { words: number; stopShare: number }): ClassifiedBlock {
  const count = measured?.words ?? words(block.text).length;
  const stopShare = measured?.stopShare ?? stopWordShare(words(block.text));
  const terminal = TERMINAL.test(block.text);
  const header = sectionHeader(block.text);
  const base = { ...block, words: count, stopShare, terminal, header };
  if (header) return { ...base, cls: 'chrome', reason: `section header (${header})` };
  if (count <= SINGLE_CUE_MAX_WORDS && isCallToAction(block.text)) return { ...base, cls: 'chrome', reason: 'call to action' };
  const family = boilerplateFamily(block.text, count);
  if (family) return { ...base, cls: 'chrome', reason: `boilerplate (${family})` };
  if (count <= AUTHOR_BIO_MAX_WORDS && AUTHOR_BIO.test(block.text)) return { ...base, cls: 'chrome', reason: 'author bio' };
  if (count <= CAPTION_MAX_WORDS && CAPTION_CREDIT.test(block.text)) return { ...base, cls: 'chrome', reason: 'photo caption' };
  if (isGluedTeaser(block.text)) return { ...base, cls: 'chrome', reason: 'glued headline and teaser' };
  if (count === 0) return { ...base, cls: 'chrome', reason: 'no words' };
  const prose = !english || stopShare >= GOOD_MIN_STOPWORD_SHARE;
  // Prose has punctuation inside: a long unpunctuated run is a tag cloud or a menu.
  const punctuated = /[.,;:!?،。，、]/u.test(block.text);
  if (count >= GOOD_MIN_WORDS && prose && (terminal || (count >= LONG_BLOCK_WORDS && punctuated))) return { ...base, cls: 'good', reason: null };
  // Unpunctuated lines under paragraph length are headlines and links, not prose.
  if (count > SHORT_MAX_WORDS && (terminal || (prose && count >= GOOD_MIN_WORDS))) return { ...base, cls: 'near', reason: null };
  return { ...base, cls: 'short', reason: null };
}
