/**
 * Word-level text handling shared by every comparison in this stage: tokens, content words
 * (stopwords dropped) and a light suffix stemmer so "decisions"/"decision" and
 * "ensuring"/"ensure" meet. The stemmer is deliberately small: renderings of one statement
 * differ in inflection far more often than in derivation.
 */
import { NEGATION_IDIOM_NEXT, STOPWORDS } from '../constants.ts';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower-cased words of a text, apostrophes unified, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) out.push(match[0].replace(/’/g, "'"));
  return out;
}

/** Whether a lower-cased word carries content. */
export function isContentWord(word: string): boolean {
  return !STOPWORDS.has(word) && !/^\d{1,2}$/.test(word) && word.length > 1;
}

/** Light English suffix stemmer (possessive, plural, -ing, -ed, -ly, final -e). */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  else if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** Stems of the content words of a text, in order (repeats kept); "not" in "not only" is dropped. */
export function contentStems(text: string): string[] {
  const all = words(text);
  return all.filter((w, i) => isContentWord(w) && !(w === 'not' && NEGATION_IDIOM_NEXT.has(all[i + 1] ?? ''))).map(stem);
}

/** The content words of a text as written (for display), in order, first spelling of each stem kept. */
export function contentWordsAsWritten(text: string): { word: string; stem: string }[] {
  const seen = new Set<string>();
  const out: { word: string; stem: string }[] = [];
  for (const match of text.matchAll(WORD)) {
    const lower = match[0].toLowerCase().replace(/’/g, "'");
    if (!isContentWord(lower)) continue;
    const s = stem(lower);
    if (seen.has(s)) continue;
    seen.add(s);
    out.push({ word: match[0], stem: s });
  }
  return out;
}

/** Dice coefficient of two stem sets. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  return (2 * intersectionSize(a, b)) / (a.size + b.size);
}

export function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Length of the longest common subsequence of two sequences (O(n·m) time, O(m) memory). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Uint32Array(b.length + 1);
  let curr = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      curr[j] = ai === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, curr[j - 1]!);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/** Longest k such that `a` ends with the k items `b` starts with. */
export function suffixPrefixOverlap(a: readonly string[], b: readonly string[]): number {
  for (let k = Math.min(a.length, b.length); k > 0; k--) {
    let match = true;
    for (let i = 0; i < k && match; i++) match = a[a.length - k + i] === b[i];
    if (match) return k;
  }
  return 0;
}

/** Index of `needle` as a contiguous run in `haystack` at or after `from`, or -1. */
export function indexOfRun(haystack: readonly string[], needle: readonly string[], from = 0): number {
  if (needle.length === 0) return from;
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
