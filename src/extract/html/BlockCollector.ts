/**
 * Flattens the element tree into text blocks (paragraph-like runs of inline text),
 * each tied to its innermost block element and carrying its link-text share. Which
 * subtrees are dropped before scoring is the caller's `keep` predicate, so the main
 * pass and the relaxed fallback share this walk.
 */
import { BLOCK_TAGS } from './constants.ts';
import type { Element } from './tree.ts';

export interface Block {
  text: string;
  /** Characters of `text` inside links. */
  linkChars: number;
  /** Innermost block-level element holding the text. */
  el: Element;
  /** Tag of that element (`p`, `h2`, `li`, `div`, …). */
  tag: string;
  /** Index in document order. */
  index: number;
}

export type KeepPredicate = (el: Element) => boolean;

function collapse(text: string): string {
  return text.replace(/[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').replace(/ ?\n ?/g, '\n');
}

export function collectBlocks(root: Element, keep: KeepPredicate): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let linkChars = 0;
  let linkDepth = 0;
  let brRun = 0;

  const flush = (el: Element) => {
    const text = collapse(buffer).replace(/\n{2,}/g, '\n').trim();
    if (text !== '' && /[\p{L}\p{N}]/u.test(text)) {
      blocks.push({ text, linkChars: Math.min(linkChars, text.length), el, tag: el.tag, index: blocks.length });
    }
    buffer = '';
    linkChars = 0;
    brRun = 0;
  };

  const walk = (el: Element, blockEl: Element) => {
    for (const child of el.children) {
      if (typeof child === 'string') {
        if (/\S/.test(child)) brRun = 0;
        buffer += child;
        if (linkDepth > 0) linkChars += child.replace(/\s+/g, ' ').length;
        continue;
      }
      if (child.tag === 'br') {
        brRun++;
        // Two line breaks in a row separate paragraphs on pages that use <br><br> for <p>.
        if (brRun >= 2) flush(blockEl);
        else buffer += '\n';
        continue;
      }
      if (!keep(child)) continue;
      if (BLOCK_TAGS.has(child.tag)) {
        flush(blockEl);
        walk(child, child);
        flush(child);
      } else {
        const isLink = child.tag === 'a';
        if (isLink) linkDepth++;
        // Inline elements glue to neighbouring text; cells and images add a space so words do not fuse.
        if (child.tag === 'img') buffer += ' ';
        walk(child, blockEl);
        if (isLink) linkDepth--;
      }
    }
  };
  walk(root, root);
  flush(root);
  return blocks;
}

/** Whether `el` lies inside `ancestor` (or is it). */
export function isWithin(el: Element, ancestor: Element): boolean {
  for (let n: Element | null = el; n; n = n.parent) if (n === ancestor) return true;
  return false;
}
