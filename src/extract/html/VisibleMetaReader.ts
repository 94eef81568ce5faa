/**
 * Metadata the page shows rather than declares: microdata (`itemprop`), `<time>`
 * elements, visible bylines (rel=author, class "byline"/"author"), the first `<h1>`,
 * and dates written in the URL path. One pass over the tree.
 */
import { strict as chronoStrict } from 'chrono-node';
import { DatelineCollector, type Dateline } from './DatelineReader.ts';
import { MAX_HEADINGS, MAX_HEADLINE_CHARS, SUBTITLE_MIN_WORDS } from './constants.ts';
import { elementsOf, textOf, type Element } from './tree.ts';

export interface VisibleMeta {
  microdata: { title?: string; author?: string; publishedAt?: string; modifiedAt?: string };
  timeElement?: string;
  byline?: string;
  /** A date written in a date/byline element ("Published March 5, 2025"), as YYYY-MM-DD. */
  visibleDate?: string;
  h1?: string;
  /** The first few <h1> texts, in page order (the headline, or a logo or section name before it). */
  headings: string[];
  /** Date lines by the headline: the nearest not labelled "updated", and the nearest that is. */
  datelines: { published?: Dateline; updated?: Dateline; labelled?: Dateline };
}

/** Class/id words of elements that show the publication date. */
const DATE_HINT = /(^|[-_ ])(date|dates|time|published|posted|pubdate|timestamp|byline|meta|article-info|entry-meta|post-meta|dateline|post-date|entry-date)([-_ ]|$)/i;
/** Dates in elements longer than this are inside prose, not a date line. */
const MAX_DATE_LINE_CHARS = 120;
/** Date-hinted elements parsed at most per page: the date line sits near the headline, and parsing is the costly part. */
const MAX_DATE_ATTEMPTS = 12;

/** The calendar day a short date line states, when it states year, month and day. */
export function dayFromText(text: string): string | undefined {
  if (!/\b(19|20)\d{2}\b/.test(text)) return undefined;
  for (const result of chronoStrict.parse(text)) {
    const c = result.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
    return `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  }
  return undefined;
}

const BYLINE_HINT = /(^|[-_ ])(byline|author|author-name|authors|writer|contributor|by-line)([-_ ]|$)/i;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "By Jane Doe and John Roe, Reuters" → "Jane Doe and John Roe". */
export function cleanByline(text: string): string | undefined {
  let t = clean(text).replace(/^(written |posted |words |reporting )?(by|von|par|por|door|av)[:\s]+/i, '');
  t = t.replace(/\s*[|•·].*$/, '').replace(/\s*(updated|published|posted)\b.*$/i, '').replace(/[\s,;:—–-]+$/, '').trim();
  if (t.length < 3 || t.length > 100) return undefined;
  if (!/\p{Lu}/u.test(t) || /https?:|@|\d{3,}/.test(t)) return undefined;
  return t;
}

/**
 * The headline line of an <h1>: some put a subtitle inside the heading, as an element whose
 * text runs on without a space ("Notion Alternatives<span class=block>Top Note-taking…</span>",
 * shown on its own line by CSS). Text glued so (a lower-case letter, then an element starting
 * with a capital, of at least SUBTITLE_MIN_WORDS words) ends the headline there; a glued
 * single word ("Mac<b>Book</b>") is styling, not a subtitle.
 */
export function headlineOf(h1: Element): string {
  let text = '';
  for (const child of h1.children) {
    const part = textOf(child);
    if (typeof child !== 'string' && /\p{Ll}$/u.test(text) && /^\p{Lu}/u.test(part) && part.trim().split(/\s+/).length >= SUBTITLE_MIN_WORDS) return text;
    text += part;
  }
  return text;
}

/** `declaredTitle` (og:title or <title>) finds the headline on pages without an <h1>. */
export function readVisibleMeta(root: Element, declaredTitle?: string): VisibleMeta {
  const out: VisibleMeta = { microdata: {}, headings: [], datelines: {} };
  const datelines = new DatelineCollector();
  let dateAttempts = 0;
  for (const el of elementsOf(root)) {
    datelines.visit(el);
    const prop = el.attrs.itemprop;
    if (prop) {
      const value = el.attrs.content ?? el.attrs.datetime;
      switch (prop) {
        case 'headline':
          out.microdata.title ??= clean(value ?? textOf(el)) || undefined;
          break;
        case 'author':
        case 'creator':
          out.microdata.author ??= cleanByline(value ?? textOf(el));
          break;
        case 'datePublished':
          out.microdata.publishedAt ??= value ?? (clean(textOf(el)) || undefined);
          break;
        case 'dateModified':
          out.microdata.modifiedAt ??= value ?? (clean(textOf(el)) || undefined);
          break;
      }
    }
    if (el.tag === 'time' && out.timeElement === undefined) {
      const dt = el.attrs.datetime;
      if (dt && /\d{4}-\d{2}-\d{2}/.test(dt)) out.timeElement = dt;
    }
    if (out.byline === undefined && (el.attrs.rel === 'author' || (el.hints !== '' && BYLINE_HINT.test(el.hints)))) {
      const text = textOf(el);
      if (text.length < 200) out.byline = cleanByline(text);
    }
    if (el.tag === 'h1' && out.headings.length < MAX_HEADINGS) {
      const text = clean(headlineOf(el));
      if (text && text.length <= MAX_HEADLINE_CHARS) out.headings.push(text);
      out.h1 ??= text || undefined;
    }
    if (out.visibleDate === undefined && dateAttempts < MAX_DATE_ATTEMPTS && el.hints !== '' && DATE_HINT.test(el.hints)) {
      dateAttempts++;
      const text = clean(textOf(el));
      // "Updated …" states the modification, not the publication.
      if (text.length <= MAX_DATE_LINE_CHARS && !/\b(updated|modified)\b/i.test(text)) out.visibleDate = dayFromText(text);
    }
  }
  out.datelines = datelines.pick(declaredTitle);
  return out;
}

/** A date in a URL path: /2024/03/05/, /2024-03-05/, /20240305/. Day precision only when all three parts are present. */
export function dateFromUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const m = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|-|$)/.exec(url) ?? /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\//.exec(url);
  if (!m) return undefined;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
