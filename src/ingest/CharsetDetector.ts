/**
 * Guesses the legacy charset of bytes that are not valid UTF-8 and declare nothing.
 * Each candidate decodes a sample and is scored by how much the result looks like text
 * in that charset's languages; the best score wins. Scores are normalised to ~1 for a
 * correct decoding so candidates of different scripts compare.
 */
import iconv from 'iconv-lite';
import {
  CHINESE_FREQUENT_EXPECTED,
  CHINESE_FREQUENT_HANZI,
  CYRILLIC_FREQUENT_EXPECTED,
  DETECT_CONFIDENT_SCORE,
  DETECT_SAMPLE_BYTES,
  JAPANESE_KANA_EXPECTED,
  KOREAN_FREQUENT_EXPECTED,
  KOREAN_FREQUENT_SYLLABLES,
  LATIN_ALPHABETS,
  LATIN_COMMON_SYMBOLS,
  LATIN_RUN_RATIO_MAX,
  RUSSIAN_FREQUENT_LETTERS,
} from './constants.ts';

export interface CharsetGuess {
  encoding: string;
  score: number;
  confident: boolean;
}

type Scorer = (nonAscii: string) => number;

const CHINESE_SET = new Set(CHINESE_FREQUENT_HANZI);
const KOREAN_SET = new Set(KOREAN_FREQUENT_SYLLABLES);
const RUSSIAN_SET = new Set(RUSSIAN_FREQUENT_LETTERS);
const ALPHABETS = Object.values(LATIN_ALPHABETS).map((letters) => new Set(letters));
const LATIN_SYMBOLS = new Set(LATIN_COMMON_SYMBOLS);

function share(chars: string, test: (c: string) => boolean): number {
  if (chars.length === 0) return 0;
  let hits = 0;
  for (const c of chars) if (test(c)) hits++;
  return hits / [...chars].length;
}

const isCyrillic = (c: string) => c >= '\u0400' && c <= '\u04ff';
const isLowerCyrillic = (c: string) => (c >= '\u0430' && c <= '\u045f');

/** Russian-like: Cyrillic letters, mostly lowercase, the frequent letters frequent. */
const cyrillicScore: Scorer = (s) => {
  const letters = [...s].filter(isCyrillic).join('');
  if (letters.length === 0) return 0;
  const cyr = share(s, isCyrillic);
  const lower = share(letters, isLowerCyrillic);
  const frequent = Math.min(1, share(letters.toLowerCase(), (c) => RUSSIAN_SET.has(c)) / CYRILLIC_FREQUENT_EXPECTED);
  return cyr * (0.5 * lower + 0.5 * frequent);
};

const japaneseScore: Scorer = (s) =>
  Math.min(1, share(s, (c) => c >= '\u3041' && c <= '\u30ff') / JAPANESE_KANA_EXPECTED);
const koreanScore: Scorer = (s) => Math.min(1, share(s, (c) => KOREAN_SET.has(c)) / KOREAN_FREQUENT_EXPECTED);
const chineseScore: Scorer = (s) => Math.min(1, share(s, (c) => CHINESE_SET.has(c)) / CHINESE_FREQUENT_EXPECTED);

/** Share of non-ASCII characters that are common symbols or letters of the single best-fitting language. */
const latinScore: Scorer = (s) => {
  const chars = [...s];
  if (chars.length === 0) return 0;
  const symbols = chars.filter((c) => LATIN_SYMBOLS.has(c)).length;
  const letters = chars.map((c) => c.toLowerCase());
  let best = 0;
  for (const alphabet of ALPHABETS) best = Math.max(best, letters.filter((c) => alphabet.has(c)).length);
  return (symbols + best) / chars.length;
};

const RUN_CANDIDATES: readonly [string, Scorer][] = [
  ['windows-1251', cyrillicScore],
  ['koi8-r', cyrillicScore],
  ['iso-8859-5', cyrillicScore],
  ['shift_jis', japaneseScore],
  ['euc-jp', japaneseScore],
  ['gbk', chineseScore],
  ['euc-kr', koreanScore],
];

/** On a tie the earlier wins: identical decodings (German reads the same in all three) stay windows-1252. */
const LATIN_CANDIDATES: readonly [string, Scorer][] = [
  ['windows-1252', latinScore],
  ['iso-8859-2', latinScore],
  ['windows-1250', latinScore],
];

/** Share of high bytes that have a high-byte neighbour: low for Latin scripts, high for others. */
function runRatio(bytes: Uint8Array): number {
  let high = 0;
  let inRun = 0;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] ?? 0) < 0x80) continue;
    high++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) inRun++;
  }
  return high === 0 ? 0 : inRun / high;
}

function nonAsciiChars(text: string): string {
  // U+FFFD marks bytes the candidate could not decode: it stays in and counts against every scorer.
  return text.replace(/[\u0000-\u007f]+/g, '');
}

/** Picks ISO-8859-15 over 1252 only on its tell: a euro sign at 0xA4 and no 0x80–0x9F bytes. */
function refineWestern(bytes: Uint8Array): string {
  let hasC1 = false;
  let hasA4 = false;
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0x9f) hasC1 = true;
    if (b === 0xa4) hasA4 = true;
  }
  return hasA4 && !hasC1 ? 'iso-8859-15' : 'windows-1252';
}

export function detectCharset(input: Uint8Array): CharsetGuess {
  const bytes = input.subarray(0, DETECT_SAMPLE_BYTES);
  const candidates = runRatio(bytes) > LATIN_RUN_RATIO_MAX ? RUN_CANDIDATES : LATIN_CANDIDATES;
  let best: CharsetGuess = { encoding: 'windows-1252', score: 0, confident: false };
  for (const [encoding, scorer] of candidates) {
    const score = scorer(nonAsciiChars(iconv.decode(Buffer.from(bytes), encoding)));
    if (score > best.score) best = { encoding, score, confident: score >= DETECT_CONFIDENT_SCORE };
  }
  if (best.encoding === 'windows-1252') best = { ...best, encoding: refineWestern(bytes) };
  return best;
}
