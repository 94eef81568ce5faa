/**
 * Words for clustering: lower-cased letter/digit runs, possessives dropped and regular
 * plurals folded ("ministers" = "minister") so headlines and bodies meet. Deliberately
 * crude and fast: it runs on every article of the firehose, and the TF-IDF weighting,
 * not a stop list, silences function words.
 */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

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

/** Clustering tokens of a text, in order; single characters and pure numbers under 3 digits are noise. */
export function tokenize(text: string, limit = Infinity): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldWord(match[0]);
    if (word.length < 2) continue;
    if (/^\d{1,2}$/.test(word)) continue;
    out.push(word);
    if (out.length >= limit) break;
  }
  return out;
}

/** Text normalised for exact-copy detection: case, punctuation and spacing ignored. */
export function normaliseForHash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
