/**
 * Sitemaps: `urlset` (with the Google News `news:` extension: title, publication date,
 * language, publication name) and `sitemapindex`. `lastmod`/publication windows filter
 * entries so a re-run over a big sitemap takes only what changed recently.
 */
import { child, childrenNamed, isoDate, localName, parseXml, resolveUrl, text } from './SafeXml.ts';

export interface SitemapEntry {
  loc: string;
  lastmod: string | null;
  news: { title: string | null; publishedAt: string | null; language: string | null; publication: string | null } | null;
}

export type Sitemap = { kind: 'urlset'; entries: SitemapEntry[] } | { kind: 'index'; sitemaps: { loc: string; lastmod: string | null }[] };
export type SitemapParse = { ok: true; sitemap: Sitemap } | { ok: false; ruleId: string; reason: string };

export function parseSitemap(xml: string, base: string): SitemapParse {
  const parsed = parseXml(xml);
  if (!parsed.ok) return parsed;
  const root = parsed.root;
  const kind = localName(root);
  if (kind === 'sitemapindex') {
    const sitemaps = childrenNamed(root, 'sitemap').flatMap((s) => {
      const loc = resolveUrl(text(child(s, 'loc')), base);
      return loc ? [{ loc, lastmod: isoDate(text(child(s, 'lastmod'))) }] : [];
    });
    return { ok: true, sitemap: { kind: 'index', sitemaps } };
  }
  if (kind !== 'urlset') return { ok: false, ruleId: 'ingest/not-a-sitemap', reason: `Root element <${root.name}> is not urlset or sitemapindex.` };
  const entries = childrenNamed(root, 'url').flatMap((u): SitemapEntry[] => {
    const loc = resolveUrl(text(child(u, 'loc')), base);
    if (!loc) return [];
    const news = child(u, 'news:news', 'news');
    const publication = news ? child(news, 'news:publication', 'publication') : null;
    return [
      {
        loc,
        lastmod: isoDate(text(child(u, 'lastmod'))),
        news: news
          ? {
              title: text(child(news, 'news:title', 'title')),
              publishedAt: isoDate(text(child(news, 'news:publication_date', 'publication_date'))),
              language: publication ? text(child(publication, 'news:language', 'language')) : null,
              publication: publication ? text(child(publication, 'news:name', 'name')) : null,
            }
          : null,
      },
    ];
  });
  return { ok: true, sitemap: { kind: 'urlset', entries } };
}

export interface DateWindow {
  /** ISO; entries dated before are dropped. */
  since?: string;
  /** ISO; entries dated after are dropped. */
  until?: string;
}

/** Keeps entries whose date (news publication date, else lastmod) falls in the window; undated entries are kept. */
export function inWindow(date: string | null, window: DateWindow): boolean {
  if (!date) return true;
  if (window.since && date < new Date(window.since).toISOString()) return false;
  if (window.until && date > new Date(window.until).toISOString()) return false;
  return true;
}
