/**
 * A (news) sitemap watched like a feed: each `<url>` is an item keyed by its location, dated
 * by its news publication date or lastmod. A sitemap index is followed one level down.
 */
import { decodeBytes } from '../decode.ts';
import { charsetFromContentType } from '../CharsetDeclarationFinder.ts';
import { MAX_ITEMS_PER_SOURCE } from '../constants.ts';
import { parseSitemap, type SitemapEntry } from '../feeds/Sitemap.ts';
import type { Fetcher } from '../fetch/Fetcher.ts';
import type { BacklogItem } from './WatchState.ts';

export type SitemapItems = { ok: true; items: BacklogItem[] } | { ok: false; ruleId: string; reason: string };

function toItem(entry: SitemapEntry): BacklogItem {
  const item: BacklogItem = { key: entry.loc, link: entry.loc, title: entry.news?.title ?? null, author: null, publishedAt: entry.news?.publishedAt ?? entry.lastmod };
  if (entry.news?.language) item.language = entry.news.language;
  if (entry.news?.publication) item.outlet = entry.news.publication;
  return item;
}

export async function sitemapItems(fetcher: Fetcher, url: string, body: string): Promise<SitemapItems> {
  const parsed = parseSitemap(body, url);
  if (!parsed.ok) return parsed;
  if (parsed.sitemap.kind === 'urlset') return { ok: true, items: parsed.sitemap.entries.slice(0, MAX_ITEMS_PER_SOURCE).map(toItem) };
  const items: BacklogItem[] = [];
  for (const child of parsed.sitemap.sitemaps) {
    if (items.length >= MAX_ITEMS_PER_SOURCE) break;
    const result = await fetcher.fetch(child.loc, { accept: 'application/xml,text/xml;q=0.9,*/*;q=0.5' });
    if (!result.ok) return { ok: false, ruleId: result.ruleId, reason: `${child.loc}: ${result.reason}` };
    const inner = parseSitemap(decodeBytes(result.bytes, { format: 'xml', declared: charsetFromContentType(result.contentType) }).text, child.loc);
    if (inner.ok && inner.sitemap.kind === 'urlset') items.push(...inner.sitemap.entries.map(toItem));
  }
  return { ok: true, items: items.slice(0, MAX_ITEMS_PER_SOURCE) };
}
