import { createHash } from 'node:crypto';
import type { ExtractedArticle, RawDocument } from '../../model/records.ts';
import type { OutletTemplate, OutletTemplates, TemplateLesson, TemplatePolicy } from '../../model/stage.ts';
import { normaliseLine, splitBlocks, splitGluedChrome, words, type Block } from './blocks.ts';
import {
  TEMPLATE_DATELINE_SCAN,
  TEMPLATE_LONG_LINE_MIN_DOCUMENTS,
  TEMPLATE_LONG_LINE_WORDS,
  TEMPLATE_MAX_LINE_CHARS,
  TEMPLATE_MIN_DOCUMENTS,
  TEMPLATE_MIN_SHARE,
  TEMPLATE_PRUNE_AFTER,
  TEMPLATE_PRUNE_EVERY,
} from './constants.ts';
import { findDateline, outletFromChrome } from './OutletFinder.ts';

/**
 * Template learning: lines that recur across one outlet's pages are its chrome (menus,
 * newsletter boxes, footers). Each text-mode document the store adds teaches its outlet
 * (`templateLesson`); the store keeps the counts and hands the candidate outlets' counts
 * back in `context.outletTemplates`, so text mode gets better as an outlet's pages arrive.
 * Everything here is pure; the store mirrors `applyTemplateLesson` in SQL.
 *
 * The outlet key, in order of trust: the outlet's name as given (sidecar, JSONL, feed),
 * else the host of the given URL (`www.` dropped), else the outlet text mode found in the
 * page (a dateline or a copyright line). The source folder is never a key: a folder of
 * scraped pages (like the seeds) mixes outlets, and one outlet's chrome would erase
 * another's body.
 */

/** Key of an outlet in the template table: its name, else its URL's host. */
export function outletKey(outlet: string | null | undefined, url?: string | null): string | null {
  if (outlet && outlet.trim() !== '') return outlet.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** A line with no letter ("1.", "2.", "—") says nothing about the outlet: list markers recur on every page with a list. */
const HAS_LETTER = /\p{L}/u;

/** Template form of a line: normalised, digits folded so `© 2024` and `© 2025` are one line. */
export function templateLine(text: string): string | null {
  if (text.length > TEMPLATE_MAX_LINE_CHARS) return null;
  const key = normaliseLine(text).replace(/\d+/g, '0');
  return key === '' || !HAS_LETTER.test(key) ? null : key;
}

/** What the store keeps of a line: a 64-bit hash of its template form (fixed size, no page text stored). */
export function templateFingerprint(text: string): string | null {
  const line = templateLine(text);
  return line === null ? null : createHash('sha256').update(line).digest('hex').slice(0, 16);
}

/** The page's lines as text mode sees them (glued chrome split), the unit templates are learned and matched on. */
export function templateBlocks(content: string): Block[] {
  return splitBlocks(content).flatMap(splitGluedChrome);
}

/** Distinct fingerprints of some lines, in first-seen order. */
export function fingerprintsOf(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const line of lines) {
    const fingerprint = templateFingerprint(line.trim());
    if (fingerprint !== null) seen.add(fingerprint);
  }
  return [...seen];
}

/**
 * Outlet keys whose templates may apply to a document, most trusted first: given name,
 * URL host, an outlet named in chrome, outlets in datelines near the top. The store loads
 * these before extraction; the first one it has seen pages of wins.
 */
export function templateKeyCandidates(given: RawDocument['given'], blocks: readonly Block[]): string[] {
  const keys = [outletKey(given.outlet, null), outletKey(null, given.url), outletKey(outletFromChrome(blocks.map((b) => b.text)))];
  for (const block of blocks.slice(0, TEMPLATE_DATELINE_SCAN)) keys.push(outletKey(findDateline(block.text).outlet));
  return [...new Set(keys.filter((k): k is string => k !== null))];
}

/** `templateKeyCandidates` of a raw document (what the store loads before extracting it). */
export function templateKeysOf(raw: Readonly<RawDocument>): string[] {
  return raw.format === 'text' ? templateKeyCandidates(raw.given, templateBlocks(raw.content)) : [];
}

