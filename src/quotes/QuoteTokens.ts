/**
 * A light word tokenizer for the quote finders: words (with inner apostrophes, dots,
 * hyphens and slashes kept: "Armenia’s", "U.S", "RFE/RL's") and single punctuation
 * characters, with offsets. Cheaper than a full NLP pass; the stage must run at
 * hundreds of articles per second.
 */
export interface QToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with an upper-case letter or digit. */
  cap: boolean;
}

const UPPER = /^[\p{Lu}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Characters that join two word parts into one token: "don't", "U.S", "RFE/RL", "AT&T", "co-chair". */
function isJoiner(c: number): boolean {
  return c === 39 || c === 8217 || c === 46 || c === 45 || c === 47 || c === 38;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i] ?? '');
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || (c > 8191 && c < 8208) || c === 8232 || c === 8233 || c === 12288 || c === 65279;
}

// A hand-written scanner: the Unicode-class regex it replaces was the stage's hottest spot.
export function tokenize(text: string, from = 0, to = text.length): QToken[] {
  const out: QToken[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let word = false;
    if (isWordChar(text, i)) {
      word = true;
      i++;
      while (i < to) {
        if (isWordChar(text, i)) i++;
        else if (isJoiner(text.charCodeAt(i)) && i + 1 < to && isWordChar(text, i + 1)) i += 2;
        else break;
      }
    } else {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const t = text.slice(start, i);
    const c0 = t.charCodeAt(0);
    const cap = word && (c0 < 128 ? (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) : UPPER.test(t));
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: i, word, cap });
  }
  return out;
}

/** Words only, lower-cased, of a piece of text. */
export function wordsOf(text: string): string[] {
  return tokenize(text).filter((t) => t.word).map((t) => t.lower);
}
