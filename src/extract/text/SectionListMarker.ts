import type { ClassifiedBlock } from './BlockClassifier.ts';
import { COMMENT_HEADER, COMMENTS_MIN_BODY_WORDS, LIST_ITEM_MAX_WORDS, RESUME_MIN_BLOCKS, RESUME_MIN_TOTAL_WORDS, RESUME_MIN_WORDS } from './constants.ts';

/**
 * Section headers ("You May Also Like", "Top stories", "Leave a Reply") open lists of
 * other articles or a comment area. Their items can be full sentences (teasers), so
 * position after the header, not the items' own features, condemns them.
 *
 * An `end` header that comes after most of the body closes the article: everything after
 * it goes unless a run of long paragraphs resumes (an inline box inside a long article).
 * Any header also takes the teaser-length items right after it.
 */
export function markSectionLists(blocks: readonly ClassifiedBlock[]): ClassifiedBlock[] {
  const out = blocks.map((b) => ({ ...b }));
  const goodWords = out.map((b) => (b.cls === 'good' ? b.words : 0));
  const totalGood = goodWords.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let i = 0; i < out.length; i++) {
    const block = out[i]!;
    if (block.header === null) {
      before += goodWords[i] ?? 0;
      continue;
    }
    const after = totalGood - before;
    const listEnd = listExtent(out, i);
    const comments = COMMENT_HEADER.test(block.text);
    // A box of headlines followed by prose is an inline box: the article goes on after it.
    const resumes = (listEnd > i + 1 && proseFollows(out, listEnd)) || bodyResumes(out, i + 1);
    const closes = comments ? before >= COMMENTS_MIN_BODY_WORDS || (before > 0 && before >= after) : before > 0 && before >= after && !resumes;
    if (block.header === 'end' && closes) {
      for (let j = i + 1; j < out.length; j++) mark(out[j]!, 'after end-of-article marker');
      break;
    }
    for (let j = i + 1; j < listEnd; j++) mark(out[j]!, `list after "${block.text}"`);
  }
  return out;
}

/**
 * Where the list after header `at` ends. Inside the page a header takes only headline-like
 * items (and "…" teasers): prose after a menu label or an inline box is the article going on.
 */
function listExtent(blocks: readonly ClassifiedBlock[], at: number): number {
  let j = at + 1;
  for (; j < blocks.length; j++) {
    const item = blocks[j]!;
    if (item.header !== null || item.words >= LIST_ITEM_MAX_WORDS) break;
    if (item.cls === 'good' && !TEASER_END.test(item.text)) break;
  }
  return j;
}

/** Two prose blocks in a row start at `from`. */
function proseFollows(blocks: readonly ClassifiedBlock[], from: number): boolean {
  const a = blocks[from];
  const b = blocks[from + 1];
  return a?.cls === 'good' && b?.cls === 'good' && !TEASER_END.test(a.text) && !TEASER_END.test(b.text);
}

const TEASER_END = /(…|\.\.\.)$/;

function mark(block: ClassifiedBlock, reason: string): void {
  if (block.cls === 'chrome') return;
  block.cls = 'chrome';
  block.reason = reason;
}

/**
 * Whether the article goes on after the header: several paragraph-length prose blocks
 * before the next chrome header (an inline "Related" box inside a long article). Teasers
 * after a closing header are shorter (15-25 words) or end in "…".
 */
function bodyResumes(blocks: readonly ClassifiedBlock[], from: number): boolean {
  let count = 0;
  let total = 0;
  for (let j = from; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.header !== null && count > 0) break;
    if (b.cls === 'good' && b.words >= RESUME_MIN_WORDS && !TEASER_END.test(b.text)) {
      count++;
      total += b.words;
      if (count >= RESUME_MIN_BLOCKS && total >= RESUME_MIN_TOTAL_WORDS) return true;
    }
  }
  return false;
}
