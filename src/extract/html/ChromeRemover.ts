/**
 * Predicates deciding which subtrees are dropped before scoring. The strict one (main
 * pass) uses class/id hints as a weak prior; the relaxed one (fallback 2) only drops
 * what is chrome by definition (hidden, navigation landmarks), for pages whose article
 * wrapper happens to carry a furniture word.
 */
import { CHROME_HINT, CHROME_TAGS, CONTENT_HINT } from './constants.ts';
import type { Element } from './tree.ts';

const CHROME_ROLES = /^(navigation|banner|complementary|contentinfo|menu|menubar|dialog|alertdialog|search|toolbar|tablist)$/i;

/** Elements that hold the whole page; never dropped by a hint. */
const PAGE_TAGS = new Set(['#root', 'html', 'body', 'article', 'main']);

export function isHidden(el: Element): boolean {
  const a = el.attrs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Chrome whatever its hints say: hidden, landmark furniture. */
export function isDefiniteChrome(el: Element): boolean {
  if (isHidden(el)) return true;
  if (CHROME_TAGS.has(el.tag)) return true;
  const role = el.attrs.role;
  return role !== undefined && CHROME_ROLES.test(role);
}

/** Chrome by its class/id words, unless it also names content or is a page-level element. */
export function hasChromeHint(el: Element): boolean {
  if (PAGE_TAGS.has(el.tag) || el.hints === '') return false;
  if (el.attrs.itemprop === 'articleBody') return false;
  return CHROME_HINT.test(el.hints) && !CONTENT_HINT.test(el.hints);
}

export const strictKeep = (el: Element): boolean => !isDefiniteChrome(el) && !hasChromeHint(el);

export const relaxedKeep = (el: Element): boolean => !isDefiniteChrome(el);
