import type { ClassifiedBlock } from './BlockClassifier.ts';
import { normaliseLine } from './blocks.ts';
import { dayInText } from '../html/DatelineReader.ts';
import { isDateLine } from './MetaLineFinder.ts';
import {
  TITLE_BREADCRUMB,
  TITLE_CTA_ANYWHERE,
  TITLE_CTA_MAX_WORDS,
  TITLE_MAX_WORDS,
  TITLE_MIN_WORDS,
  TITLE_NOT_HEADLINE,
  TITLE_SCORE,
  TITLE_SCAN_AFTER_BODY,
  TITLE_SCAN_COPIED,
  TITLE_SCAN_NO_BODY,
  STOP_WORDS,
} from './constants.ts';

/**
 * Title by evidence: every headline-like line before the body (and a few lines into it)
 * is scored on the features a page's headline has, wherever the CMS put it: a byline or
 * date line just below, the body's first paragraph just below, a second copy elsewhere on
 * the page (the `<title>`-like "Headline | Site" line, a breadcrumb ending in it), headline
 * length; and against it: prose paragraphs above it (a subheading), two headline-like lines
 * right above it (a table of contents, a rail), a one-line menu row, glued button labels, all
 * capitals, a bare name, distance above the first paragraph. The best-scoring line wins; ties go
 * to the line nearer the body (with no body, to the first).
 */

/** Chrome marks that come from a line's neighbours or its second copy, not from the line itself. */
const CONTEXT_MARK = /^(list after|repeated on the page|after end-of-article marker)/;

/** A lowercase letter glued to a capitalised word ("LoginGet a Demo", "Careers at XJoin us"): labels of separate elements. */
const GLUED_LABELS = /\p{Ll}{2}\p{Lu}\p{Ll}{2}/u;

/** "Posts Music Watching Reading Links Search": capitalised words and no function word, a row of menu labels. */
function isMenuRow(text: string): boolean {
  const list = text.split(/\s+/);
  return list.length >= 4 && list.every((w) => /^[\p{Lu}\d]/u.test(w) && !STOP_WORDS.has(w.toLowerCase()));
}

