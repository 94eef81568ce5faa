/**
 * Predicates deciding which subtrees are dropped before scoring. The strict one (main
 * pass) uses class/id hints as a weak prior; the relaxed one (fallback 2) only drops
 * what is chrome by definition (hidden, navigation landmarks), for pages whose article
 * wrapper happens to carry a furniture word.
 */
import { CHROME_HINT, CHROME_TAGS, CONTENT_HINT, HIDDEN_KEEP_CHARS } from './constants.ts';
import { textOf, type Element } from './tree.ts';

const CHROME_ROLES = /^(navigation|banner|complementary|contentinfo|menu|menubar|dialog|alertdialog|search|toolbar|tablist)$/i;

/** Elements that hold the whole page; never dropped by a hint. */
const PAGE_TAGS = new Set(['#root', 'html', 'body', 'article', 'main']);

/**
 * Hidden by style or ARIA, or by the `hidden` attribute while small. A `hidden` subtree
 * holding pages of text is deferred content (streamed server rendering moves it into
 * place), not chrome; a `display:none` one is usually a duplicate kept for crawlers.
 */
export function isHidden(el: Element): boolean {
  const a = el.attrs;
  if (a['aria-hidden'] === 'true') return true;
  if (a.style !== undefined && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(a.style)) return true;
  return a.hidden !== undefined && textOf(el).length < HIDDEN_KEEP_CHARS;
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

/** Relaxed: only hidden furniture goes; even <aside>/<footer> stay (some sites wrap the article in them). */
export const relaxedKeep = (el: Element): boolean => !isHidden(el);
