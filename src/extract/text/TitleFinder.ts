import type { ClassifiedBlock } from './BlockClassifier.ts';
import { SUBTITLE_MAX_WORDS, TITLE_MIN_WORDS, TITLE_SITE_SEPARATOR, TITLE_SITE_TAIL_MAX_WORDS } from './constants.ts';
import { candidateText, scoreTitle } from './TitleScorer.ts';

export interface TitleFinding {
  title: string | null;
  subtitle: string | null;
  /** Block indices that hold the title (its copies above it too) and the subtitle: metadata, not body. */
  used: number[];
  /** Block index of the title line, or null. */
  index: number | null;
  /** 'repeated' when the page prints the headline more than once. */
  method: 'repeated' | 'headline' | null;
}

/** Lines into the body a byline/date anchor may sit (the body's start is a guess and often swallows the byline). (WCXB dev text-mode title: 0: 0.438, 3: 0.461, 8: 0.463, 20: 0.463) */
export const ANCHOR_LINES_INTO_BODY = 8;

/** Words a line right above the best headline line needs to be the headline over it (that line then being the dek). (WCXB dev text-mode title, old chooser: any shorter line 0.282, never 0.295, 7 words 0.300; with TitleScorer: 3: 0.509, 4: 0.557, 5: 0.562, 7: 0.570, and 0.02–0.05 lower each when the upper line may be longer) */
const DEK_HEADLINE_MIN_WORDS = 7;

/** Headline then a longer dek, both headline-like: the dek scores best (it sits on the byline), the shorter full headline above it is the title. */
function headlineOverDek(blocks: readonly ClassifiedBlock[], index: number, skip: ReadonlySet<number>): number {
  const above = blocks[index - 1];
  if (!above || skip.has(index - 1) || !candidateText(above)) return index;
  const fits = above.words >= DEK_HEADLINE_MIN_WORDS && above.words < blocks[index]!.words && !/\s[/|·•]\s?/.test(above.text);
  return fits ? index - 1 : index;
}

/** The line without a trailing site separator (`Headline -`, `Headline |`). */
function stripSeparator(text: string): string {
  return text.replace(TITLE_SITE_SEPARATOR, '').trim();
}

function isProse(block: ClassifiedBlock | undefined): boolean {
  return block !== undefined && (block.cls === 'good' || block.cls === 'near');
}

/**
 * "Headline | Site", "Headline – Site": the `<title>`-like copy of a headline keeps the site's
 * name (or a short tagline) after the last separator; a short tail is cut there. Only " | " and
 * spaced dashes, only a tail of at most TITLE_SITE_TAIL_MAX_WORDS words, only when the head is a
 * headline itself; a colon is left alone ("Learn More: Academic Tutoring").
 */
export function cutSiteTail(title: string): string {
  const match = /^(.*\S)\s+(?:\||[–—-])\s+([^|–—]+)$/u.exec(title);
  if (!match) return title;
  const [, head, tail] = match as unknown as [string, string, string];
  const tailWords = tail.trim().split(/\s+/).length;
  const headWords = head.trim().split(/\s+/).length;
  // A dash tail must look like a name (capitalised words): "– Artlyst", not "- what happens next".
  const nameLike = /^[\p{Lu}\d]/u.test(tail.trim()) && tail.trim().split(/\s+/).every((w) => /^[\p{Lu}\d&(]/u.test(w) || /^(of|the|and|for|in|on|at|&)$/i.test(w));
  const piped = /\s\|\s/.test(title.slice(head.length));
  if (headWords < TITLE_MIN_WORDS || tailWords > TITLE_SITE_TAIL_MAX_WORDS || (!piped && !nameLike)) return title;
  return head.trim();
}

/**
 * Finds title and dek. `skip` holds bylines, date lines and outlet template lines, which are
 * never headlines; `metaLines` are the byline/date anchors a headline sits above. The title is
 * the best-scoring headline-like line (TitleScorer.ts); its copies elsewhere count for it and
 * stay out of the body. The dek is a short non-chrome line right after the title and before
 * the body (inside the body it is the lede, which stays).
 */
export function findTitle(blocks: readonly ClassifiedBlock[], bodyStart: number, skip: ReadonlySet<number>, metaLines: readonly number[] = []): TitleFinding {
  const scored = scoreTitle(blocks, bodyStart, skip, new Set(metaLines));
  if (scored === null) return { title: null, subtitle: null, used: [], index: null, method: null };
  const last = headlineOverDek(blocks, scored.index, skip);
  let used = [...scored.copies.filter((j) => j < last), last];
  const method: TitleFinding['method'] = scored.copies.length > 0 ? 'repeated' : 'headline';
  const title = cutSiteTail(stripSeparator(blocks[last]!.text));
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
