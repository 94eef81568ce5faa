/**
 * http(s) inputs. A page URL yields the page; a feed URL (RSS, RDF, Atom, JSON Feed) yields
 * each item's linked page with the feed's title, author and date as given metadata; a sitemap
 * (or sitemap index) yields its pages, news: metadata given, filtered by a date window.
 * Every document records how it arrived (kind, feed, fetch time, HTTP status).
 */
import type { Arrival, GivenMeta } from '../model/records.ts';
import { charsetFromContentType } from './CharsetDeclarationFinder.ts';
import { BODY_CLASSIFY_CHARS, ITEM_FETCH_WINDOW, MAX_ITEMS_PER_SOURCE, MAX_SITEMAP_DEPTH } from './constants.ts';
import { decodeBytes } from './decode.ts';
import type { Feed } from './feeds/FeedParser.ts';
import { parseFeed } from './feeds/FeedParser.ts';
import { inWindow, parseSitemap, type DateWindow, type SitemapEntry } from './feeds/Sitemap.ts';
import type { Fetcher, FetchOutcome, FetchSuccess } from './fetch/Fetcher.ts';
import { orderedMap } from './fetch/orderedMap.ts';
import { documentFromBytes } from './RawDocumentBuilder.ts';
import { rejected, type IngestItem } from './types.ts';

export type BodyKind = 'feed' | 'sitemap' | 'html' | 'text';

const XML_TYPES = /(rss|atom|rdf|xml)/i;
const JSON_TYPES = /json/i;

/** What a fetched body is, from its content type and its first characters. */
export function classifyBody(contentType: string, head: string): BodyKind {
  const start = head.trimStart().slice(0, BODY_CLASSIFY_CHARS).toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(urlset|sitemapindex)\b/.test(start)) return 'sitemap';
  if (/<(urlset|sitemapindex)\b/.test(start) && XML_TYPES.test(contentType)) return 'sitemap';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(start)) return 'feed';
  if ((JSON_TYPES.test(contentType) || start.startsWith('{')) && start.includes('jsonfeed.org/version')) return 'feed';
  if (/^text\/plain/i.test(contentType)) return 'text';
  if (XML_TYPES.test(contentType) && !/html/i.test(contentType)) return /<(urlset|sitemapindex)\b/.test(start) ? 'sitemap' : 'feed';
  return 'html';
}

export function decodeFetched(result: FetchSuccess, format: 'html' | 'text' | 'xml'): string {
  return decodeBytes(result.bytes, { format, declared: charsetFromContentType(result.contentType) }).text;
}

/** Fetches one page and makes it a document with the given arrival and metadata. */
export async function fetchPage(fetcher: Fetcher, url: string, given: GivenMeta, arrival: Omit<Arrival, 'at' | 'httpStatus'>): Promise<IngestItem> {
  const result = await fetcher.fetch(url);
  if (!result.ok) return rejected(url, result.ruleId, result.reason);
  return pageFromResult(result, given, arrival);
}

/** Content types a page can be read from; a missing type is sniffed. */
const PAGE_TYPES = /^(text\/(html|plain|xml)|application\/(xhtml\+xml|xml))\b/i;

function pageFromResult(result: FetchSuccess, given: GivenMeta, arrival: Omit<Arrival, 'at' | 'httpStatus'>): IngestItem {
  const type = result.contentType.trim();
  if (type !== '' && !PAGE_TYPES.test(type)) {
    return rejected(result.url, 'ingest/unsupported-type', `Content-Type ${type.split(';')[0]} is not a web page (HTML or text).`);
  }
  const kind = classifyBody(result.contentType, Buffer.from(result.bytes.subarray(0, BODY_CLASSIFY_CHARS)).toString('latin1'));
  return documentFromBytes({
    source: result.url,
    bytes: result.bytes,
    format: kind === 'text' ? 'text' : 'html',
    given: { url: result.finalUrl, ...given },
    arrival: { ...arrival, at: result.fetchedAt, httpStatus: result.status },
    declaredCharset: charsetFromContentType(result.contentType),
  });
}

