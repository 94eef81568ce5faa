import * as chrono from 'chrono-node';
import { dayInText } from '../html/DatelineReader.ts';
import { words } from './blocks.ts';
import { BYLINE_MAX_WORDS, DATE_LINE_MAX_WORDS, DATE_LINE_PREFIX, MONTH_NAME, RELATIVE_AGE } from './constants.ts';

/**
 * Bylines and date lines: short lines around the headline that carry metadata, never body.
 */

const NAME = String.raw`[\p{Lu}][\p{L}.'’-]*`;
const BYLINE = new RegExp(
  String.raw`^(?:[Bb]y|BY|[Pp]osted [Bb]y|[Ww]ritten [Bb]y:?|[Ww]ords [Bb]y|[Rr]eporting [Bb]y|[Aa]uthors?:)\s+(${NAME}(?:\s+(?:${NAME}|de|da|van|von|der|bin|al|and|&|,)){0,8})\s*(?:[,|•·—–-]\s*.*)?$`,
  'u',
);

/** The author's name(s) from a byline line, or null. */
export function parseByline(text: string): string | null {
  if (words(text).length > BYLINE_MAX_WORDS) return null;
  const match = BYLINE.exec(text.trim());
  if (!match?.[1]) return null;
  const name = match[1].replace(/\s*(,|and|&)\s*$/i, '').trim();
  // A capitalised word after "By" is not enough: names have two parts or come as a list.
  if (!/\s/.test(name)) return null;
  if (/^(the|a|an|this|that)\s/i.test(name)) return null;
  return name;
}

/** Whether a short line is a date/time stamp ("Updated 3 hours ago", "June 5, 2024 10:31 AM"). */
export function isDateLine(text: string): boolean {
  const count = words(text).length;
  if (count === 0 || count > DATE_LINE_MAX_WORDS) return false;
  const rest = text.replace(DATE_LINE_PREFIX, '').trim();
  if (RELATIVE_AGE.test(rest)) return true;
  if (DATE_LINE_PREFIX.test(text) && (rest === '' || /\d/.test(rest))) return true;
  const numeric = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/.test(rest);
  const named = MONTH_NAME.test(rest) && /\b\d{1,2}\b/.test(rest) && (/\b(19|20)\d{2}\b/.test(rest) || /\d:\d\d/.test(rest));
  // Date lines are mostly date: few words that are not date parts.
  const letters = rest.replace(MONTH_NAME, '').replace(/\b(am|pm|a\.m\.|p\.m\.|at|on|utc|gmt|[a-z]{2,4}t)\b/gi, '');
  const wordsLeft = words(letters.replace(/[\d:.,/|·•-]+/g, ' ')).length;
  return (numeric || named) && wordsLeft <= 4;
}

/** Absolute publication date stated in a date line (`YYYY-MM-DD`), or null for relative/partial ones. */
export function dateFromLine(text: string, now: string): string | null {
  // Relative ages ("3 hours ago") are relative to the scrape, which the text does not date.
  if (!/\b(19|20)\d{2}\b/.test(text) || !(MONTH_NAME.test(text) || /\d[./-]\d/.test(text))) return null;
  const reference = new Date(now);
  const results = chrono.parse(text, Number.isNaN(reference.getTime()) ? new Date() : reference);
  for (const result of results) {
    const start = result.start;
    if (start.isCertain('year') && start.isCertain('month') && start.isCertain('day')) {
      const y = start.get('year');
      const m = start.get('month');
      const d = start.get('day');
      if (y === null || m === null || d === null) continue;
      return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  return null;
}

/** Lines after the headline searched for its date line (byline, dek, share bar and reading time come between). */
const DATELINE_AFTER_TITLE = 8;
/** Lines before the headline that may hold its date line (a date above the headline, after a kicker). */
const DATELINE_BEFORE_TITLE = 2;
/** A date line is short; longer lines are prose that mentions a date. */
const DATELINE_MAX_CHARS = 120;
/**
 * A last resort further down: a headline's date line sits below a long dek, a hero image and its
 * caption, or an author box. (WCXB dev text-mode date, same day: 8 (off) 0.612, 14: 0.630, 20: 0.630, 30: 0.630; then the run-on head +0.003, labelled lines anywhere below +0.016)
 */
const DATELINE_FAR_AFTER_TITLE = 20;

/** Labels and dates of separate elements glued by the scrape ("June 29, 2020November 12, 2021", "AnalystUpdated Sep 17"): a space at the seam. */
function unglue(line: string): string {
  return line.replace(/(\d)(\p{Lu}\p{Ll})/gu, '$1 $2').replace(/(\p{Ll})(Updated|Published|Posted|Modified)\b/gu, '$1 $2');
}

/** A date line right under the headline may run on (categories, author box glued on); its first this many characters are read. */
const DATELINE_HEAD_CHARS = 60;
/** "Posted on …", "Published: …", "Post time: …": a labelled date line, read anywhere below the headline when none is near it. */
const PUBLISHED_LABEL = /^(posted|published|post time|publication date|date published|first published)\b/i;
const LABELLED_DATELINE_MAX_CHARS = 80;

const UPDATED_LABEL = /\b(updated|modified|last reviewed|reviewed|edited)\b/i;

/**
 * The day stated on the headline's date line: the nearest short line after the headline (then
 * just before it) that states a full date ("By Ana Lima • December 17, 2025 • 11 min read",
 * "Posted on 04-ago-2021"), preferring one not labelled "updated" (on it or on the line above);
 * an "updated" day only when the page states no other. Relative ages are never read; days
 * `accept` refuses (placeholders, see DatePlausibility.ts) are passed over.
 */
export function dateNearTitle(lines: readonly string[], titleIndex: number, accept: (day: string) => boolean = () => true): string | null {
  const order: number[] = [];
  for (let i = titleIndex + 1; i <= Math.min(lines.length - 1, titleIndex + DATELINE_AFTER_TITLE); i++) order.push(i);
  for (let i = titleIndex - 1; i >= Math.max(0, titleIndex - DATELINE_BEFORE_TITLE); i--) order.push(i);
  for (let i = titleIndex + DATELINE_AFTER_TITLE + 1; i <= Math.min(lines.length - 1, titleIndex + DATELINE_FAR_AFTER_TITLE); i++) order.push(i);
  // Last: a labelled date line anywhere below ("Posted on April 13, 2023" under the article).
  const labelled = new Set<number>();
  for (let i = titleIndex + DATELINE_FAR_AFTER_TITLE + 1; i < lines.length; i++) {
    if (lines[i]!.length <= LABELLED_DATELINE_MAX_CHARS && PUBLISHED_LABEL.test(lines[i]!)) {
      order.push(i);
      labelled.add(i);
    }
  }
  let updated: string | null = null;
  for (const i of order) {
    let line = unglue(lines[i]!);
    // A date line glued to categories or an author box: its head is the date.
    if (line.length > DATELINE_MAX_CHARS && i <= titleIndex + 2) line = line.slice(0, DATELINE_HEAD_CHARS);
    if (line.length > DATELINE_MAX_CHARS) continue;
    const day = dayInText(line);
    // A placeholder day ("January 1, 1970" for a null date) is passed over for the next line.
    if (!day || !accept(day)) continue;
    const above = unglue(lines[i - 1] ?? '');
    // "Updated on" alone on the line above labels this one; a dated line above is its own line.
    if (!UPDATED_LABEL.test(line) && !(UPDATED_LABEL.test(above) && above.length < 30 && !dayInText(above))) return day;
    updated ??= day;
  }
  return updated;
}