/** The template that applies: the first candidate key the templates have pages of. */
export function pickTemplate(templates: Readonly<OutletTemplates> | undefined, candidates: readonly string[]): OutletTemplate | null {
  if (!templates) return null;
  for (const key of candidates) {
    const template = templates.outlets[key];
    if (template && template.documents > 0) return template;
  }
  return null;
}

export type { TemplateLesson } from '../../model/stage.ts';

/** How the counts are kept and loaded; the store is given the same policy, so it and `applyTemplateLesson` agree. */
export const TEMPLATE_POLICY: Readonly<TemplatePolicy> = {
  pruneAfter: TEMPLATE_PRUNE_AFTER,
  pruneEvery: TEMPLATE_PRUNE_EVERY,
  minLineDocuments: TEMPLATE_MIN_DOCUMENTS,
};

/**
 * The lesson of a text-mode document once extracted: under the given outlet, else the
 * given URL's host, else the outlet found in the page. A document with none teaches nothing.
 */
export function templateLesson(raw: Readonly<RawDocument>, article: Readonly<ExtractedArticle>): TemplateLesson | null {
  if (raw.format !== 'text') return null;
  const outlet = outletKey(raw.given.outlet, raw.given.url) ?? outletKey(article.outlet);
  if (outlet === null) return null;
  return { outlet, fingerprints: fingerprintsOf(templateBlocks(raw.content).map((b) => b.text)) };
}

/**
 * Adds one document's lesson. Pure: returns a new object and leaves `templates` as it was.
 * The document becomes the outlet's next ordinal; each of its lines counts once.
 */
export function applyTemplateLesson(
  templates: Readonly<OutletTemplates> | undefined,
  lesson: Readonly<TemplateLesson>,
  policy: Readonly<TemplatePolicy> = TEMPLATE_POLICY,
): OutletTemplates {
  const outlets = { ...(templates?.outlets ?? {}) };
  const before = outlets[lesson.outlet];
  const documents = (before?.documents ?? 0) + 1;
  const lines = { ...(before?.lines ?? {}) };
  for (const fingerprint of new Set(lesson.fingerprints)) {
    const seen = lines[fingerprint];
    lines[fingerprint] = seen ? { documents: seen.documents + 1, first: seen.first, last: documents } : { documents: 1, first: documents, last: documents };
  }
  if (documents % policy.pruneEvery === 0) {
    for (const [fingerprint, seen] of Object.entries(lines)) {
      if (seen.documents === 1 && seen.last <= documents - policy.pruneAfter) delete lines[fingerprint];
    }
  }
  outlets[lesson.outlet] = { documents, lines };
  return { outlets };
}

/**
 * Counts the document's distinct lines under its outlet (the article's outlet, else its
 * URL's host). Pure. An article with no outlet or URL teaches nothing.
 */
export function learnOutletTemplates(
  templates: Readonly<OutletTemplates> | undefined,
  article: Readonly<Pick<ExtractedArticle, 'outlet' | 'url'>>,
  lines: readonly string[],
): OutletTemplates {
  const outlet = outletKey(article.outlet, article.url);
  if (outlet === null) return { outlets: { ...(templates?.outlets ?? {}) } };
  return applyTemplateLesson(templates, { outlet, fingerprints: fingerprintsOf(lines) });
}

/**
 * Whether a line is this outlet's template chrome: seen on enough of the outlet's pages,
 * and on a large share of the pages since it first appeared (so a redesign's new chrome is
 * learned as fast as the first, and chrome dropped long ago fades). Long prose lines need
 * more evidence, so one story stored twice (or a syndicated paragraph) does not erase itself.
 */
export function isTemplateLine(template: Readonly<OutletTemplate> | null, text: string): boolean {
  if (template === null || template.documents < TEMPLATE_MIN_DOCUMENTS) return false;
  const fingerprint = templateFingerprint(text);
  const seen = fingerprint === null ? undefined : template.lines[fingerprint];
  if (!seen) return false;
  const needed = words(text).length >= TEMPLATE_LONG_LINE_WORDS ? TEMPLATE_LONG_LINE_MIN_DOCUMENTS : TEMPLATE_MIN_DOCUMENTS;
  const since = template.documents - seen.first + 1;
  return seen.documents >= needed && seen.documents / since >= TEMPLATE_MIN_SHARE;
}
