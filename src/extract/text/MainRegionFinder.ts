import type { ClassifiedBlock } from './BlockClassifier.ts';
import {
  MAX_SANDWICHED_SHORT_RUN,
  REGION_AFTER_END_WEIGHT,
  REGION_CHROME_COST,
  REGION_NEAR_GOOD_WEIGHT,
  REGION_SHORT_COST,
  REGION_SUBSTANTIAL_SCORE,
  LIST_INTRO_LOOKAHEAD,
} from './constants.ts';

export interface Region {
  start: number;
  end: number;
}

/**
 * The article body is the densest contiguous run of prose: runs of positive block scores
 * (good blocks earn their words, short lines and chrome cost), so menus at the top and
 * footers at the bottom fall outside while a heading or an ad label between paragraphs is
 * bridged. Chrome clusters at the bottom: a run after an end-of-article header competes at
 * a discount, so a long footer disclaimer does not beat a short article.
 */
export function findMainRegion(blocks: readonly ClassifiedBlock[]): Region | null {
  let best: Region | null = null;
  let bestScore = 0;
  let sum = 0;
  let start = 0;
  let runBest = 0;
  let runEnd = -1;
  let seenProse = false;
  let afterEnd = false;
  let endPending = false;
  const close = (): void => {
    if (runEnd < 0) return;
    const weighted = afterEnd ? runBest * REGION_AFTER_END_WEIGHT : runBest;
    if (weighted > bestScore) {
      bestScore = weighted;
      best = { start, end: runEnd };
    }
    if (runBest >= REGION_SUBSTANTIAL_SCORE) seenProse = true;
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (sum <= 0) {
      close();
      if (endPending) afterEnd = true;
      sum = 0;
      start = i;
      runBest = 0;
      runEnd = -1;
    }
    // Only runs that start after the header are discounted (the header closes an earlier body).
    if (block.header === 'end' && (seenProse || runBest >= REGION_SUBSTANTIAL_SCORE)) endPending = true;
    sum += score(block);
    if (sum > runBest) {
      runBest = sum;
      runEnd = i + 1;
    }
  }
  close();
  return best;
}

function score(block: ClassifiedBlock): number {
  switch (block.cls) {
    case 'good':
      return block.words;
    case 'near':
      return block.words * REGION_NEAR_GOOD_WEIGHT;
    case 'short':
      return -REGION_SHORT_COST;
    case 'chrome':
      return -Math.max(REGION_CHROME_COST, block.words);
  }
}

const LIST_INTRO = /:\s*$/;

/**
 * A list the article announces at its end ("See the full list of winners below:") is body
 * even though its items are short lines: extend the region through the list, up to the
 * next chrome block. The announcing line may sit a few lines after the prose (captions between).
 */
export function extendAnnouncedList(blocks: readonly ClassifiedBlock[], region: Region): Region {
  for (let k = region.end; k < Math.min(blocks.length, region.end + LIST_INTRO_LOOKAHEAD); k++) {
    const intro = blocks[k]!;
    if (intro.cls === 'chrome') return region;
    if (intro.words < 3 || !LIST_INTRO.test(intro.text)) continue;
    let end = k + 1;
    while (end < blocks.length && blocks[end]!.cls !== 'chrome') end++;
    return end > k + 1 ? { start: region.start, end } : region;
  }
  return region;
}

/**
 * Which blocks of the region are body: prose blocks, and runs of short lines (headings,
 * list items) that sit between prose and are short enough not to be a box.
 */
export function selectBody(blocks: readonly ClassifiedBlock[], region: Region): Set<number> {
  const keep = new Set<number>();
  let i = region.start;
  while (i < region.end) {
    const block = blocks[i]!;
    if (block.cls === 'good' || block.cls === 'near') {
      keep.add(i++);
      continue;
    }
    if (block.cls === 'chrome') {
      i++;
      continue;
    }
    let j = i;
    while (j < region.end && blocks[j]!.cls === 'short') j++;
    const prev = blocks[i - 1];
    const next = blocks[j];
    const between = prev !== undefined && prev.cls !== 'chrome' && next !== undefined && j < region.end && next.cls !== 'chrome';
    // A line ending in a colon announces a list: its items stay however many there are.
    const announced = prev !== undefined && prev.cls !== 'chrome' && LIST_INTRO.test(prev.text);
    if (announced || (between && j - i <= MAX_SANDWICHED_SHORT_RUN)) for (let k = i; k < j; k++) keep.add(k);
    i = j;
  }
  return keep;
}
