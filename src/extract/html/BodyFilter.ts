/**
 * Refines the blocks of the chosen containers into body paragraphs: drops furniture
 * that lives inside article wrappers (share bars, bylines, captions, related links,
 * newsletter boxes), link lists, calls to action and the headline repeated as body.
 * Each dropped block is returned as `removed`, with no block lost silently.
 */
import { isWithin, type Block } from './BlockCollector.ts';
import { BYLINE_LINE, CHROME_LINE, HEADING_TAGS, INNER_CHROME_HINT, LONG_BLOCK_CHARS, MAX_LINK_DENSITY, SHORT_BLOCK_CHARS } from './constants.ts';
import type { Element } from './tree.ts';

export interface FilteredBody {
  paragraphs: string[];
  removed: string[];
}

function foldTitle(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether an element between the block and its container names furniture. */
function insideInnerChrome(el: Element, containers: readonly Element[]): boolean {
  for (let n: Element | null = el; n; n = n.parent) {
    if (containers.includes(n)) return false;
    if (n.tag === 'figure' || n.tag === 'figcaption') return true;
    if (n.hints !== '' && n.attrs.itemprop !== 'articleBody' && INNER_CHROME_HINT.test(n.hints)) return true;
  }
  return false;
}

const DATE_LINE = /^((published|updated|posted|last updated|modified)\b.{0,60}|\w{3,9}\.? \d{1,2},? \d{4}.{0,30}|\d{1,2} \w{3,9}\.? \d{4}.{0,30}|\d{4}-\d{2}-\d{2}.{0,20}|\d+ (min|minute|hour|day)s? (ago|read))$/i;

function isProse(block: Block): boolean {
  return block.text.length >= 80 && block.linkChars < block.text.length * 0.3 && /[.!?…"”]/.test(block.text);
}

export function filterBody(blocks: readonly Block[], containers: readonly Element[], title: string | null): FilteredBody {
  const kept: Block[] = [];
  const removed: string[] = [];
  const titleKey = title ? foldTitle(title) : '';
  let seenProse = false;
  for (const block of blocks) {
    const text = block.text;
    const drop = (): void => {
      removed.push(text);
    };
    if (!containers.some((c) => isWithin(block.el, c))) continue;
    if (insideInnerChrome(block.el, containers)) {
      drop();
      continue;
    }
    const density = text.length > 0 ? block.linkChars / text.length : 0;
    if (density > MAX_LINK_DENSITY && text.length < LONG_BLOCK_CHARS) {
      drop();
      continue;
    }
    const oneLine = text.replace(/\s+/g, ' ');
    if (oneLine.length < 120 && CHROME_LINE.test(oneLine)) {
      drop();
      continue;
    }
    if (!seenProse) {
      const key = foldTitle(oneLine);
      if (titleKey && key !== '' && (key === titleKey || (block.tag === 'h1' && titleKey.includes(key)))) {
        drop();
        continue;
      }
      if (block.tag === 'h1' || (oneLine.length < SHORT_BLOCK_CHARS * 2 && (BYLINE_LINE.test(oneLine) || DATE_LINE.test(oneLine)))) {
        drop();
        continue;
      }
    }
    if (isProse(block)) seenProse = true;
    kept.push(block);
  }
  return dropOrphans(kept, removed);
}

/**
 * Headings after the last paragraph introduce a list that was filtered out ("More
 * stories", "Tags"). Headings between paragraphs stay: a heading followed only by
 * another heading there is usually a section with sub-sections (swept: dropping those
 * too cost 0.0006 WCXB F1 for +0.0002 Scrapinghub).
 */
function dropOrphans(kept: readonly Block[], removed: string[]): FilteredBody {
  let lastText = -1;
  kept.forEach((block, i) => {
    if (!HEADING_TAGS.has(block.tag)) lastText = i;
  });
  const paragraphs: string[] = [];
  kept.forEach((block, i) => {
    if (i > lastText) removed.push(block.text);
    else paragraphs.push(block.text);
  });
  return { paragraphs, removed };
}
