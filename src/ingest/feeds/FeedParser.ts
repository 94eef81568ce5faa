/**
 * RSS 2.0 (and 0.9x), RSS 1.0/RDF, Atom and JSON Feed to one item shape. An item's key is
 * its guid/id, else its link: what "seen" means when watching.
 */
import { child, childrenNamed, descendants, elementChildren, isoDate, localName, parseXml, resolveUrl, text, attr, type XmlElement } from './SafeXml.ts';

export interface FeedItem {
  key: string;
  link: string | null;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
}

export interface Feed {
  kind: 'rss' | 'rdf' | 'atom' | 'json';
  title: string | null;
  items: FeedItem[];
}

export type FeedParse = { ok: true; feed: Feed } | { ok: false; ruleId: string; reason: string };

/** "jane@example.com (Jane Doe)" → "Jane Doe"; a bare address is kept as is. */
function authorName(raw: string | null): string | null {
  if (!raw) return null;
  const paren = /\(([^)]+)\)/.exec(raw);
  return (paren?.[1] ?? raw).trim() || null;
}

function item(key: string | null, link: string | null, title: string | null, author: string | null, date: string | null): FeedItem | null {
  const id = key ?? link;
  return id ? { key: id, link, title, author, publishedAt: isoDate(date) } : null;
}

function rssItem(el: XmlElement, base: string): FeedItem | null {
  const link = resolveUrl(text(child(el, 'link')), base);
  const guid = text(child(el, 'guid'));
  const author = authorName(text(child(el, 'dc:creator', 'author', 'creator')));
  return item(guid, link, text(child(el, 'title')), author, text(child(el, 'pubdate', 'dc:date', 'date')));
}

function rdfItem(el: XmlElement, base: string): FeedItem | null {
  const link = resolveUrl(text(child(el, 'link')) ?? attr(el, 'rdf:about'), base);
  return item(attr(el, 'rdf:about'), link, text(child(el, 'title')), text(child(el, 'dc:creator', 'creator')), text(child(el, 'dc:date', 'date')));
}

function atomLink(el: XmlElement, base: string): string | null {
  const links = childrenNamed(el, 'link');
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0] ?? null;
  return resolveUrl(attr(alternate, 'href'), attr(el, 'xml:base') ?? base);
}

function atomEntry(el: XmlElement, base: string): FeedItem | null {
  const author = child(el, 'author');
  const name = author ? text(child(author, 'name')) ?? text(author) : null;
  return item(text(child(el, 'id')), atomLink(el, base), text(child(el, 'title')), name, text(child(el, 'published')) ?? text(child(el, 'updated')));
}

export function parseXmlFeed(xml: string, base: string): FeedParse {
  const parsed = parseXml(xml);
  if (!parsed.ok) return parsed;
  const root = parsed.root;
  const kind = localName(root);
  const keep = (items: (FeedItem | null)[]) => items.filter((i): i is FeedItem => i !== null);
  if (kind === 'rss') {
    const channel = child(root, 'channel') ?? root;
    return { ok: true, feed: { kind: 'rss', title: text(child(channel, 'title')), items: keep(childrenNamed(channel, 'item').map((i) => rssItem(i, base))) } };
  }
  if (kind === 'rdf') {
    const channel = child(root, 'channel');
    const items = elementChildren(root).filter((e) => localName(e) === 'item');
    return { ok: true, feed: { kind: 'rdf', title: channel ? text(child(channel, 'title')) : null, items: keep(items.map((i) => rdfItem(i, base))) } };
  }
  if (kind === 'feed') {
    const feedBase = attr(root, 'xml:base') ?? base;
    return { ok: true, feed: { kind: 'atom', title: text(child(root, 'title')), items: keep(descendants(root, 'entry').map((e) => atomEntry(e, feedBase))) } };
  }
  return { ok: false, ruleId: 'ingest/not-a-feed', reason: `Root element <${root.name}> is not RSS, RDF or Atom.` };
}

function stringField(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function parseJsonFeed(json: string, base: string): FeedParse {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, ruleId: 'ingest/feed-malformed', reason: `JSON Feed is not valid JSON: ${(error as Error).message}` };
  }
  const feed = data as Record<string, unknown>;
  if (typeof feed !== 'object' || feed === null || !String(feed.version ?? '').startsWith('https://jsonfeed.org/version/') || !Array.isArray(feed.items)) {
    return { ok: false, ruleId: 'ingest/not-a-feed', reason: 'Not a JSON Feed (no jsonfeed.org version or items).' };
  }
  const items = (feed.items as unknown[]).flatMap((raw) => {
    if (typeof raw !== 'object' || raw === null) return [];
    const record = raw as Record<string, unknown>;
    const authors = Array.isArray(record.authors) ? record.authors : record.author ? [record.author] : [];
    const first = authors[0] as Record<string, unknown> | undefined;
    const link = resolveUrl(stringField(record, 'url') ?? stringField(record, 'external_url'), base);
    const key = stringField(record, 'id');
    const made = item(key, link, stringField(record, 'title'), first ? stringField(first, 'name') : null, stringField(record, 'date_published') ?? stringField(record, 'date_modified'));
    return made ? [made] : [];
  });
  return { ok: true, feed: { kind: 'json', title: stringField(feed, 'title'), items } };
}

/** Parses RSS/RDF/Atom or JSON Feed, choosing by the first non-blank character. */
export function parseFeed(body: string, base: string): FeedParse {
  return body.trimStart().startsWith('{') ? parseJsonFeed(body, base) : parseXmlFeed(body, base);
}
