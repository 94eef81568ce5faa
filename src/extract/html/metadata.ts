/**
 * Merges the metadata sources of an HTML page into one record, recording where each
 * field came from. Order of trust per field (first found wins): JSON-LD, OpenGraph /
 * article:*, other meta tags, microdata, <time>, visible byline, headings, <title>,
 * URL. Structured data first because publishers fill it for search engines and it is
 * the least ambiguous; visible text last because it needs guessing.
 */
import type { ArticleMeta, CoreMeta, MetaOrigin, Problem } from '../../model/records.ts';
import { readJsonLd } from './JsonLdReader.ts';
import { parsePage, type HeadMeta, type Element } from './tree.ts';
import { chooseDate } from './DateChooser.ts';
import { DateScreen, screenVisibleDates } from './DatePlausibility.ts';
import { dayInText } from './DatelineReader.ts';
import { chooseTitle, domainName, type TitleCandidate } from './TitleChooser.ts';
import { cleanByline, dateFromUrl, readVisibleMeta } from './VisibleMetaReader.ts';

export { cleanTitle, sameHeadline } from './TitleChooser.ts';

export interface HtmlMetadata {
  core: Partial<CoreMeta>;
  meta: Partial<ArticleMeta>;
  /** JSON-LD articleBody, for the cascade's last fallback. */
  structuredBody: string | null;
  /** Dates ignored as placeholders (`extract/implausible-date`), each saying where the date came from instead. */
  problems: Problem[];
}

type Origins = ArticleMeta['origins'];
type Candidate = [value: string | undefined | null, origin: MetaOrigin];

function first(head: HeadMeta, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = head.meta.get(key)?.[0];
    if (v) return v;
  }
  return undefined;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bull: '•', middot: '·', raquo: '»', laquo: '«' };

/**
 * Decodes entities left in a value after the parser's own decoding: CMSs often
 * double-encode titles (`&amp;#8211;` arrives as `&#8211;`).
 */
export function decodeLeftoverEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function pick(candidates: readonly Candidate[]): [string, MetaOrigin] | null {
  for (const [value, origin] of candidates) {
    const v = value ? decodeLeftoverEntities(value).replace(/\s+/g, ' ').trim() : undefined;
    if (v) return [v, origin];
  }
  return null;
}

