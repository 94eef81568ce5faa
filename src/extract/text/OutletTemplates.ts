import type { ExtractedArticle } from '../../model/records.ts';
import type { OutletTemplates } from '../../model/stage.ts';
import { normaliseLine, words } from './blocks.ts';
import { TEMPLATE_LONG_LINE_MIN_DOCUMENTS, TEMPLATE_MAX_LINE_CHARS, TEMPLATE_MIN_DOCUMENTS, TEMPLATE_MIN_SHARE } from './constants.ts';

/**
 * Template learning: lines that recur across one outlet's pages are its chrome (menus,
 * newsletter boxes, footers). The store keeps the counts and passes them back in
 * `context.outletTemplates`, so text mode gets better as an outlet's pages arrive.
 */

/** Key of an outlet in the template table: its name, else its URL's host. */
export function outletKey(outlet: string | null | undefined, url?: string | null): string | null {
  if (outlet && outlet.trim() !== '') return outlet.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

/** Template form of a line: normalised, digits folded so `© 2024` and `© 2025` are one line. */
export function templateLine(text: string): string | null {
  if (text.length > TEMPLATE_MAX_LINE_CHARS) return null;
  const key = normaliseLine(text).replace(/\d+/g, '0');
  return key === '' ? null : key;
}

/**
 * Counts the document's distinct lines under its outlet. Pure: returns a new object and
 * leaves `templates` as it was. An article with no outlet or URL teaches nothing.
 */
export function learnOutletTemplates(
  templates: Readonly<OutletTemplates> | undefined,
  article: Readonly<ExtractedArticle>,
  rawLines: readonly string[],
): OutletTemplates {
  const lines: OutletTemplates['lines'] = { ...(templates?.lines ?? {}) };
  const documents: OutletTemplates['documents'] = { ...(templates?.documents ?? {}) };
  const key = outletKey(article.outlet, article.url);
  if (key === null) return { lines, documents };
  const counts = { ...(lines[key] ?? {}) };
  const seen = new Set<string>();
  for (const raw of rawLines) {
    const line = templateLine(raw.trim());
    if (line === null || seen.has(line)) continue;
    seen.add(line);
    counts[line] = (counts[line] ?? 0) + 1;
  }
  lines[key] = counts;
  documents[key] = (documents[key] ?? 0) + 1;
  return { lines, documents };
}

/**
 * Whether a line is this outlet's template chrome. Long prose lines need more evidence,
 * so one story stored twice (or a syndicated paragraph) does not erase itself.
 */
export function isTemplateLine(templates: Readonly<OutletTemplates> | undefined, key: string | null, text: string): boolean {
  if (!templates || key === null) return false;
  const counts = templates.lines[key];
  const documents = templates.documents[key] ?? 0;
  if (!counts || documents < TEMPLATE_MIN_DOCUMENTS) return false;
  const line = templateLine(text);
  if (line === null) return false;
  const seen = counts[line] ?? 0;
  const needed = words(text).length >= 25 ? TEMPLATE_LONG_LINE_MIN_DOCUMENTS : TEMPLATE_MIN_DOCUMENTS;
  return seen >= needed && seen / documents >= TEMPLATE_MIN_SHARE;
}