export function feedItemGiven(item: Feed['items'][number]): GivenMeta {
  const given: GivenMeta = {};
  if (item.title) given.title = item.title;
  if (item.author) given.author = item.author;
  if (item.publishedAt) given.publishedAt = item.publishedAt;
  return given;
}

async function* feedItems(fetcher: Fetcher, feedUrl: string, feed: Feed): AsyncGenerator<IngestItem> {
  const items = feed.items.slice(0, MAX_ITEMS_PER_SOURCE);
  yield* orderedMap(items, ITEM_FETCH_WINDOW, (item) =>
    item.link
      ? fetchPage(fetcher, item.link, feedItemGiven(item), { kind: 'feed', feed: feedUrl })
      : Promise.resolve(rejected(`${feedUrl}#${item.key}`, 'ingest/feed-item-no-link', 'The feed item has no link to fetch.')),
  );
}

function sitemapGiven(entry: SitemapEntry): GivenMeta {
  const given: GivenMeta = {};
  if (entry.news?.title) given.title = entry.news.title;
  if (entry.news?.publishedAt) given.publishedAt = entry.news.publishedAt;
  if (entry.news?.language) given.language = entry.news.language;
  if (entry.news?.publication) given.outlet = entry.news.publication;
  return given;
}

async function* sitemapItems(fetcher: Fetcher, url: string, body: string, window: DateWindow, depth: number): AsyncGenerator<IngestItem> {
  const parsed = parseSitemap(body, url);
  if (!parsed.ok) {
    yield rejected(url, parsed.ruleId, parsed.reason);
    return;
  }
  if (parsed.sitemap.kind === 'index') {
    if (depth >= MAX_SITEMAP_DEPTH) {
      yield rejected(url, 'ingest/sitemap-depth', `Sitemap indexes nested deeper than ${MAX_SITEMAP_DEPTH}; not followed.`);
      return;
    }
    for (const child of parsed.sitemap.sitemaps.filter((s) => inWindow(s.lastmod, window))) {
      const result = await fetcher.fetch(child.loc, { accept: 'application/xml,text/xml;q=0.9,*/*;q=0.5' });
      if (!result.ok) yield rejected(child.loc, result.ruleId, result.reason);
      else yield* sitemapItems(fetcher, child.loc, decodeFetched(result, 'xml'), window, depth + 1);
    }
    return;
  }
  const entries = parsed.sitemap.entries.filter((e) => inWindow(e.news?.publishedAt ?? e.lastmod, window)).slice(0, MAX_ITEMS_PER_SOURCE);
  yield* orderedMap(entries, ITEM_FETCH_WINDOW, (entry) => fetchPage(fetcher, entry.loc, sitemapGiven(entry), { kind: 'sitemap', feed: url }));
}

/** `first` is the URL's own fetch when the caller already made it (concurrent URL lists). */
export async function* readUrlInput(url: string, fetcher: Fetcher, window: DateWindow = {}, first?: FetchOutcome): AsyncGenerator<IngestItem> {
  const result = first ?? (await fetcher.fetch(url));
  if (!result.ok) {
    yield rejected(url, result.ruleId, result.reason);
    return;
  }
  const kind = classifyBody(result.contentType, Buffer.from(result.bytes.subarray(0, BODY_CLASSIFY_CHARS)).toString('latin1'));
  if (kind === 'feed') {
    const parsed = parseFeed(decodeFetched(result, 'xml'), result.finalUrl);
    if (parsed.ok) yield* feedItems(fetcher, url, parsed.feed);
    else yield rejected(url, parsed.ruleId, parsed.reason);
  } else if (kind === 'sitemap') {
    yield* sitemapItems(fetcher, url, decodeFetched(result, 'xml'), window, 0);
  } else {
    yield pageFromResult(result, {}, { kind: 'url' });
  }
}
