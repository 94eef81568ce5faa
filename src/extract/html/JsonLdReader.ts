/**
 * Reads article metadata from JSON-LD blocks: the first object typed as an article
 * (NewsArticle, Article, BlogPosting, ReportageNewsArticle, …), looked for at top
 * level, in arrays and in `@graph`; the publisher and WebSite name give the outlet.
 * Broken JSON (common: trailing commas, raw newlines) is skipped, never thrown.
 */

export interface JsonLdMeta {
  title?: string;
  authors: string[];
  publishedAt?: string;
  modifiedAt?: string;
  outlet?: string;
  description?: string;
  section?: string;
  image?: string;
  url?: string;
  language?: string;
  articleBody?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARTICLE_TYPE = /(^|:)(NewsArticle|Article|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|BackgroundNewsArticle|SocialMediaPosting|WebPage|Posting)$/;

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(o: { [key: string]: Json }): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v.name ?? v.url ?? v['@value'] ?? v.contentUrl);
  return undefined;
}

function names(v: Json | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'string') return v.trim() && !/^https?:/i.test(v) ? [v.trim()] : [];
  if (isObject(v)) return names(v.name ?? null);
  return [];
}

/** Every object in a JSON-LD document, walking arrays and @graph. */
function objects(doc: Json, out: { [key: string]: Json }[] = [], depth = 0): { [key: string]: Json }[] {
  if (depth > 6) return out;
  if (Array.isArray(doc)) for (const d of doc) objects(d, out, depth + 1);
  else if (isObject(doc)) {
    out.push(doc);
    if (doc['@graph']) objects(doc['@graph'], out, depth + 1);
    if (isObject(doc.mainEntity)) objects(doc.mainEntity, out, depth + 1);
  }
  return out;
}

function parseLenient(raw: string): Json | undefined {
  // Some CMSs wrap the JSON in CDATA or HTML comment markers.
  const text = raw.replace(/^\s*(<!\[CDATA\[|<!--)/, '').replace(/(\]\]>|-->)\s*$/, '').trim();
  try {
    return JSON.parse(text) as Json;
  } catch {
    try {
      // Raw control characters inside strings and trailing commas are the usual breakage.
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      return undefined;
    }
  }
}

export function readJsonLd(scripts: readonly string[], titleElement: string | null = null): JsonLdMeta {
  const all = scripts.flatMap((s) => {
    const doc = parseLenient(s.trim());
    return doc === undefined ? [] : objects(doc);
  });
  const articles = all.filter((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  // A real article type beats a generic WebPage.
  const article = articles.find((o) => types(o).some((t) => t !== 'WebPage' && ARTICLE_TYPE.test(t))) ?? articles[0];
  const site = all.find((o) => types(o).some((t) => t === 'WebSite' || t === 'NewsMediaOrganization' || t === 'Organization'));
  const meta: JsonLdMeta = { authors: [] };
  if (article) {
    // Some sites put a description in `headline` and the title in `name`: trust the one <title> repeats.
    const headline = str(article.headline);
    const name = str(article.name);
    const shown = titleElement?.toLowerCase() ?? '';
    const nameIsTitle = !!name && shown.includes(name.toLowerCase()) && name.length > shown.length * 0.3;
    meta.title = headline && (shown.includes(headline.toLowerCase()) || !nameIsTitle) ? headline : (name ?? headline);
    meta.authors = [...new Set(names(article.author ?? article.creator ?? null))];
    meta.publishedAt = str(article.datePublished) ?? str(article.dateCreated);
    meta.modifiedAt = str(article.dateModified);
    meta.description = str(article.description);
    meta.section = str(article.articleSection);
    meta.image = str(article.image) ?? str(article.thumbnailUrl);
    meta.url = str(article.url) ?? (typeof article['@id'] === 'string' && /^https?:/.test(article['@id']) ? article['@id'] : undefined);
    meta.language = str(article.inLanguage);
    meta.articleBody = typeof article.articleBody === 'string' ? article.articleBody : undefined;
    const publisher = article.publisher;
    meta.outlet = isObject(publisher) || Array.isArray(publisher) ? names(publisher)[0] : str(publisher);
  }
  if (!meta.outlet && site) meta.outlet = names(site.name ?? null)[0];
  return meta;
}
