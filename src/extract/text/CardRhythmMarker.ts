import type { ClassifiedBlock } from './BlockClassifier.ts';
import { CARD_RHYTHM_MAX_TEASER_WORDS, CARD_RHYTHM_MIN_CARDS } from './constants.ts';

/**
 * Teaser grids flattened to text have a rhythm: two to four short lines (kicker, headline,
 * source, tags) then one short prose teaser, again and again. An article's subheadings are
 * single short lines followed by several paragraphs, so the rhythm does not occur in a body.
 * Runs of at least `CARD_RHYTHM_MIN_CARDS` such cards are chrome.
 */
export function markCardRhythm(blocks: readonly ClassifiedBlock[]): ClassifiedBlock[] {
  const out = [...blocks];
  const cardAt = (i: number): number => {
    let j = i;
    while (j < out.length && out[j]!.cls === 'short' && j - i < 4) j++;
    const teaser = out[j];
    if (j - i < 2 || !teaser || (teaser.cls !== 'good' && teaser.cls !== 'near') || teaser.words > CARD_RHYTHM_MAX_TEASER_WORDS) return -1;
    return j + 1;
  };
  let i = 0;
  while (i < out.length) {
    const cards: [number, number][] = [];
    let at = i;
    for (let next = cardAt(at); next > 0; next = cardAt(at)) {
      cards.push([at, next]);
      at = next;
    }
    if (cards.length >= CARD_RHYTHM_MIN_CARDS) {
      for (const [from, to] of cards) {
        for (let k = from; k < to; k++) out[k] = { ...out[k]!, cls: 'chrome', reason: 'teaser card grid' };
      }
      i = at;
    } else {
      i++;
    }
  }
  return out;
}
