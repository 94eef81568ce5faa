/**
 * Words for clustering: lower-cased letter/digit runs, possessives dropped and regular
 * plurals folded ("ministers" = "minister") so headlines and bodies meet. Deliberately
 * crude and fast: it runs on every article of the firehose, and the TF-IDF weighting,
 * not a stop list, silences function words.
 *
 * A single pass over char codes (no regex, one string per kept token) that gives exactly
 * the tokens of the regex `[\p{L}\p{N}]+(?:['’]\p{L}+)?` + `foldWord`: ASCII words are
 * folded by char code; a word with any other character goes through `foldWord` itself.
 */

const LETTER = 1;
const DIGIT = 2;
const OTHER = 3;
const UNICODE_LETTER = /^\p{L}$/u;
const UNICODE_NUMBER = /^\p{N}$/u;
/** Class of each BMP code point (0 = not looked up yet), filled lazily from the Unicode regexes. */
const BMP_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  BMP_CLASS[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : c >= 48 && c <= 57 ? DIGIT : OTHER;
}

function classOf(codePoint: number): number {
  if (codePoint < 65536) {
    let cls = BMP_CLASS[codePoint]!;
    if (cls === 0) cls = BMP_CLASS[codePoint] = lookUpClass(codePoint);
    return cls;
  }
  return lookUpClass(codePoint);
}

function lookUpClass(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  return UNICODE_LETTER.test(ch) ? LETTER : UNICODE_NUMBER.test(ch) ? DIGIT : OTHER;
}

/** The code point at `i` (a surrogate pair read as one; a lone surrogate as itself). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const width = (codePoint: number) => (codePoint > 0xffff ? 2 : 1);

export function foldWord(raw: string): string {
  let word = raw.toLowerCase();
  const apostrophe = word.search(/['’]/);
  if (apostrophe > 0) word = word.slice(0, apostrophe);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.slice(0, -1);
  }
  return word;
}

/** Called with each kept token and the offset of the raw word it came from; return false to stop. */
type TokenSink = (token: string, start: number) => boolean;

const lower = (code: number) => code | 0x20;

/** An ASCII word text[start, end) (apostrophe at `apostrophe` or -1), folded as `foldWord` would. */
function foldAscii(text: string, start: number, end: number, apostrophe: number, upper: boolean): string {
  if (apostrophe > 0) end = apostrophe;
  const length = end - start;
  let suffix = '';
  if (length > 4 && lower(text.charCodeAt(end - 1)) === 115 && lower(text.charCodeAt(end - 2)) === 101 && lower(text.charCodeAt(end - 3)) === 105) {
    end -= 3;
    suffix = 'y';
  } else if (length > 3 && lower(text.charCodeAt(end - 1)) === 115) {
    const before = lower(text.charCodeAt(end - 2));
    if (before !== 115 && before !== 117 && before !== 105) end -= 1;
  }
  const word = upper ? text.slice(start, end).toLowerCase() : text.slice(start, end);
  return suffix === '' ? word : word + suffix;
}

/** Single characters and pure numbers under 3 digits are noise. */
function isNoise(word: string): boolean {
  if (word.length < 2) return true;
  if (word.length > 2) return false;
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57;
}

/** Scans `text` for words, folds them and hands the non-noise ones to `sink` in order. */
function scan(text: string, sink: TokenSink): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first < 128) {
      if (BMP_CLASS[first] === OTHER) {
        i++;
        continue;
      }
    } else {
      const cp = codePointAt(text, i);
      if (classOf(cp) === OTHER) {
        i += width(cp);
        continue;
      }
    }
    const start = i;
    let ascii = true;
    let upper = false;
    let cp = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        // ASCII fast path: the class table is filled for these from the start.
        if (BMP_CLASS[c] === OTHER) break;
        if (c <= 90 && c >= 65) upper = true;
        i++;
        continue;
      }
      cp = codePointAt(text, i);
      if (classOf(cp) === OTHER) break;
      ascii = false;
      i += width(cp);
    }
    let apostrophe = -1;
    if (i + 1 < n) {
      const mark = text.charCodeAt(i);
      if ((mark === 39 || mark === 0x2019) && classOf(codePointAt(text, i + 1)) === LETTER) {
        apostrophe = i;
        if (mark !== 39) ascii = false;
        i += 1;
        while (i < n) {
          cp = codePointAt(text, i);
          if (classOf(cp) !== LETTER) break;
          if (cp >= 128) ascii = false;
          else if (cp >= 65 && cp <= 90) upper = true;
          i += width(cp);
        }
      }
    }
    const word = ascii ? foldAscii(text, start, i, apostrophe, upper) : foldWord(text.slice(start, i));
    if (!isNoise(word) && !sink(word, start)) return;
  }
}

/** Clustering tokens of a text, in order; single characters and pure numbers under 3 digits are noise. */
export function tokenize(text: string, limit = Infinity): string[] {
  const out: string[] = [];
  scan(text, (word) => {
    out.push(word);
    return out.length < limit;
  });
  return out;
}

/**
 * Tokens plus the ones written as names: capitalised but not opening a sentence or line.
 * Names tell same-type events apart ("Tara Reid" vs "Lindsay Lohan" entering rehab) even
 * when no entity recogniser ran.
 */
export function tokenizeWithNames(text: string, limit = Infinity): { tokens: string[]; names: string[] } {
  const tokens: string[] = [];
  const names: string[] = [];
  scan(text, (word, start) => {
    tokens.push(word);
    if (isCapital(text.charCodeAt(start)) && !opensSentence(text, start)) names.push(word);
    return tokens.length < limit;
  });
  return { tokens, names };
}

/** The UTF-16 unit changes under lower-casing (as `ch !== ch.toLowerCase()` on one unit). */
function isCapital(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}

function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '"' || text[i] === '“' || text[i] === '`' || text[i] === "'" || text[i] === '‘' || text[i] === '(')) i--;
  return i < 0 || '.!?\n:;—–-'.includes(text[i]!);
}

/**
 * Text normalised for exact-copy detection: case, punctuation and spacing ignored (the
 * lower-cased letter/digit runs joined by single spaces, as
 * `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`).
 */
export function normaliseForHash(text: string): string {
  const lowered = text.toLowerCase();
  const n = lowered.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const cp = codePointAt(lowered, i);
    if (classOf(cp) === OTHER) {
      i += width(cp);
      continue;
    }
    const start = i;
    while (i < n) {
      const c = lowered.charCodeAt(i);
      if (c < 128) {
        if (BMP_CLASS[c] === OTHER) break;
        i++;
        continue;
      }
      const wide = codePointAt(lowered, i);
      if (classOf(wide) === OTHER) break;
      i += width(wide);
    }
    out = out === '' ? lowered.slice(start, i) : `${out} ${lowered.slice(start, i)}`;
  }
  return out;
}
