/**
 * Splits an article into attribution units: sentences as a reader sees them once quotes
 * are treated as opaque. A quote and its attribution ("“… Two sentences …,” he said.")
 * stay in one unit; a multi-paragraph quote is one unit up to its closing mark.
 */
import type { Span } from '../model/records.ts';
import { ABBREVIATIONS } from './lexicon/words.ts';
import type { QuoteRegion } from './QuoteMarkScanner.ts';

const SENTENCE_END = /[.!?…]/;
const NEXT_START = /[\p{Lu}\p{N}“‘"'«(\[]/u;

function insideRegion(regions: readonly QuoteRegion[], at: number): QuoteRegion | null {
  // Regions are outermost, so sorted and disjoint: binary search for the last one opening before `at`.
  let lo = 0;
  let hi = regions.length - 1;
  let found: QuoteRegion | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid];
    if (!r) break;
    if (r.open < at) {
      found = r;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && at < found.close ? found : null;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1] ?? '')) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[s] ?? '')) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.replace(/\.$/, ''));
}

/** Sentence-like units, trimmed, in text order. */
export function segmentUnits(text: string, paragraphs: readonly Span[], regions: readonly QuoteRegion[]): Span[] {
  const units: Span[] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) units.push([a, b]);
  };
  // Paragraph runs: paragraphs joined when a quote region crosses their boundary.
  const runs: Span[] = [];
  for (const p of paragraphs) {
    const last = runs[runs.length - 1];
    if (last && insideRegion(regions, p[0]) !== null) last[1] = p[1];
    else runs.push([p[0], p[1]]);
  }
  for (const [from, to] of runs) {
    let start = from;
    for (let i = from; i < to; i++) {
      const ch = text[i] ?? '';
      if (!SENTENCE_END.test(ch)) continue;
      let j = i + 1;
      // Closing marks right after the stop belong to this sentence (“… for this.” Next).
      const region = insideRegion(regions, i);
      if (region) {
        if (region.close !== j) continue;
        j++;
      }
      while (j < to && /[)\]”’"'»]/.test(text[j] ?? '')) j++;
      if (j >= to) break;
      if (!/\s/.test(text[j] ?? '')) continue;
      let k = j;
      while (k < to && /\s/.test(text[k] ?? '')) k++;
      if (k >= to || !NEXT_START.test(text[k] ?? '')) continue;
      if (ch === '.' && isAbbreviation(text, i)) continue;
      push(start, j);
      start = k;
      i = k - 1;
    }
    push(start, to);
  }
  return units;
}

/** Paragraph spans from blank lines, when the article does not carry them. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
