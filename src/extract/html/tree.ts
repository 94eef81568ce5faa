/**
 * A light element tree built from htmlparser2's event stream in one pass: only what
 * the extractor reads (tag, a few attributes, children, text). The same pass collects
 * the page's head metadata (meta tags, JSON-LD, <title>, canonical link, lang), so no
 * DOM is ever built. Depth and element budgets keep pathological pages linear.
 */
import { Parser } from 'htmlparser2';
import { MAX_DEPTH, MAX_ELEMENTS, SKIP_TAGS } from './constants.ts';

export interface Element {
  tag: string;
  /** Space-joined class, id, role and itemprop: what the hint regexes read. */
  hints: string;
  attrs: Readonly<Record<string, string>>;
  children: Node[];
  parent: Element | null;
}

export type Node = Element | string;

export interface HeadMeta {
  /** `name`/`property`/`itemprop` (lower-cased) → contents, in document order. */
  meta: Map<string, string[]>;
  jsonLd: string[];
  title: string | null;
  canonical: string | null;
  lang: string | null;
  /** `<meta charset>` or http-equiv content type, as declared. */
  charset: string | null;
}

export interface ParsedPage {
  root: Element;
  head: HeadMeta;
  elements: number;
  /** True when a budget cut the tree short. */
  truncated: boolean;
}

/** Attributes the extractor reads; the rest are dropped to keep the tree small. */
const KEPT_ATTRS = new Set([
  'class', 'id', 'role', 'itemprop', 'itemtype', 'itemscope', 'hidden', 'aria-hidden', 'style', 'datetime', 'content',
  'href', 'rel', 'property', 'name', 'lang', 'type', 'src', 'alt',
]);

const VOID_TAGS = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'param', 'track']);

function newElement(tag: string, attribs: Record<string, string>, parent: Element | null): Element {
  const attrs: Record<string, string> = {};
  for (const key in attribs) if (KEPT_ATTRS.has(key)) attrs[key] = attribs[key]!;
  const hints = [attrs.class, attrs.id, attrs.role, attrs.itemprop].filter(Boolean).join(' ');
  return { tag, hints, attrs, children: [], parent };
}

export function parsePage(html: string): ParsedPage {
  const root = newElement('#root', {}, null);
  const head: HeadMeta = { meta: new Map(), jsonLd: [], title: null, canonical: null, lang: null, charset: null };
  let current = root;
  let depth = 0;
  /** Open tags not pushed (over depth or element budget): their closes must be swallowed. */
  let phantom = 0;
  /** Inside a skipped element (script, style, …): its text is dropped, except JSON-LD and <title>. */
  let skipDepth = 0;
  let capture: 'jsonld' | 'title' | null = null;
  let captured = '';
  let elements = 0;
  let truncated = false;

  const addMeta = (key: string, value: string) => {
    const k = key.toLowerCase().trim();
    if (!k || !value.trim()) return;
    const list = head.meta.get(k);
    if (list) list.push(value.trim());
    else head.meta.set(k, [value.trim()]);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta') {
          // `property="dc:title og:title"` declares several names at once.
          const keys = `${attribs.property ?? ''} ${attribs.name ?? ''} ${attribs.itemprop ?? ''}`.split(/\s+/);
          if (attribs.content !== undefined) for (const key of new Set(keys)) if (key) addMeta(key, attribs.content);
          if (attribs.charset) head.charset ??= attribs.charset;
          if (attribs['http-equiv']?.toLowerCase() === 'content-type') {
            head.charset ??= /charset=([\w-]+)/i.exec(attribs.content ?? '')?.[1] ?? null;
          }
        } else if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href) {
          head.canonical ??= attribs.href;
        } else if (name === 'html' && attribs.lang) {
          head.lang ??= attribs.lang;
        }
        if (skipDepth > 0) {
          if (!VOID_TAGS.has(name)) skipDepth++;
          return;
        }
        if (SKIP_TAGS.has(name)) {
          if (!VOID_TAGS.has(name)) skipDepth = 1;
          if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) capture = 'jsonld';
          else if (name === 'title' && head.title === null) capture = 'title';
          captured = '';
          return;
        }
        if (depth >= MAX_DEPTH || elements >= MAX_ELEMENTS) {
          truncated ||= elements >= MAX_ELEMENTS;
          phantom++;
          return;
        }
        const element = newElement(name, attribs, current);
        elements++;
        current.children.push(element);
        if (VOID_TAGS.has(name)) return;
        current = element;
        depth++;
      },
      ontext(text) {
        if (skipDepth > 0) {
          if (capture) captured += text;
          return;
        }
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          if (VOID_TAGS.has(name)) return;
          skipDepth--;
          if (skipDepth === 0 && capture) {
            if (capture === 'jsonld') head.jsonLd.push(captured);
            else head.title = captured.replace(/\s+/g, ' ').trim();
            capture = null;
          }
          return;
        }
        if (VOID_TAGS.has(name)) return;
        if (phantom > 0) {
          phantom--;
          return;
        }
        if (current.parent) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return { root, head, elements, truncated };
}

/** Text content of a subtree, iteratively (no recursion: deep trees are allowed). */
export function textOf(node: Node): string {
  if (typeof node === 'string') return node;
  let out = '';
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') out += n;
    else {
      if (n.tag === 'br') out += '\n';
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out;
}

/** Every element of a subtree in document order (iterative). */
export function* elementsOf(root: Element): Generator<Element> {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
}
