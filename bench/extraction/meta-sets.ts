/**
 * The metadata ground truth the extraction data carries, as one list of cases, and the
 * fixed dev/test split. Which sets have what (see ../shared/data/extraction/README.md):
 * - Readability.js test pages: title, byline, siteName, publishedTime (Readability.js's own output).
 * - WCXB dev: human title, author and publish_date (a date only where the page states one).
 * - Scrapinghub and Fundus carry no metadata ground truth (body and URL only).
 *
 * Split: a page is **dev** when the FNV-1a hash of `<set>/<id>` is even, **test** when odd
 * (about half each, stable across runs and independent of file order). Rules are tuned
 * on dev only; test is reported, never looked at page by page.
 */
import { loadReadabilityCases, loadWcxb } from './data.ts';

export type MetaSplit = 'dev' | 'test';

export interface MetaCase {
  set: 'readability' | 'wcxb';
  id: string;
  url: string;
  split: MetaSplit;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  html: () => string;
  /** The page shows the reference date only as "Updated …" (set by meta-text.ts's renderMetaCases). */
  updatedOnly?: boolean;
  /** The page states the reference day anywhere (set by renderMetaCases, rule in meta-stated.ts). */
  stated?: boolean;
}

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function metaSplitOf(set: string, id: string): MetaSplit {
  return fnv1a(`${set}/${id}`) % 2 === 0 ? 'dev' : 'test';
}

/** The fake page URL the Readability.js test suite uses (no date or site in it). */
export function readabilityUrl(id: string): string {
  return `http://fakehost/test/${id}`;
}

export function loadReadabilityMetaCases(): MetaCase[] {
  return loadReadabilityCases().map((c) => ({
    set: 'readability',
    id: c.id,
    url: readabilityUrl(c.id),
    split: metaSplitOf('readability', c.id),
    title: c.expected.title ?? null,
    byline: c.expected.byline ?? null,
    publishedAt: c.expected.publishedTime ?? null,
    siteName: c.expected.siteName ?? null,
    html: c.html,
  }));
}

export function loadWcxbMetaCases(): MetaCase[] {
  return loadWcxb().map((p) => ({
    set: 'wcxb',
    id: p.id,
    url: p.url,
    split: metaSplitOf('wcxb', p.id),
    title: p.title,
    byline: p.author,
    publishedAt: p.publishDate,
    siteName: null,
    html: p.html,
  }));
}
