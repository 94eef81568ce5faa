/**
 * "publishedAt … where the page states it" (issue #3): does a page state its reference
 * publication day anywhere at all? Measurement only: decided from the raw HTML, the page
 * URL and the reference day, never from Chorus's output, and never used by Chorus.
 *
 * Rule (written before looking at which pages it keeps or drops):
 * the page states day Y-M-D when any of these occurs in the page URL, the raw HTML
 * (markup attributes, meta tags, JSON-LD and other scripts included, after decoding
 * entities and JSON's `\/` / `\u002F` escapes), or the HTML with its tags replaced by
 * spaces (visible text split across elements, "<span>March</span> 5, 2024"):
 * - numeric, year first: `2024-03-05`, `2024/3/5`, `2024.03.05`, `2024_03_05`, `20240305`;
 * - an ISO date-time with a zone whose UTC day or local day is that day
 *   (`2024-03-04T23:30:00-05:00` states the 4th as written and the 5th in UTC);
 * - numeric, day or month first, with `/`, `-` or `.`, four- or two-digit year: `05/03/2024`,
 *   `3/5/2024`, `5.3.24` (both readings count: a page stating 5 March as "3/5/2024" states it);
 * - a written month, in English or Spanish, Portuguese, French, German, Italian or Dutch
 *   (full names and the usual abbreviations, with or without a dot): `March 5, 2024`,
 *   `Mar. 5th 2024`, `5 March 2024`, `5th of March, 2024`, `05-Mar-2024`, `5. März 2024`,
 *   `5 de marzo de 2024`, `2024 March 5`; and the CJK forms `2024年3月5日`, `2024년 3월 5일`;
 * - a Unix time stamp (10 digits in seconds, 13 in milliseconds, standing alone) that falls on
 *   that day in some time zone (UTC−12 to UTC+14): JavaScript-rendered pages carry dates so.
 * Every form needs the year: "March 5" alone, weekdays and "2 days ago" do not state a day.
 *
 * The rule leans towards "stated": any reading of an ambiguous form counts, and a date
 * anywhere on the page counts even when it dates something else (a sidebar, a build). A page
 * wrongly counted as stating its day stays in the goal's denominator and can only lower the
 * score, so the goal column is not flattered by the check. WCXB pages are English (768 of 793
 * declare `lang="en…"`, the rest declare nothing); the other languages are there for held-out pages.
 */

export type StatedForm = 'ymd' | 'iso-zone' | 'dmy/mdy' | 'written' | 'cjk' | 'unix';

/** Month names per month number (index 1–12), lower case; a trailing dot is allowed after any. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  [],
  ['january', 'jan', 'enero', 'ene', 'janeiro', 'janvier', 'janv', 'januar', 'jän', 'jänner', 'gennaio', 'gen', 'januari'],
  ['february', 'feb', 'febr', 'febrero', 'fevereiro', 'fev', 'février', 'févr', 'fév', 'februar', 'febbraio', 'februari'],
  ['march', 'mar', 'marzo', 'março', 'mars', 'märz', 'mär', 'mrz', 'maart', 'mrt'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'aprile'],
  ['may', 'mayo', 'maio', 'mai', 'maggio', 'mag', 'mei'],
  ['june', 'jun', 'junio', 'junho', 'juin', 'juni', 'giugno', 'giu'],
  ['july', 'jul', 'julio', 'julho', 'juillet', 'juil', 'juli', 'luglio', 'lug'],
  ['august', 'aug', 'agosto', 'ago', 'août', 'aout', 'augustus'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'setembro', 'set', 'septembre', 'settembre'],
  ['october', 'oct', 'octubre', 'outubro', 'out', 'octobre', 'oktober', 'okt', 'ottobre', 'ott'],
  ['november', 'nov', 'noviembre', 'novembro', 'novembre'],
  ['december', 'dec', 'diciembre', 'dic', 'dezembro', 'dez', 'décembre', 'déc', 'dezember', 'dicembre'],
];

/** Unix stamps count on the reference day in any zone from UTC−12 to UTC+14. */
const ZONE_BEHIND_MS = 12 * 3_600_000;
const ZONE_AHEAD_MS = 14 * 3_600_000;

