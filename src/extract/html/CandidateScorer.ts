/**
 * Picks the element that holds the article, Readability.js-style but over the flat
 * block list: prose blocks vote for their ancestors (commas and length earn votes),
 * candidates are weighted by class hints and scaled down by link density, then the
 * winner is widened to a shared ancestor or to siblings that also hold prose.
 * Schema.org `articleBody`, `<article>` and `<main>` get a prior, not a veto.
 */
import type { Block } from './BlockCollector.ts';
import {
  ALTERNATIVE_SHARE,
  CLASS_WEIGHT,
  HEADING_TAGS,
  MIN_SCORING_CHARS,
  NEGATIVE_HINT,
  POSITIVE_HINT,
  SCORE_LEVELS,
  SIBLING_SHARE,
  SPLIT_MAX_LEVELS,
  SPLIT_MAX_LINK_DENSITY,
  SPLIT_MIN_PROSE_SHARE,
  SPLIT_PROSE_GAIN,
} from './constants.ts';
import type { Element } from './tree.ts';

interface Tally {
  score: number;
  chars: number;
  linkChars: number;
  /** Characters of voting (prose) blocks inside. */
  prose: number;
}

/** Elements whose own text is a paragraph (their vote goes to the parent). */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'li', 'dd', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'h1', 'th', 'dt', 'figcaption']);

/** Candidate priors: semantic containers of the article (a small nudge, Readability.js gives div +5). */
function tagBase(el: Element): number {
  if (el.attrs.itemprop === 'articleBody') return 30;
  switch (el.tag) {
    case 'article':
      return 10;
    case 'main':
      return 8;
    case 'div':
    case 'section':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    default:
      return HEADING_TAGS.has(el.tag) || el.tag === 'th' ? -5 : 0;
  }
}

function classWeight(el: Element): number {
  if (el.hints === '') return 0;
  let w = 0;
  if (NEGATIVE_HINT.test(el.hints)) w -= CLASS_WEIGHT;
  if (POSITIVE_HINT.test(el.hints)) w += CLASS_WEIGHT;
  return w;
}

/** Votes of one block: 1 + commas + one per 100 characters (max 3), as Readability.js. */
export function blockVote(text: string): number {
  const commas = (text.match(/[,，、]/g) ?? []).length;
  return 1 + commas + Math.min(Math.floor(text.length / 100), 3);
}

export interface Selection {
  top: Element;
  /** Top plus the siblings that join it, in document order. */
  containers: Element[];
  score: number;
}

export function selectContainers(blocks: readonly Block[], root: Element): Selection | null {
  const tallies = new Map<Element, Tally>();
  const tally = (el: Element): Tally => {
    let t = tallies.get(el);
    if (!t) {
      t = { score: tagBase(el) + classWeight(el), chars: 0, linkChars: 0, prose: 0 };
      tallies.set(el, t);
    }
    return t;
  };
  const voted = new Set<Element>();
  for (const block of blocks) {
    for (let n: Element | null = block.el; n; n = n.parent) {
      const t = tally(n);
      t.chars += block.text.length;
      t.linkChars += block.linkChars;
    }
    if (block.text.length < MIN_SCORING_CHARS || HEADING_TAGS.has(block.tag)) continue;
    if (block.linkChars > block.text.length * 0.5) continue;
    const vote = blockVote(block.text);
    for (let n: Element | null = block.el; n; n = n.parent) tally(n).prose += block.text.length;
    let n: Element | null = PARAGRAPH_TAGS.has(block.tag) ? block.el.parent : block.el;
    for (let level = 0; n && level < SCORE_LEVELS; level++, n = n.parent) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      tally(n).score += vote / divider;
      voted.add(n);
    }
  }
  const final = (el: Element): number => {
    const t = tallies.get(el);
    if (!t) return 0;
    const density = t.chars > 0 ? t.linkChars / t.chars : 0;
    return t.score * (1 - density);
  };
  const ranked = [...voted].filter((el) => el !== root).sort((a, b) => final(b) - final(a));
  let top = ranked[0];
  if (!top) return null;
  const topScore = final(top);

  // Several near-equal candidates under one ancestor: the article is that ancestor.
  const alternatives = ranked.slice(1, 6).filter((el) => final(el) >= topScore * ALTERNATIVE_SHARE);
  if (alternatives.length >= 3) {
    for (let parent = top.parent; parent && parent !== root; parent = parent.parent) {
      const inside = alternatives.filter((alt) => isAncestor(parent!, alt)).length;
      if (inside >= 3) {
        top = parent;
        break;
      }
    }
  }
  // Climb while the parent scores higher (the article was split across wrappers).
  let lastScore = final(top);
  const threshold = lastScore / 3;
  for (let parent = top.parent; parent && parent !== root && parent.tag !== 'body'; parent = parent.parent) {
    if (!tallies.has(parent)) continue;
    const s = final(parent);
    if (s < threshold) break;
    if (s > lastScore) {
      top = parent;
      break;
    }
    lastScore = s;
  }
  top = widenSplitArticle(top, tallies, root);
  const winner = top;
  const winnerScore = final(winner);
  const containers: Element[] = [];
  const parent = winner.parent;
  if (!parent) return { top: winner, containers: [winner], score: winnerScore };
  const siblingThreshold = Math.max(10, winnerScore * SIBLING_SHARE);
  for (const sibling of parent.children) {
    if (typeof sibling === 'string') continue;
    if (sibling === winner) {
      containers.push(sibling);
      continue;
    }
    const bonus = sibling.attrs.class && sibling.attrs.class === winner.attrs.class ? winnerScore * SIBLING_SHARE : 0;
    if (final(sibling) + bonus >= siblingThreshold) containers.push(sibling);
    else if (sibling.tag === 'p') {
      const t = tallies.get(sibling);
      if (!t || t.chars === 0) continue;
      const density = t.linkChars / t.chars;
      // A stray long paragraph beside the winner is body that escaped its wrapper (Readability.js's rule).
      if (t.chars > 80 && density < 0.25) containers.push(sibling);
    }
  }
  return { top: winner, containers, score: winnerScore };
}

/**
 * Some pages split one article over sibling wrappers (ads or "story-stack" items in
 * between), so the best-scoring element holds only a part. Climb while an ancestor
 * holds clearly more prose and is still mostly prose, not links or teasers.
 */
function widenSplitArticle(top: Element, tallies: ReadonlyMap<Element, Tally>, root: Element): Element {
  let current = top;
  for (let level = 0, parent = top.parent; parent && parent !== root && level < SPLIT_MAX_LEVELS; level++, parent = parent.parent) {
    const p = tallies.get(parent);
    const c = tallies.get(current);
    if (!p || !c || parent.tag === 'body') break;
    if (p.prose < c.prose * SPLIT_PROSE_GAIN) continue;
    if (p.linkChars > p.chars * SPLIT_MAX_LINK_DENSITY || p.prose < p.chars * SPLIT_MIN_PROSE_SHARE) break;
    current = parent;
  }
  return current;
}

function isAncestor(ancestor: Element, el: Element): boolean {
  for (let n: Element | null = el.parent; n; n = n.parent) if (n === ancestor) return true;
  return false;
}
