/** Feed discovery: `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">` in a site's HTML. */
import { DomUtils, parseDocument } from 'htmlparser2';

const FEED_TYPES = /^application\/(rss\+xml|atom\+xml|rdf\+xml|feed\+json|json)\b/i;

export function discoverFeeds(html: string, base: string): string[] {
  const doc = parseDocument(html);
  const links = DomUtils.getElementsByTagName('link', doc.children, true);
  const found: string[] = [];
  for (const link of links) {
    const rel = (link.attribs.rel ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate') || !FEED_TYPES.test(link.attribs.type ?? '') || !link.attribs.href) continue;
    try {
      const url = new URL(link.attribs.href, base).href;
      if (!found.includes(url)) found.push(url);
    } catch {
      // an unparseable href is simply not a feed
    }
  }
  return found;
}
