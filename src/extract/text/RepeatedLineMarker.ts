import type { ClassifiedBlock } from './BlockClassifier.ts';
import { normaliseLine } from './blocks.ts';
import { REPEATED_MAX_SHARE_OF_PROSE } from './constants.ts';

/**
 * A prose line printed twice on one page is a ticker, a teaser grid shown for two layouts,
 * or a pull quote's source box: the article's own paragraphs appear once. Only prose
 * blocks are considered (a headline printed twice is the title, found by TitleFinder), and
 * when the repeats would be most of the page's prose the page itself is doubled, so nothing
 * is marked.
 */
export function markRepeatedLines(blocks: readonly ClassifiedBlock[]): ClassifiedBlock[] {
  const seen = new Map<string, number>();
  const keys = blocks.map((b) => (b.cls === 'good' || b.cls === 'near' ? normaliseLine(b.text) : null));
  for (const key of keys) if (key) seen.set(key, (seen.get(key) ?? 0) + 1);
  let repeatedWords = 0;
  let proseWords = 0;
  blocks.forEach((b, i) => {
    if (keys[i] === null) return;
    proseWords += b.words;
    if ((seen.get(keys[i]!) ?? 0) > 1) repeatedWords += b.words;
  });
  if (repeatedWords === 0 || repeatedWords > proseWords * REPEATED_MAX_SHARE_OF_PROSE) return [...blocks];
  return blocks.map((b, i) =>
    keys[i] !== null && (seen.get(keys[i]!) ?? 0) > 1 ? { ...b, cls: 'chrome', reason: 'repeated on the page' } : b,
  );
}
