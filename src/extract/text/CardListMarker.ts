import type { ClassifiedBlock } from './BlockClassifier.ts';
import { CARD_HEAD_MAX_BLOCKS, CARD_MAX_SPACING } from './constants.ts';
import { isDateLine } from './MetaLineFinder.ts';

/**
 * Lists of article cards ("Headline / Author / Tuesday November 19, 2019 / teaser") follow
 * many articles. One date line is the article's own; date lines recurring every few lines
 * after the body has begun are a card list, teasers included, however prose-like the
 * teasers are. Marks each card (the lines before its date line back to the previous
 * sentence end, the date line, and the teaser after it) as chrome.
 */
export function markCardLists(blocks: readonly ClassifiedBlock[]): ClassifiedBlock[] {
  const out = blocks.map((b) => ({ ...b }));
  const firstProse = out.findIndex((b) => b.cls === 'good');
  if (firstProse < 0) return out;
  const dates: number[] = [];
  for (let i = firstProse + 1; i < out.length; i++) if (out[i]!.words > 0 && isDateLine(out[i]!.text)) dates.push(i);
  for (let k = 0; k < dates.length; k++) {
    const at = dates[k]!;
    const prev = dates[k - 1];
    const next = dates[k + 1];
    const inList = (next !== undefined && next - at <= CARD_MAX_SPACING) || (prev !== undefined && at - prev <= CARD_MAX_SPACING);
    if (!inList) continue;
    let start = at;
    while (start > firstProse && at - start < CARD_HEAD_MAX_BLOCKS && !out[start - 1]!.terminal && out[start - 1]!.cls !== 'good') start--;
    const end = Math.min(out.length, (next !== undefined && next - at <= CARD_MAX_SPACING ? at + 1 : at + 2));
    for (let j = start; j < end; j++) {
      const block = out[j]!;
      if (block.cls !== 'chrome') out[j] = { ...block, cls: 'chrome', reason: 'article card list' };
    }
  }
  return out;
}
