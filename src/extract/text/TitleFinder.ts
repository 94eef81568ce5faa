import type { ClassifiedBlock } from './BlockClassifier.ts';
import { normaliseLine } from './blocks.ts';
import { SUBTITLE_MAX_WORDS, TITLE_LOOKBACK_BLOCKS, TITLE_MAX_WORDS, TITLE_MIN_WORDS, TITLE_SITE_SEPARATOR } from './constants.ts';

export interface TitleFinding {
  title: string | null;
  subtitle: string | null;
  /** Block indices that hold the title (every copy) and the subtitle: metadata, not body. */
  used: number[];
  /** Block index of the title line (its last copy), or null. */
  index: number | null;
  method: 'repeated' | 'headline' | null;
}

/** Lines into the body a byline/date anchor may sit (the body's start is a guess and often swallows the byline). (WCXB dev text-mode title: 0: 0.438, 3: 0.461, 8: 0.463, 20: 0.463) */
export const ANCHOR_LINES_INTO_BODY = 8;

/** RepeatedLineMarker's reason for a line that occurs more than once on the page. */
const REPEATED_REASON = 'repeated on the page';

/** A reading-time or count line ("11 min read", "3 comments"): furniture, never a headline. */
const FURNITURE_LINE = /^\d+\s+(min(ute)?s?|comments?|shares?|views?)(\s+read)?$/i;

/** A short call to action or widget label ("Book a Demo", "Get a demo", "Table of Contents"): never a headline. */
const CALL_TO_ACTION = /^(book|get|start|sign|subscribe|request|download|try|join|contact|copy|shop|buy|order|click|call|schedule|table of contents)\b/i;
const CALL_TO_ACTION_MAX_WORDS = 7;

/** Lines above a byline or date line searched for its headline (author name, role, kicker may come between). (WCXB dev text-mode title: 3: 0.478, 4: 0.483, 5: 0.481) */
const ABOVE_META_LINES = 4;

/** Words a line above a headline-like line needs to be the headline over it (that line then being the dek), when a byline follows. (WCXB dev text-mode title: any shorter line 0.282, never 0.295, 7 words 0.300) */
const DEK_HEADLINE_MIN_WORDS = 7;

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
    // Printed twice, the headline is "repeated on the page" by definition: that chrome mark does not disqualify it.
    if (skip.has(i) || !headlineLength(a) || (a.cls === 'chrome' && a.reason !== REPEATED_REASON)) continue;
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
  if (!block || skip.has(index) || block.cls === 'chrome' || !headlineLength(block) || FURNITURE_LINE.test(block.text)) return false;
  if (block.words <= CALL_TO_ACTION_MAX_WORDS && CALL_TO_ACTION.test(block.text)) return false;
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
    if (isHeadline(blocks[i], i, skip)) return headlineNotDek(blocks, i, skip);
  }
  return null;
}

/** A headline line, or the shorter headline-like line right above it (then this one is the dek). */
function headlineNotDek(blocks: readonly ClassifiedBlock[], i: number, skip: ReadonlySet<number>): number {
  const above = blocks[i - 1];
  return isHeadline(above, i - 1, skip) && above!.words < blocks[i]!.words ? i - 1 : i;
}

/** Chrome marks that come from a line's neighbours (a list it seems to belong to, a second copy), not from the line itself. */
const CONTEXT_MARK = /^(list after|repeated on the page)/;

/** A headline-like line next to a byline anchor, judged on its own text: context marks do not count against it. */
function isAnchoredHeadline(block: ClassifiedBlock | undefined, index: number, skip: ReadonlySet<number>): boolean {
  if (!block) return false;
  return isHeadline(block.cls === 'chrome' && CONTEXT_MARK.test(block.reason ?? '') ? { ...block, cls: 'short' } : block, index, skip);
}

/** "Ana Lima", "Kelia Losa Reinoso": a bare name between headline and date is the author, not the headline. */
const BARE_NAME = /^(\p{Lu}[\p{L}'’.-]+)(\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/**
 * The headline right above the first byline or date line (before the body) that has one:
 * articles print "Headline / By Name / Date", and navigation never carries a byline.
 */
function headlineAboveMeta(blocks: readonly ClassifiedBlock[], bodyStart: number, anchors: readonly number[], skip: ReadonlySet<number>): number | null {
  for (const first of anchors) {
    if (first >= bodyStart + ANCHOR_LINES_INTO_BODY) break;
    const lowest = Math.max(0, first - ABOVE_META_LINES);
    for (let i = first - 1; i >= lowest; i--) {
      if (!isAnchoredHeadline(blocks[i], i, skip)) continue;
      if (BARE_NAME.test(blocks[i]!.text) && i > lowest && isAnchoredHeadline(blocks[i - 1], i - 1, skip)) continue;
      // A dek sits between headline and byline only under a full headline; a short line above is a section label or breadcrumb.
      const above = i - 1;
      const dek = isAnchoredHeadline(blocks[above], above, skip) && blocks[above]!.words < blocks[i]!.words && blocks[above]!.words >= DEK_HEADLINE_MIN_WORDS && !/\s[/|·•]\s?/.test(blocks[above]!.text);
      return dek ? above : i;
    }
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
export function findTitle(blocks: readonly ClassifiedBlock[], bodyStart: number, skip: ReadonlySet<number>, metaLines: readonly number[] = []): TitleFinding {
  const repeated = repeatedTitle(blocks, skip);
  let used: number[];
  let last: number;
  let method: TitleFinding['method'];
  if (repeated) {
    used = repeated.copies;
    last = repeated.index;
    method = 'repeated';
  } else {
    const index = headlineAboveMeta(blocks, bodyStart, metaLines, skip) ?? headlineBeforeBody(blocks, bodyStart, skip);
    if (index === null) return { title: null, subtitle: null, used: [], index: null, method: null };
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
  return { title, subtitle, used, index: last, method };
}