const NAMED: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', ndash: '–', mdash: '—', comma: ',', period: '.', sol: '/' };

/** Entities and JSON escapes decoded, so dates in attributes and scripts read as written. */
export function decodeForSearch(html: string): string {
  return html
    .replace(/\\u00([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\\//g, '/')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
      if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? whole;
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    });
}

/** The page's text with every tag replaced by a space and white space collapsed. */
function tagsAsSpaces(decoded: string): string {
  return decoded.replace(/<[^>]*>/g, ' ').replace(/[\s\u00a0]+/g, ' ');
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regular expressions for one day, by form. */
function dayPatterns(day: string): [StatedForm, RegExp][] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const yy = String(y).slice(2);
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const M = `0?${m}`;
  const D = `0?${d}`;
  const months = `(?:${MONTH_NAMES[m]!.map(esc).join('|')})\\.?`;
  const ord = '(?:st|nd|rd|th|er|º|\\.)?';
  const year = `(?:${y}|'${yy})`;
  return [
    ['ymd', new RegExp(`(?<![\\d.])${y}([-/._])${M}(?:\\1)${D}(?!\\d)`)],
    ['ymd', new RegExp(`(?<!\\d)${y}${mm}${dd}(?!\\d)`)],
    ['dmy/mdy', new RegExp(`(?<![\\d.])${D}([-/.]) ?${M}(?:\\1) ?(?:${y}|${yy})(?!\\d)`)],
    ['dmy/mdy', new RegExp(`(?<![\\d.])${M}([-/.]) ?${D}(?:\\1) ?(?:${y}|${yy})(?!\\d)`)],
    ['written', new RegExp(`(?<!\\p{L})${months}[\\s,/-]*${D}${ord}(?:,|\\s|-|/)+${year}(?!\\d)`, 'iu')],
    ['written', new RegExp(`(?<![\\d.])${D}${ord}[\\s,/-]*(?:of\\s+|de\\s+)?${months}(?:,|\\s|-|/)*(?:de\\s+)?${year}(?!\\d)`, 'iu')],
    ['written', new RegExp(`(?<!\\d)${y},?\\s+${months},?\\s+${D}(?!\\d)`, 'iu')],
    ['cjk', new RegExp(`${y}\\s*[年년]\\s*${M}\\s*[月월]\\s*${D}\\s*[日일]`)],
  ];
}

/** ISO date-times with a zone whose UTC day is the reference day. */
function isoZoneStates(text: string, day: string): boolean {
  const re = /((?:19|20)\d{2}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})(?![\d:])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const zone = m[3] === 'Z' ? 'Z' : m[3]!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const t = Date.parse(`${m[1]}T${m[2]}${zone}`);
    if (!Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day) return true;
  }
  return false;
}

/** Unix stamps (seconds or milliseconds) on the reference day in some zone. */
function unixStates(text: string, day: string): boolean {
  const start = Date.parse(`${day}T00:00:00Z`);
  const from = start - ZONE_AHEAD_MS;
  const to = start + 86_400_000 + ZONE_BEHIND_MS;
  // Standing alone: not part of a longer number or a decimal ("…-e1588522789209.jpeg", WordPress's edit stamp, counts).
  const re = /(?<!\d|\d\.)(\d{10}|\d{13})(?!\d|\.\d)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ms = m[1]!.length === 10 ? Number(m[1]) * 1000 : Number(m[1]);
    if (ms >= from && ms < to) return true;
  }
  return false;
}

/**
 * The first form in which the page states `day` (YYYY-MM-DD), or null when it states it
 * nowhere (see the module comment for the rule).
 */
export function whereStated(html: string, url: string, day: string): StatedForm | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const decoded = `${url}\n${decodeForSearch(html)}`;
  const texts = [decoded, tagsAsSpaces(decoded)];
  for (const [form, re] of dayPatterns(day)) if (texts.some((t) => re.test(t))) return form;
  if (isoZoneStates(decoded, day)) return 'iso-zone';
  if (unixStates(decoded, day)) return 'unix';
  return null;
}

export function statesDay(html: string, url: string, day: string): boolean {
  return whereStated(html, url, day) !== null;
}
