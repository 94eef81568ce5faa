/**
 * Metadata agreement for the Readability.js test pages (and WCXB's title/date):
 * exact after folding white space and case; dates compared by calendar day.
 */
import type { ToolOutput } from './peers.ts';

/**
 * White space and case folded, and typographic quotes written plainly: WCXB's annotators
 * typed "Beginner's" where every source on the page has "Beginner’s", so a curly/straight
 * difference is a keyboard artefact, not a different title. Nothing else is forgiven.
 */
export function foldText(s: string | null | undefined): string {
  return (s ?? '').replace(/[‘’‚′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return foldText(a) !== '' && foldText(a) === foldText(b);
}

/** `YYYY-MM-DD` of a date string as written (the day the page states, before any time-zone shift). */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return iso[1]!;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** Byline as a person would read it: without a leading "By". */
export function sameByline(a: string | null | undefined, b: string | null | undefined): boolean {
  const strip = (s: string | null | undefined) => foldText(s).replace(/^(by|par|von|por)\s+/, '');
  return strip(a) !== '' && strip(a) === strip(b);
}

/**
 * Title agreement that forgives a site-name part: Readability.js keeps "Headline | eHow"
 * from og:title, Chorus removes the outlet on purpose. Counts equal titles, or the
 * reference with its last separated part dropped.
 */
export function sameTitleModuloSite(a: string | null | undefined, b: string | null | undefined): boolean {
  if (sameText(a, b)) return true;
  const parts = (b ?? '').split(/\s+[|\-–—·:»]\s+/);
  return parts.length > 1 && sameText(a, parts.slice(0, -1).join(' - ')) || (parts.length > 1 && sameText(a, parts.slice(1).join(' - ')));
}

export interface Agreement {
  field: string;
  share: number;
  n: number;
}

/** Expected metadata of one page; null where the reference does not state the field. */
export interface MetaExpected {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  /** The page states the reference date only as an update (bench/extraction/meta-text.ts). */
  updatedOnly?: boolean;
  /** The page states the reference day somewhere at all (bench/extraction/meta-stated.ts); the goal's denominator. */
  stated?: boolean;
}

export function sameDay(a: string | null | undefined, b: string | null | undefined): boolean {
  return dayOf(a) !== null && dayOf(a) === dayOf(b);
}

type FieldCheck = [field: string, got: (o: ToolOutput) => string | null, want: (e: MetaExpected) => string | null, same: (a: string | null, b: string | null) => boolean];

export const META_FIELDS: readonly FieldCheck[] = [
  ['title', (o) => o.title, (e) => e.title, sameText],
  ['title (site part forgiven)', (o) => o.title, (e) => e.title, sameTitleModuloSite],
  ['byline', (o) => o.author, (e) => e.byline, sameByline],
  ['date (day)', (o) => o.publishedAt, (e) => e.publishedAt, sameDay],
  ['date (day), where the page states it', (o) => o.publishedAt, (e) => (e.stated ? e.publishedAt : null), sameDay],
  ['date (day), excl. updated-only', (o) => o.publishedAt, (e) => (e.updatedOnly ? null : e.publishedAt), sameDay],
  ['site name', (o) => o.siteName, (e) => e.siteName, sameText],
];

/** Share of pages (that state the field) where the tool agrees with the reference, per field. */
export function metaAgreement(outputs: readonly ToolOutput[], expected: readonly MetaExpected[]): Agreement[] {
  return META_FIELDS.map(([field, got, want, same]) => {
    let n = 0;
    let ok = 0;
    expected.forEach((e, i) => {
      const w = want(e);
      if (!w) return;
      n++;
      if (same(got(outputs[i]!), w)) ok++;
    });
    return { field, share: n ? ok / n : NaN, n };
  });
}