/** Whether a line could be a headline on its own text (length, shape, not furniture, not a date). */
export function candidateText(block: ClassifiedBlock): boolean {
  if (block.words < TITLE_MIN_WORDS || block.words > TITLE_MAX_WORDS) return false;
  if (block.cls === 'chrome' && !CONTEXT_MARK.test(block.reason ?? '')) return false;
  if (/[.,;:…]$/.test(block.text) && !/\.\.\.$|[A-Z]\.$/.test(block.text)) return false;
  if (!/^[\p{Lu}\p{N}"“‘'«\[(¿¡]/u.test(block.text)) return false;
  // "BOTTOM LINE: …", "UPDATE: …": a capitalised label opens a kicker or a fact box line.
  if (/^\p{Lu}{2,}(\s+\p{Lu}{2,})*:/u.test(block.text)) return false;
  if (block.words <= TITLE_CTA_MAX_WORDS && TITLE_CTA_ANYWHERE.test(block.text)) return false;
  if (TITLE_NOT_HEADLINE.test(block.text) || isDateLine(block.text)) return false;
  return !(block.text.length < 80 && dayInText(block.text.replace(/(\d)(\p{Lu})/gu, '$1 $2')));
}

/** "Ana Lima", "Kelia Losa Reinoso": a bare name (above a date) is the author. */
const BARE_NAME = /^(\p{Lu}[\p{L}'’.-]+)(\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/** Each line's folded key (`normaliseLine`), computed once per page and only when asked for. */
function lineKeys(blocks: readonly ClassifiedBlock[]): (i: number) => string {
  const keys: (string | undefined)[] = new Array(blocks.length);
  return (i) => (keys[i] ??= normaliseLine(blocks[i]!.text));
}

/**
 * Keys of lines (folded) and of every breadcrumb's first and last step, for "printed twice"
 * evidence. The index is only asked about candidates' keys, and two lines with one key have
 * as many words (folding changes case, quotes and edge punctuation, never a word), so a whole
 * line is indexed only when its word count could be a candidate's: most lines (menus, labels,
 * prose) are never folded.
 */
function copyIndex(blocks: readonly ClassifiedBlock[], keyOf: (i: number) => string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    if (key.length < 8) return;
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  for (let i = 0; i < blocks.length; i++) {
    const { text, words } = blocks[i]!;
    if (text.length > 400) continue;
    if (words >= TITLE_MIN_WORDS && words <= TITLE_MAX_WORDS) add(keyOf(i), i);
    // A breadcrumb step as long as a candidate needs a line at least as long; most lines hold no separator: test before splitting.
    if (words < TITLE_MIN_WORDS || !TITLE_BREADCRUMB.test(text)) continue;
    const parts = text.split(TITLE_BREADCRUMB);
    add(normaliseLine(parts[parts.length - 1]!), i);
    add(normaliseLine(parts[0]!), i);
  }
  return index;
}

function isProse(block: ClassifiedBlock | undefined): boolean {
  return block !== undefined && (block.cls === 'good' || block.cls === 'near');
}

export interface ScoredTitle {
  index: number;
  score: number;
  /** Other lines that are copies of the title (to keep out of the body). */
  copies: number[];
}

/** Scores one candidate line (see the module comment). */
function scoreLine(blocks: readonly ClassifiedBlock[], i: number, bodyStart: number, meta: ReadonlySet<number>, copies: Map<string, number[]>, keyOf: (j: number) => string, firstProse: number, proseAbove: readonly number[], isCandidate: (j: number) => boolean): ScoredTitle {
  const block = blocks[i]!;
  const s = TITLE_SCORE;
  let score = 0;
  // Below: byline/date within a few lines (only short lines between), the body's first paragraph.
  for (let j = i + 1; j <= i + s.metaWithin && j < blocks.length; j++) {
    if (meta.has(j)) {
      score += s.metaBelow - (j - i - 1) * s.metaStep;
      break;
    }
    if (isProse(blocks[j])) break;
  }
  const next = blocks[i + 1];
  if (isProse(next) || (meta.has(i + 1) && isProse(blocks[i + 2]))) score += s.proseBelow;
  // Printed twice: the same line (or a breadcrumb ending in it) elsewhere.
  const key = keyOf(i);
  const others = (copies.get(key) ?? []).filter((j) => j !== i);
  if (others.length > 0 && others.length <= 3) score += s.copied;
  // Headline length and shape.
  if (block.words >= 5 && block.words <= 20) score += s.headlineLength;
  if (block.text === block.text.toUpperCase() && /\p{Lu}{3}/u.test(block.text)) score -= s.allCaps;
  if (GLUED_LABELS.test(block.text)) score -= s.glued;
  if (isMenuRow(block.text)) score -= s.menuRow;
  // In a list of headline-like lines (a table of contents, a rail of other stories): two such lines right above.
  const listed = [i - 1, i - 2].every((j) => j >= 0 && blocks[j]!.words >= 4 && isCandidate(j));
  if (listed) score -= s.listed;
  if (/\s[|·•]\s|\s\/\s/.test(block.text) && others.length === 0) score -= s.separated;
  if (BARE_NAME.test(block.text) && block.words <= 4) score -= s.bareName;
  // Position: the headline comes before the first prose paragraph; a line with prose above it is a subheading.
  const anchor = Math.min(bodyStart, firstProse);
  // No body and no prose at all (a note, a list): the headline comes first.
  const noProse = anchor >= blocks.length;
  const distance = noProse ? Math.min(i, s.noProseMaxDistance) : i < anchor ? anchor - i - 1 : 0;
  score -= Math.min(distance, s.maxDistance) * s.distance;
  score -= Math.min(proseAbove[i] ?? 0, s.maxProseAbove) * s.proseAbove;
  return { index: i, score, copies: others.filter((j) => keyOf(j) === key) };
}

/** The best-scoring headline line, or null when no line is headline-like. */
export function scoreTitle(blocks: readonly ClassifiedBlock[], bodyStart: number, skip: ReadonlySet<number>, meta: ReadonlySet<number>): ScoredTitle | null {
  const end = bodyStart < blocks.length ? Math.min(blocks.length, bodyStart + TITLE_SCAN_AFTER_BODY) : Math.min(blocks.length, TITLE_SCAN_NO_BODY);
  const keyOf = lineKeys(blocks);
  const copies = copyIndex(blocks, keyOf);
  const proseAbove: number[] = [];
  let seen = 0;
  let firstProse = blocks.length;
  for (let i = 0; i < Math.max(end, TITLE_SCAN_COPIED) && i < blocks.length; i++) {
    proseAbove.push(seen);
    if (blocks[i]!.cls === 'good') {
      seen++;
      firstProse = Math.min(firstProse, i);
    }
  }
  const known = new Map<number, boolean>();
  const isCandidate = (j: number): boolean => {
    let value = known.get(j);
    if (value === undefined) known.set(j, (value = candidateText(blocks[j]!)));
    return value;
  };
  let best: ScoredTitle | null = null;
  // Past the body's start, only a line the page prints twice (the body's start may be chrome glued to the top).
  const copiedEnd = Math.min(blocks.length, TITLE_SCAN_COPIED);
  for (let i = 0; i < Math.max(end, copiedEnd); i++) {
    if (skip.has(i)) continue;
    // Past the body's start only a line printed twice, and only one that could be a candidate at all (the index holds no other).
    if (i >= end && (blocks[i]!.words < TITLE_MIN_WORDS || blocks[i]!.words > TITLE_MAX_WORDS || (copies.get(keyOf(i))?.length ?? 0) < 2)) continue;
    if (!isCandidate(i)) continue;
    const scored = scoreLine(blocks, i, bodyStart, meta, copies, keyOf, firstProse, proseAbove, isCandidate);
    if (!best || scored.score > best.score || (scored.score === best.score && bodyStart < blocks.length)) best = scored;
  }
  return best;
}
