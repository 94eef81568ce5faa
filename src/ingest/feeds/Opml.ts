/** OPML reading lists: every `<outline xmlUrl=…>`, nested folders included. */
import { readFile } from 'node:fs/promises';
import { usageError } from '../../model/errors.ts';
import { attr, descendants, parseXml, resolveUrl } from './SafeXml.ts';

export interface OpmlFeed {
  title: string | null;
  xmlUrl: string;
  htmlUrl: string | null;
}

export type OpmlParse = { ok: true; feeds: OpmlFeed[] } | { ok: false; ruleId: string; reason: string };

export function parseOpml(xml: string, base = 'http://localhost/'): OpmlParse {
  const parsed = parseXml(xml);
  if (!parsed.ok) return parsed;
  if (parsed.root.name.toLowerCase() !== 'opml') return { ok: false, ruleId: 'ingest/not-opml', reason: `Root element <${parsed.root.name}> is not <opml>.` };
  const feeds: OpmlFeed[] = [];
  for (const outline of descendants(parsed.root, 'outline')) {
    const xmlUrl = resolveUrl(attr(outline, 'xmlUrl'), base);
    if (!xmlUrl || feeds.some((f) => f.xmlUrl === xmlUrl)) continue;
    feeds.push({ title: attr(outline, 'title') ?? attr(outline, 'text'), xmlUrl, htmlUrl: resolveUrl(attr(outline, 'htmlUrl'), base) });
  }
  return { ok: true, feeds };
}

/** The feed URLs of an OPML file (for `chorus watch --opml FILE`); throws a usage error when the file is unreadable or not OPML. */
export async function readOpmlFeeds(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw usageError(`Cannot read the OPML file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const parsed = parseOpml(text);
  if (!parsed.ok) throw usageError(`${path}: ${parsed.reason}`, 'Give an OPML reading list (<opml><body><outline xmlUrl="…"/>).');
  return parsed.feeds.map((f) => f.xmlUrl);
}
