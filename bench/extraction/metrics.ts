/**
 * Scorers for the extraction benchmarks, each implemented exactly as its dataset
 * publishes it, so Chorus's numbers are comparable with the published tables.
 * Pure functions over strings; shared by the benchmark (`run.ts`), the gate test and
 * the text-mode benchmark.
 */

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function f1Of(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

// ---------------------------------------------------------------------------
// Scrapinghub article-extraction-benchmark (evaluate.py)

/** Python's `\w+` with re.UNICODE: letters, numbers (all kinds) and underscore. Case kept. */
const WORD_RE = /[\p{L}\p{N}_]+/gu;

export function wordTokens(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    // U+0001 cannot occur inside a \w token, so joining keeps tuples distinct.
    const key = slice.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page tp/fp/fn over 4-token shingles, normalised to sum to 1 (so long pages weigh no more). */
export function shingleMatch(expected: string, predicted: string, n = 4): [number, number, number] {
  const truth = shingles(expected, n);
  const pred = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of truth) {
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of pred) fp += Math.max(0, p - (truth.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function pagePrecision(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function pageRecall(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Per-page scores for diagnostics (precision/recall of one page, as the corpus metric sees it). */
export function scrapinghubPage(predicted: string, expected: string): PRF {
  const [tp, fp, fn] = shingleMatch(expected, predicted);
  const precision = pagePrecision(tp, fp, fn);
  const recall = pageRecall(tp, fp, fn);
  return { precision, recall, f1: f1Of(precision, recall) };
}

/**
 * Corpus score: mean page precision over pages with tp+fp > 0, mean page recall over
 * pages with tp+fn > 0, and the F1 of those two means (not the mean of page F1s).
 */
export function scrapinghubScore(pairs: readonly { predicted: string; expected: string }[]): PRF {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { predicted, expected } of pairs) {
    const [tp, fp, fn] = shingleMatch(expected, predicted);
    if (tp + fp > 0) precisions.push(pagePrecision(tp, fp, fn));
    if (tp + fn > 0) recalls.push(pageRecall(tp, fp, fn));
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { precision, recall, f1: f1Of(precision, recall) };
}

// ---------------------------------------------------------------------------
// Fundus evaluation: rouge_score's ROUGE-LSum (use_stemmer=False, split_summaries=True)

/** rouge_score's default tokenizer: lower-case, anything but [a-z0-9] separates tokens. */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(' ').filter((t) => t !== '');
}

/**
 * Abbreviations that do not end a sentence. An approximation of NLTK punkt's English
 * model, which Fundus's scorer uses to split summaries into sentences (punkt itself is
 * a trained model; this list covers the cases that occur in news text).
 */
const NON_TERMINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt',
  'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'ft', 'approx', 'fig', 'rev', 'hon', 'pres',
]);

/** Sentence split in the manner of punkt: after . ! ? (and closing quotes) before a non-lower-case start. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const re = /([.!?]+)(["'”’)\]]*)(\s+)(?=\S)/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const end = match.index + match[1]!.length + match[2]!.length;
    const next = text.charAt(re.lastIndex);
    if (/\p{Ll}/u.test(next)) continue;
    const before = text.slice(start, match.index).match(/([\p{L}.]+)$/u)?.[1]?.toLowerCase() ?? '';
    if (match[1] === '.' && (NON_TERMINAL.has(before) || /^\p{L}$/u.test(before))) continue;
    sentences.push(text.slice(start, end));
    start = re.lastIndex;
  }
  sentences.push(text.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}

/** Indices into `ref` of one longest common subsequence with `can` (rouge_score's backtrack). */
function lcsIndices(ref: readonly string[], can: readonly string[]): number[] {
  const rows = ref.length;
  const cols = can.length;
  const width = cols + 1;
  const table = new Uint32Array((rows + 1) * width);
  for (let i = 1; i <= rows; i++) {
    const r = ref[i - 1];
    for (let j = 1; j <= cols; j++) {
      table[i * width + j] =
        r === can[j - 1]
          ? table[(i - 1) * width + j - 1]! + 1
          : Math.max(table[(i - 1) * width + j]!, table[i * width + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[i * width + j - 1]! > table[(i - 1) * width + j]!) j--;
    else i--;
  }
  return out.reverse();
}

function summaryLevelLcs(refSents: readonly string[][], canSents: readonly string[][]): PRF {
  const m = refSents.reduce((a, s) => a + s.length, 0);
  const n = canSents.reduce((a, s) => a + s.length, 0);
  if (m === 0 || n === 0) return { precision: 0, recall: 0, f1: 0 };
  const countR = new Map<string, number>();
  const countC = new Map<string, number>();
  for (const s of refSents) for (const t of s) countR.set(t, (countR.get(t) ?? 0) + 1);
  for (const s of canSents) for (const t of s) countC.set(t, (countC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of refSents) {
    const union = new Set<number>();
    for (const can of canSents) for (const index of lcsIndices(ref, can)) union.add(index);
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = ref[index]!;
      const c = countC.get(token) ?? 0;
      const r = countR.get(token) ?? 0;
      if (c > 0 && r > 0) {
        hits++;
        countC.set(token, c - 1);
        countR.set(token, r - 1);
      }
    }
  }
  const recall = hits / m;
  const precision = hits / n;
  return { precision, recall, f1: f1Of(precision, recall) };
}

function rougeUnits(paragraphs: readonly string[]): string[][] {
  return splitSentences(paragraphs.join('\n\n'))
    .map(rougeTokens)
    .filter((s) => s.length > 0);
}

/** ROUGE-LSum of predicted against expected paragraphs (one reference body). */
export function rougeLSum(predictedParagraphs: readonly string[], expectedParagraphs: readonly string[]): PRF {
  return summaryLevelLcs(rougeUnits(expectedParagraphs), rougeUnits(predictedParagraphs));
}

/** At most this many optional paragraphs are tried in every combination (Fundus's default). */
const FUNDUS_MAX_OPTIONAL = 4;

function isOptional(paragraph: string): boolean {
  return paragraph.startsWith('[') && paragraph.endsWith(']');
}

/**
 * Fundus's reference bodies: paragraphs in [brackets] are optional; every subset of
 * them may be left out (or only "all" / "none" when there are more than four).
 */
export function fundusReferenceBodies(body: readonly string[]): string[][] {
  const optional = body.flatMap((p, i) => (isOptional(p) ? [i] : []));
  const strip = (skip: ReadonlySet<number>) =>
    body.flatMap((p, i) => (skip.has(i) ? [] : [isOptional(p) ? p.slice(1, -1) : p]));
  if (optional.length > FUNDUS_MAX_OPTIONAL) return [strip(new Set()), strip(new Set(optional))];
  const bodies: string[][] = [];
  for (let mask = 0; mask < 1 << optional.length; mask++) {
    bodies.push(strip(new Set(optional.filter((_, k) => (mask >> k) & 1))));
  }
  return bodies;
}

/** The Fundus per-article score: the best ROUGE-LSum F1 over the reference bodies. */
export function fundusArticleScore(predicted: readonly string[], groundTruthBody: readonly string[]): PRF {
  let best: PRF = { precision: 0, recall: 0, f1: -1 };
  for (const reference of fundusReferenceBodies(groundTruthBody)) {
    const score = rougeLSum(predicted, reference);
    if (score.f1 > best.f1) best = score;
  }
  return best.f1 < 0 ? { precision: 0, recall: 0, f1: 0 } : best;
}

/** Mean of per-article P, R and F1 (Fundus reports the mean of F1s, in percent). */
export function meanPRF(scores: readonly PRF[]): PRF {
  return {
    precision: mean(scores.map((s) => s.precision)),
    recall: mean(scores.map((s) => s.recall)),
    f1: mean(scores.map((s) => s.f1)),
  };
}

// ---------------------------------------------------------------------------
// WCXB: bag-of-words F1 and snippets

/** Multiset F1 over lower-cased `\w+` tokens. Two empty texts agree perfectly. */
export function bagOfWordsF1(predicted: string, expected: string): PRF {
  const pred = wordTokens(predicted.toLowerCase());
  const truth = wordTokens(expected.toLowerCase());
  if (pred.length === 0 && truth.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (pred.length === 0 || truth.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const t of truth) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of pred) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  const precision = common / pred.length;
  const recall = common / truth.length;
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** Lower-case and fold white space and dash/quote variants so snippets match across markup. */
export function normaliseForSnippet(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Share of `withSnippets` found in the text and of `withoutSnippets` absent from it (null when none). */
export function snippetChecks(
  predicted: string,
  withSnippets: readonly string[],
  withoutSnippets: readonly string[],
): { withFound: number | null; withoutAbsent: number | null } {
  const text = normaliseForSnippet(predicted);
  const has = (s: string) => text.includes(normaliseForSnippet(s));
  return {
    withFound: withSnippets.length ? withSnippets.filter(has).length / withSnippets.length : null,
    withoutAbsent: withoutSnippets.length ? withoutSnippets.filter((s) => !has(s)).length / withoutSnippets.length : null,
  };
}
