import type { ClassifiedBlock } from './BlockClassifier.ts';
import { normaliseLine } from './blocks.ts';
import { SUBTITLE_MAX_WORDS, TITLE_LOOKBACK_BLOCKS, TITLE_MAX_WORDS, TITLE_MIN_WORDS, TITLE_SITE_SEPARATOR } from './constants.ts';

export interface TitleFinding {
  title: string | null;
  subtitle: string | null;
  /** Block indices that hold the title (every copy) and the subtitle: metadata, not body. */
  used: number[];
  method: 'repeated' | 'headline' | null;
}

/** How far into the page a repeated headline is looked for (menus can run long). */
const REPEAT_SCAN_BLOCKS = 200;

function headlineLength(block: ClassifiedBlock): boolean {
  return block.words >= TITLE_MIN_WORDS && block.words <= TITLE_MAX_WORDS;
}

/** The line without a trailing site separator (`Headline -`, `Headline |`). */
function stripSeparator(text: string): string {
  return text.replace(TITLE_SITE_SEPARATOR, '').trim();
}

/**
 * The page's headline printed twice in a row (the `<title>` then the `<h1>`, or the h1 and
 * a share box), possibly with a trailing site separator on the first copy and chrome
 * between: the strongest title signal a text scrape has.
 */
function repeatedTitle(blocks: readonly ClassifiedBlock[], skip: ReadonlySet<number>): { index: number; copies: number[] } | null {
  const limit = Math.min(blocks.length - 1, REPEAT_SCAN_BLOCKS);
  for (let i = 0; i < limit; i++) {
    const a = blocks[i]!;
    if (skip.has(i) || !headlineLength(a) || a.cls === 'chrome') continue;
    const key = normaliseLine(stripSeparator(a.text));
    const copies = [i];
    for (let j = i + 1; j < blocks.length && j <= i + 3; j++) {
      const b = blocks[j]!;
      if (normaliseLine(stripSeparator(b.text)) === key) copies.push(j);
      else if (b.cls !== 'chrome') break;
    }
    if (copies.length > 1) return { index: copies[copies.length - 1]!, copies };
  }
  return null;
}

function isHeadline(block: ClassifiedBlock | undefined, index: number, skip: ReadonlySet<number>): boolean {
  if (!block || skip.has(index) || block.cls === 'chrome' || !headlineLength(block)) return false;
  return !/[.,;:…]$/.test(block.text) && /^[\p{Lu}\p{N}"“‘'«]/u.test(block.text);
}

/**
 * A short unpunctuated line shortly before the body, as headlines are: the nearest one,
 * unless a shorter one sits right above it (then the nearer, longer line is the dek).
 */
function headlineBeforeBody(blocks: readonly ClassifiedBlock[], bodyStart: number, skip: ReadonlySet<number>): number | null {
  if (bodyStart >= blocks.length) {
    // No body found: the page is a note or a list, and its headline comes first.
    for (let i = 0; i < Math.min(blocks.length, TITLE_LOOKBACK_BLOCKS); i++) if (isHeadline(blocks[i], i, skip)) return i;
    return null;
  }
  for (let i = bodyStart - 1; i >= Math.max(0, bodyStart - TITLE_LOOKBACK_BLOCKS); i--) {
    if (!isHeadline(blocks[i], i, skip)) continue;
    const above = blocks[i - 1];
    if (isHeadline(above, i - 1, skip) && above!.words < blocks[i]!.words) return i - 1;
    return i;
  }
  return null;
}

function isProse(block: ClassifiedBlock | undefined): boolean {
  return block !== undefined && (block.cls === 'good' || block.cls === 'near');
}

/**
 * Finds title and dek. `skip` holds bylines and date lines, which are never headlines.
 * The dek is a short non-chrome line right after the title and before the body (inside the
 * body it is the lede, which stays).
 */
export function findTitle(blocks: readonly ClassifiedBlock[], bodyStart: number, skip: ReadonlySet<number>): TitleFinding {
  const repeated = repeatedTitle(blocks, skip);
  let used: number[];
  let last: number;
  let method: TitleFinding['method'];
  if (repeated) {
    used = repeated.copies;
    last = repeated.index;
    method = 'repeated';
  } else {
    const index = headlineBeforeBody(blocks, bodyStart, skip);
    if (index === null) return { title: null, subtitle: null, used: [], method: null };
    used = [index];
    last = index;
    method = 'headline';
  }
  const title = stripSeparator(blocks[last]!.text);
  let subtitle: string | null = null;
  const next = last + 1;
  const candidate = blocks[next];
  // The dek may open the prose run; it is a dek when byline, date or share lines follow it.
  const dekThenChrome = next === bodyStart && !isProse(blocks[next + 1]) && !isProse(blocks[next + 2]);
  if (candidate && (next < bodyStart || dekThenChrome) && bodyStart < blocks.length && !skip.has(next) && candidate.cls !== 'chrome' && candidate.words >= TITLE_MIN_WORDS && candidate.words <= SUBTITLE_MAX_WORDS) {
    subtitle = candidate.text;
    used = [...used, next];
  }
  return { title, subtitle, used, method };
}