/** ISO date or date-time from the common forms; undefined when unparseable. */
export function normaliseDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (iso) {
    if (!iso[2]) return iso[1];
    const zone = iso[3] ? (iso[3] === 'Z' ? 'Z' : iso[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${iso[1]}T${iso[2]}${zone}`;
  }
  if (/^\d{8}$/.test(v)) return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
  if (!/\d{4}/.test(v)) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  // Keep the wall-clock time of the stated offset ("Tue, 05 Mar 2024 23:30 -0500" stays on the 5th).
  const zone = /\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})$/i.exec(v);
  if (zone) {
    const z = zone[1]!.toUpperCase();
    const offset = /^[+-]/.test(z) ? (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(-2))) : 0;
    const local = new Date(t + offset * 60_000).toISOString().slice(0, 19);
    return offset === 0 ? `${local}Z` : `${local}${z[0]}${z.slice(1, 3)}:${z.slice(-2)}`;
  }
  // No zone: the day as written, never shifted by the machine's own zone.
  return dayInText(v) ?? new Date(t).toISOString();
}

function isoLanguage(value: string | undefined | null): string | undefined {
  const m = /^([a-z]{2,3})\b/i.exec(value?.trim() ?? '');
  return m && m[1]!.length === 2 ? m[1]!.toLowerCase() : undefined;
}

function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return /^https?:\/\//.test(url) ? url : undefined;
  }
}

/** Declared titles in order of trust, each with its origin. */
function declaredTitles(head: HeadMeta, ldTitle: string | undefined, microdataTitle: string | undefined): [TitleCandidate, MetaOrigin][] {
  const found: Candidate[] = [
    [ldTitle, 'json-ld'],
    [first(head, 'dc:title', 'dcterm:title', 'dcterms:title', 'dc.title', 'dcterms.title'), 'meta'],
    [first(head, 'og:title'), 'opengraph'],
    [first(head, 'twitter:title', 'title', 'parsely-title', 'sailthru.title'), 'meta'],
    [microdataTitle, 'microdata'],
    [head.title, 'title-element'],
  ];
  return found.flatMap(([v, origin]) => {
    const value = v ? decodeLeftoverEntities(v).replace(/\s+/g, ' ').trim() : '';
    // OpenGraph and the other meta tags share one store (see TitleCandidate.store).
    const store = origin === 'opengraph' ? 'meta' : origin;
    return value ? [[{ value, fromTitleElement: origin === 'title-element', store }, origin] as [TitleCandidate, MetaOrigin]] : [];
  });
}

function readTitle(head: HeadMeta, ldTitle: string | undefined, seen: ReturnType<typeof readVisibleMeta>, outlets: (string | null | undefined)[], assign: (v: string, o: MetaOrigin) => void): void {
  const declared = declaredTitles(head, ldTitle, seen.microdata.title);
  const headings = seen.headings.map((h) => decodeLeftoverEntities(h));
  const names = [...new Set(outlets.filter((o): o is string => !!o))];
  const choice = chooseTitle(declared.map(([c]) => c), headings, names);
  if (!choice || !choice.title) return;
  assign(choice.title, choice.from < 0 ? 'heading' : declared[choice.from]![1]);
}

/** Meta tag names that carry the publication date (names lower-cased, as the tree stores them). */
const PUBLISHED_META = [
  'datepublished', 'publishdate', 'publish-date', 'publish_date', 'pubdate', 'date', 'dc.date', 'dc.date.issued', 'dc.date.created', 'dcterms.created', 'dcterms.issued',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'published-date', 'published_date', 'publication_date', 'published', 'cxenseparse:recs:publishtime',
  'citation_publication_date', 'citation_online_date', 'citation_date', 'prism.publicationdate',
] as const;

/**
 * Any other meta name that says "published date/time" in its own words ("w-published-date",
 * "article.publish_time", "content:published-date"): CMSs prefix the common names with their own.
 */
const PUBLISHED_META_NAME = /(^|[-_.:])(publish(ed)?|pub|publication|release[ds]?)[-_.]?(date|time|datetime|on)$/;

function publishedMetaByName(head: HeadMeta): string | undefined {
  for (const [key, values] of head.meta) if (PUBLISHED_META_NAME.test(key) && values[0] && /\d{4}/.test(values[0])) return values[0];
  return undefined;
}

/**
 * `reference` is when the page was read (crawl time, else the run's `now`): a publication date
 * after it is not one (see DatePlausibility.ts). Without it only placeholders are screened.
 */
export function readMetadata(head: HeadMeta, root: Element, pageUrl?: string, reference?: string): HtmlMetadata {
  // Some frameworks carry the JSON-LD document in a meta tag's content instead of a script.
  const ld = readJsonLd([...head.jsonLd, ...(head.meta.get('script:ld+json') ?? [])], head.title);
  const seen = readVisibleMeta(root, ld.title ?? first(head, 'og:title') ?? head.title ?? undefined);
  const origins: Origins = {};
  const core: Partial<CoreMeta> = {};
  const meta: Partial<ArticleMeta> = {};
  const set = <K extends keyof Origins>(key: K, found: [string, MetaOrigin] | null, assign: (v: string) => void) => {
    if (!found) return;
    assign(found[0]);
    origins[key] = found[1];
  };

  set('outlet', pick([
    [ld.outlet, 'json-ld'],
    [first(head, 'og:site_name'), 'opengraph'],
    [first(head, 'application-name', 'publisher', 'dc.publisher', 'parsely-site'), 'meta'],
  ]), (v) => (core.outlet = v));

  readTitle(head, ld.title, seen, [core.outlet, ld.outlet, first(head, 'og:site_name', 'application-name'), domainName(pageUrl ?? head.canonical ?? first(head, 'og:url'))], (v, o) => {
    core.title = v;
    origins.title = o;
  });

  const metaAuthor = first(head, 'dc:creator', 'dcterm:creator', 'dcterms:creator', 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'twitter:creator');
  set('author', pick([
    [ld.authors.length ? ld.authors.join(', ') : undefined, 'json-ld'],
    [metaAuthor && !/^https?:/.test(metaAuthor) && !metaAuthor.startsWith('@') ? cleanByline(metaAuthor) : undefined, 'meta'],
    [seen.microdata.author, 'microdata'],
    [seen.byline, 'byline'],
  ]), (v) => (core.author = v));

  const urlCandidate = absolute(head.canonical ?? undefined, pageUrl) ?? absolute(first(head, 'og:url'), pageUrl) ?? absolute(ld.url, pageUrl);
  set('canonicalUrl', pick([
    [absolute(head.canonical ?? undefined, pageUrl), 'meta'],
    [absolute(first(head, 'og:url'), pageUrl), 'opengraph'],
    [absolute(ld.url, pageUrl), 'json-ld'],
  ]), (v) => (meta.canonicalUrl = v));
  set('url', pick([[urlCandidate, origins.canonicalUrl ?? 'meta'], [pageUrl, 'given']]), (v) => (core.url = v));

  // Placeholder dates (year 1, epoch zero, far future) are dropped before choosing, so the next source dates the page.
  const screen = new DateScreen(reference);
  const modifiedLd = screen.keep(normaliseDate(ld.modifiedAt), 'json-ld', 'modifiedAt');
  const modifiedOg = screen.keep(normaliseDate(first(head, 'article:modified_time', 'og:updated_time')), 'opengraph', 'modifiedAt');
  const published = chooseDate(
    [
      [screen.keep(normaliseDate(ld.publishedAt), 'json-ld'), 'json-ld'],
      [screen.keep(normaliseDate(first(head, 'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published')), 'opengraph'), 'opengraph'],
      [screen.keep(normaliseDate(first(head, ...PUBLISHED_META)), 'meta'), 'meta'],
      [screen.keep(normaliseDate(publishedMetaByName(head)), 'meta'), 'meta'],
      [screen.keep(normaliseDate(seen.microdata.publishedAt), 'microdata'), 'microdata'],
    ],
    screen.keep(normaliseDate(seen.timeElement), 'time-element'),
    screen.keep(dateFromUrl(urlCandidate ?? pageUrl), 'url'),
    screenVisibleDates(seen, screen),
    modifiedLd ?? modifiedOg,
  );
  if (published) {
    core.publishedAt = published.value;
    origins.publishedAt = published.origin;
  }

  set('modifiedAt', pick([
    [modifiedLd, 'json-ld'],
    [modifiedOg, 'opengraph'],
    [screen.keep(normaliseDate(first(head, 'lastmod', 'last-modified', 'dcterms.modified', 'datemodified')), 'meta', 'modifiedAt'), 'meta'],
    [screen.keep(normaliseDate(seen.microdata.modifiedAt), 'microdata', 'modifiedAt'), 'microdata'],
  ]), (v) => (meta.modifiedAt = v));

  set('language', pick([
    [isoLanguage(head.lang), 'meta'],
    [isoLanguage(first(head, 'og:locale', 'content-language', 'language', 'dc.language')), 'meta'],
    [isoLanguage(ld.language), 'json-ld'],
  ]), (v) => (core.language = v));

  set('description', pick([
    [first(head, 'og:description'), 'opengraph'],
    [first(head, 'description', 'twitter:description', 'dc.description'), 'meta'],
    [ld.description, 'json-ld'],
  ]), (v) => (meta.description = v));

  set('section', pick([
    [first(head, 'article:section'), 'opengraph'],
    [ld.section, 'json-ld'],
    [first(head, 'section', 'parsely-section', 'article.section', 'category'), 'meta'],
  ]), (v) => (meta.section = v));

  set('image', pick([
    [absolute(first(head, 'og:image', 'og:image:url', 'og:image:secure_url'), pageUrl), 'opengraph'],
    [absolute(ld.image, pageUrl), 'json-ld'],
    [absolute(first(head, 'twitter:image', 'twitter:image:src', 'thumbnail'), pageUrl), 'meta'],
  ]), (v) => (meta.image = v));

  meta.origins = origins;
  const problems = screen.problems({ publishedAt: origins.publishedAt, modifiedAt: origins.modifiedAt });
  return { core, meta, structuredBody: ld.articleBody ?? null, problems };
}

/** Metadata of an HTML string on its own (for other stages and tools). */
export function extractHtmlMetadata(html: string, url?: string, reference?: string): Omit<HtmlMetadata, 'structuredBody'> {
  const page = parsePage(html);
  const { core, meta, problems } = readMetadata(page.head, page.root, url, reference);
  return { core, meta, problems };
}
