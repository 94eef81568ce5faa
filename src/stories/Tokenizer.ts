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

/**
 * Tokens plus the ones written as names: capitalised but not opening a sentence or line.
 * Names tell same-type events apart ("Tara Reid" vs "Lindsay Lohan" entering rehab) even
 * when no entity recogniser ran.
 */
export function tokenizeWithNames(text: string, limit = Infinity): { tokens: string[]; names: string[] } {
  const tokens: string[] = [];
  const names: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldWord(match[0]);
    if (word.length < 2 || /^\d{1,2}$/.test(word)) continue;
    tokens.push(word);
    const first = match[0].charAt(0);
    if (first !== first.toLowerCase() && !opensSentence(text, match.index)) names.push(word);
    if (tokens.length >= limit) break;
  }
  return { tokens, names };
}

function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '"' || text[i] === '“' || text[i] === '`' || text[i] === "'" || text[i] === '‘' || text[i] === '(')) i--;
  return i < 0 || '.!?\n:;—–-'.includes(text[i]!);
}

/** Text normalised for exact-copy detection: case, punctuation and spacing ignored. */
export function normaliseForHash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
