import { CTA_LINE_PATTERNS } from './constants.ts';

/** One line of scraped text: the unit text mode classifies. */
export interface Block {
  /** Trimmed text of the line (or of one part of a glued line). */
  text: string;
  /** 1-based line number in the input, for problems and debugging. */
  line: number;
  /** Blank lines before it (a paragraph gap in double-spaced scrapes). */
  gapBefore: number;
}

/** Splits page text into non-empty line blocks; blank lines only count as gaps. */
export function splitBlocks(content: string): Block[] {
  const blocks: Block[] = [];
  let gap = 0;
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/);
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? '').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
    if (text === '') {
      gap++;
      continue;
    }
    blocks.push({ text, line: i + 1, gapBefore: gap });
    gap = 0;
  }
  return blocks;
}

/** Normalised form of a line for comparisons: lower case, straight quotes, folded space, no edge punctuation. */
const EDGE_CHAR = /[\s\p{P}\p{S}]/u;

/** Whether a lower-cased line needs folding at all: a curly quote, white space other than one plain space. Most lines do not; one test instead of three replaces. */
const NEEDS_FOLD = /[‘’`´“”«»„]|[^\S ]| {2}/;

export function normaliseLine(text: string): string {
  const lower = text.toLowerCase();
  const folded = NEEDS_FOLD.test(lower) ? lower.replace(/[‘’`´]/g, "'").replace(/[“”«»„]/g, '"').replace(/\s+/g, ' ') : lower;
  // Trim punctuation and symbols at both edges by hand: an end-anchored regex rescans long lines.
  let start = 0;
  let end = folded.length;
  while (start < end && EDGE_CHAR.test(folded.charAt(start))) start++;
  while (end > start && EDGE_CHAR.test(folded.charAt(end - 1))) end--;
  return folded.slice(start, end);
}

/** Scripts written without spaces: each ~2 characters count as a word for length tests. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/** Cheap pre-check for UNSPACED (Thai, Lao, Myanmar, Khmer, kana, CJK blocks). */
const MAYBE_UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

export function words(text: string): string[] {
  const tokens = text.split(/\s+/).filter((w) => HAS_WORD_CHAR.test(w));
  if (!MAYBE_UNSPACED.test(text)) return tokens;
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  if (unspaced < 4) return tokens;
  // Pseudo-tokens so counts reflect length; they never match a stop word.
  const extra = Math.round(unspaced / 2) - 1;
  return extra > 0 ? [...tokens, ...Array<string>(extra).fill('\u3000')] : tokens;
}

/** All calls to action as one alternation: one regex pass per line instead of two dozen. */
const ANY_CTA = new RegExp(CTA_LINE_PATTERNS.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

export function isCallToAction(text: string): boolean {
  return ANY_CTA.test(text.trim());
}

/**
 * Scrapers that take `textContent` glue a button's label to the next paragraph:
 * `Become a memberOn Thursday, …`. A lowercase→Uppercase seam with no space, whose left part
 * is a call to action or a short phrase of several words with no sentence punctuation, and
 * whose right part reads as a sentence, is split there. Single-word left parts that are not
 * calls to action are kept whole (`McDonald`, `iPhone`, `YouTube`).
 */
export function splitGluedChrome(block: Block): Block[] {
  const seam = /([\p{Ll}\d.!?)])(\p{Lu}[\p{Ll}'’])/gu;
  for (const match of block.text.matchAll(seam)) {
    const at = (match.index ?? 0) + (match[1]?.length ?? 1);
    if (at > 80) break;
    const left = block.text.slice(0, at).trim();
    const right = block.text.slice(at).trim();
    if (words(right).length < 6) continue;
    const leftWords = words(left);
    const cta = isCallToAction(left);
    // The seam word must be a plain lowercase word: `Mc|Donald`, `i|Phone`, `You|Tube` are names.
    const seamWord = /(\p{Ll}{3,})$/u.test(left) && !/\p{Lu}\p{Ll}*$/u.test(left);
    const shortPhrase = seamWord && leftWords.length >= 2 && leftWords.length <= 6 && !/[.!?:;,]$/.test(left);
    if (!cta && !shortPhrase) continue;
    return [
      { text: left, line: block.line, gapBefore: block.gapBefore },
      { text: right, line: block.line, gapBefore: 0 },
    ];
  }
  return [block];
}
