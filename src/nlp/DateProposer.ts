/**
 * Proposes temporal expressions with regular expressions over the text: explicit dates
 * ("8 May", "Wednesday, June 5", "May 8, 2024"), months ("in February", "November 2023",
 * "last January"), years ("in 2021 and 2022", "around 1295", both ends of "1690–1710"),
 * weekdays ("On Thursday"), holidays ("This Easter", not "Easter trails"), named dates ("the
 * January 6th attack", "9/11") and relative phrases ("last week", "over the past year", "this
 * evening"; not "her last year of university"). "ago" phrases go to chrono-node in
 * DateNormaliser. Overlaps are resolved longest-first.
 */
export type DateShape =
  | { kind: 'day'; day: number; month: number; year: number | null; weekday: number | null; named?: true }
  | { kind: 'month'; month: number; year: number | null; modifier: 'last' | 'next' | 'this' | null }
  | { kind: 'year'; year: number }
  | { kind: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | null }
  | { kind: 'relative'; unit: 'day' | 'week' | 'month' | 'year'; offset: number; range: boolean }
  | { kind: 'absolute'; value: string; granularity: 'day' | 'week' | 'month' | 'year' }
  | { kind: 'holiday'; name: string; year: number | null; week: boolean; modifier: 'last' | 'next' | 'this' | null; weekday?: number };

export interface DateCandidate {
  start: number;
  end: number;
  shape: DateShape;
  /** The word before it that sets its relation ("since", "until"). */
  relationWord: string | null;
}

import { MONTHS, NAMED_DATE_NOUNS, NAMED_DATES, WEEKDAYS } from './constants.ts';
import { HOLIDAY_PATTERN, HOLIDAY_WORDS } from './Holidays.ts';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[89]|20)\\d{2})';

/** Words that make an old year a date when they come right before it (whitespace between). */
const YEAR_CUE = /\b(?:in|around|circa|ca\.|c\.|since|from|by|until|before|after|of)$/i;
/** Characters read back for YEAR_CUE: its longest word (6) plus one for the word boundary, with room to spare. */
const YEAR_CUE_REACH = 8;
const WHITESPACE = /\s/;

/** Whether whitespace, and before it a YEAR_CUE word, comes right before `index`. */
function afterYearCue(text: string, index: number): boolean {
  let j = index;
  while (j > 0 && WHITESPACE.test(text[j - 1] as string)) j--;
  return j < index && YEAR_CUE.test(text.slice(Math.max(0, j - YEAR_CUE_REACH), j));
}

/** Words before a one-word holiday that make it a date ("at Easter", "this Christmas"); elsewhere it names a thing ("Easter egg trail"). */
const HOLIDAY_CUE = /\b(?:this|next|last|at|over|for|during|before|after|until|till|since|on|by|from|through|of)\s+$/i;

/** A holiday name at a position: its whole name, to tell "Good Friday" from "Easter" followed by a word. */
const HOLIDAY_AT = new RegExp(`(?:${HOLIDAY_PATTERN})`, 'y');
/** Words that may follow a one-word holiday used as a date ("at Easter this year", "This Easter visit the gardens"). */
const AFTER_HOLIDAY = /^(?:and|or|but|the|a|an|this|that|last|next|when|while|as|is|was|will|has|had|are|were|in|on|at|to|for|with|from|of|by|until|he|she|they|we|i|it|you|his|her|their|its|our|my|thus)$/i;
/** A word after a one-word holiday that makes it a modifier: a capitalised name ("Easter Explorers") or a plural noun ("Easter trails"). */
const HOLIDAY_MODIFIED = /^(?:\p{Lu}|\p{Ll}+s$)/u;

/** A multiword holiday name ("Good Friday") is a date as it stands; a one-word one ("Easter") after a cue word or before "weekend", and not as a modifier. */
function holidayAsDate(text: string, index: number): boolean {
  HOLIDAY_AT.lastIndex = index;
  const name = HOLIDAY_AT.exec(text)?.[0] ?? '';
  if (/\s/.test(name)) return true;
  const rest = text.slice(index + name.length, index + name.length + 40);
  if (/^\s+(?:bank\s+holiday\s+)?weekend/.test(rest) || /^,?\s+(?:of\s+)?\d{4}/.test(rest)) return true;
  const next = /^[ \t]+(\p{L}+)/u.exec(rest)?.[1];
  if (next && HOLIDAY_MODIFIED.test(next) && !AFTER_HOLIDAY.test(next)) return false;
  return name.length > 0 && HOLIDAY_CUE.test(text.slice(Math.max(0, index - 10), index));
}

/**
 * "last year", "next month" count from publication; "her last year of university", "the next year" (the year after
 * a past event) count from something the text names, so they are not dates. "of" after the unit is excluded by the
 * pattern itself ("the last week of March").
 */
const ANAPHORIC_BEFORE = /\b(?:my|our|your|his|her|its|their|the)\s+$|['’]s\s+$/i;

function deictic(text: string, index: number): boolean {
  const m = ANAPHORIC_BEFORE.exec(text.slice(Math.max(0, index - 8), index));
  if (!m) return true;
  // "over the past year", "in the last week" still count back from publication; "the next year" does not.
  return /^the\s/i.test(m[0]) && !/^next/i.test(text.slice(index, index + 4));
}

interface DatePattern {
  re: RegExp;
  /** Extra condition on a match at `index`; a failed match is retried from the next character, as a lookbehind would be. */
  guard?: (text: string, index: number) => boolean;
  build: (m: RegExpExecArray) => DateShape | null;
  /**
   * A cheaper test that every match of `re` passes (a word every match contains): an article
   * failing it is not scanned with `re`. For patterns many articles never match; a scan with a
   * leading word boundary and alternatives costs several times a plain word search.
   */
  gate?: RegExp;
  /**
   * Words one of which every match of `re` contains: an article with none of them is neither
   * gated nor scanned (a plain substring search is far cheaper than a regular expression).
   */
  words?: readonly string[];
  /**
   * A cheap global pattern that every match of `re` contains, starting at most `reach` characters
   * after the match starts (the month word of "early March"). The article is then tried only
   * just before each anchor, with a sticky copy of `re`, instead of at every character; the
   * matches found are the same, in the same order (see anchoredMatches).
   */
  anchor?: {
    re: RegExp;
    reach: number;
    /** The white space right before the anchor counts into the reach as well (a `\s+` between the anchor and the words before it). */
    spaced?: true;
  };
}

/** Every weekday name of WEEKDAY (no two of them overlap). */
const WEEKDAY_NAMES = new RegExp(WEEKDAY, 'g');

/** Where every month name of MONTH starts: its first three letters, capitalised (no two of them overlap). */
const MONTH_START = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/g;

/** The dash and year that may follow a year in a range. */
const SECOND_YEAR = /^\s?[-–—]\s?(1\d{3}|20\d{2})(?![\d%])/;

/** A preposition opening a relative period ("over the past year"), left out of its span. */
const LEADING_PREPOSITION = /^(?:over|in|during|for|within)\s+(?=the\s)/i;
/** Words before a year that belong to it ("late 2023", "mid-2025"); the gold set leaves them out of "late last year". */
const YEAR_MODIFIER = /\b(?:[Ee]arly|[Mm]id|[Ll]ate)[- ]$/;
/** Words before "today" that belong to it ("earlier today"). */
const DAY_MODIFIER = /\b(?:[Ee]arlier|[Ll]ater) $/;

/** How many characters before `start` a modifier of the expression takes ("late " of "late 2023"), or 0. */
function withModifier(text: string, start: number, modifier: RegExp): number {
  const m = modifier.exec(text.slice(Math.max(0, start - 8), start));
  return m ? m[0].length : 0;
}

/** Days counted from publication by the words that name them. */
const DAY_WORDS: Readonly<Record<string, number>> = {
  yesterday: -1, today: 0, tomorrow: 1, tonight: 0, 'last night': -1, this: 0, 'the day before yesterday': -2, 'the day after tomorrow': 2,
};

const PATTERNS: DatePattern[] = [
  {
    // "8 May", "the 9th of May 2024", "Wednesday, 5 June"
    // A hyphen may follow when a range goes on ("23 March-14 April"), not in a compound ("8 May-style").
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?(?![\\w]|-(?!\\d))`, 'g'),
    gate: /\d(?:st|nd|rd|th)?(?:\s+of)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    build: (m) => dayShape(m[2], m[3], m[4], m[1]),
  },
  {
    // "May 8", "June 5, 2024", "Wednesday, June 5"
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\d:])(?!\\s*(?:%|percent|million|billion|people))`, 'g'),
    build: (m) => dayShape(m[3], m[2], m[4], m[1]),
  },
  {
    // "November 2023", "early March", "in February", "since November 2023", "November of 2023", "last January"
    re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his) |(?:early|mid|late)[- ])?${MONTH}(?:(?:,?\\s+|\\s+of\\s+)${YEAR})?(?![\\w-])`, 'g'),
    // "early-" is the longest text before the month name.
    anchor: { re: MONTH_START, reach: 6 },
    build: (m) => {
      const month = monthOf(m[2]);
      const modifier = (m[1]?.toLowerCase() ?? null) as 'last' | 'next' | 'this' | null;
      return month ? { kind: 'month', month, year: m[3] ? Number(m[3]) : null, modifier: m[3] ? null : modifier } : null;
    },
  },
  {
    // "in 2021", "2021 and 2022", not "$2021", "2021-22 season" kept as the first year.
    // A hyphen before keeps a year out ("A-2024") except after "mid" ("mid-2025"; see withModifier for the span).
    re: new RegExp(`(?<![\\d$£€.,:/]|[^d]-)${YEAR}(?![\\d%]|s\\b|,\\d|\\.\\d|:\\d)`, 'g'),
    build: (m) => ({ kind: 'year', year: Number(m[1]) }),
  },
  {
    re: new RegExp(`\\b(?:(last|next|this)\\s+)?${WEEKDAY}(?!\\w)`, 'g'),
    // "last", "next" or "this" and white space before the weekday's name; most articles name no weekday at all.
    anchor: { re: WEEKDAY_NAMES, reach: 4, spaced: true },
    build: (m) => {
      const weekday = WEEKDAYS[(m[2] ?? '').toLowerCase()];
      const modifier = (m[1]?.toLowerCase() ?? null) as 'last' | 'next' | 'this' | null;
      return weekday === undefined ? null : { kind: 'weekday', weekday, modifier };
    },
  },
  {
    // "Easter", "Good Friday", "the Easter bank holiday weekend", "Memorial Day of 1986"
    re: new RegExp(`\\b(${HOLIDAY_PATTERN})(?:(\\s+(?:bank\\s+holiday\\s+)?weekend)|(?:,?\\s+|\\s+of\\s+)${YEAR})?(?![\\w-])`, 'g'),
    gate: new RegExp(HOLIDAY_PATTERN),
    words: HOLIDAY_WORDS,
    guard: holidayAsDate,
    build: (m) => ({ kind: 'holiday', name: m[1] ?? '', year: m[3] ? Number(m[3]) : null, week: !!m[2], modifier: null }),
  },
  {
    re: /\b(yesterday|today|tomorrow|tonight|last night)\b/gi,
    build: (m) => ({ kind: 'relative', unit: 'day', offset: DAY_WORDS[(m[1] ?? '').toLowerCase()] ?? 0, range: false }),
  },
  {
    // "this evening", "the day before yesterday": apart from the pattern above and case-sensitive (a case-blind scan for them costs as much again).
    re: /\b([Tt]his (?:morning|afternoon|evening)|[Tt]he day (?:before yesterday|after tomorrow))\b/g,
    build: (m) => ({ kind: 'relative', unit: 'day', offset: DAY_WORDS[(m[1] ?? '').toLowerCase().replace(/^this .*/, 'this')] ?? 0, range: false }),
  },
  {
    // Years before 1900 only after a word that makes them a date ("around 1671", "in 1596", "began around 1295"): bare,
    // they are counts, and so they are before a plural noun ("of 1500 people"). The cue is checked by a guard rather
    // than a lookbehind, which made this the costliest pattern to scan.
    re: /(1[0-8]\d{2})(?![\d%])(?!\s+(?!(?:was|is|has|as|this|his|its|thus)\b)[a-z]+s\b)/g,
    guard: afterYearCue,
    build: (m) => ({ kind: 'year', year: Number(m[1]) }),
  },
  {
    // "9/11": the one date news names by its numbers alone.
    re: /\b9\/11\b/g,
    gate: /9\/11/,
    // "another 9/11" is a kind of attack, not the day.
    guard: (text, index) => !/\b(?:another|an?)\s+$/i.test(text.slice(Math.max(0, index - 8), index)),
    build: () => ({ kind: 'absolute', value: '2001-09-11', granularity: 'day' }),
  },
  {
    re: /\b(?:(?:earlier|later)\s+)?(last|this|next|past)\s+(week|month|year)\b(?!\s+of\b)/gi,
    // "earlier" or "later" and white space before "last week"; most articles have no such phrase.
    anchor: { re: /(?:last|this|next|past)\s+(?:week|month|year)/gi, reach: 7, spaced: true },
    guard: deictic,
    build: (m) => ({ kind: 'relative', unit: (m[2] ?? 'week').toLowerCase() as 'week', offset: { last: -1, past: -1, this: 0, next: 1 }[(m[1] ?? 'this').toLowerCase() as 'last'] ?? 0, range: false }),
  },
  {
    // "over the past year", "in the last year", "the past 12 months": a range back from publication.
    // The span leaves out the preposition, as the annotation guide does ("in [the past year]"; see LEADING_PREPOSITION).
    re: /\b(?:(?:over|in|during|for|within)\s+the\s+(?:past|last)|this\s+past)\s+(year|12 months|twelve months)\b/gi,
    gate: /(?:past|last)\s+(?:year|12 months|twelve months)/i,
    build: () => ({ kind: 'relative', unit: 'year', offset: -1, range: true }),
  },
];

function monthOf(word: string | undefined): number | null {
  if (!word) return null;
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

function dayShape(dayText: string | undefined, monthText: string | undefined, yearText: string | undefined, weekdayText: string | undefined): DateShape | null {
  const month = monthOf(monthText);
  const day = Number(dayText);
  if (!month || !(day >= 1 && day <= 31)) return null;
  const weekday = weekdayText ? WEEKDAYS[weekdayText.toLowerCase()] ?? null : null;
  return { kind: 'day', day, month, year: yearText ? Number(yearText) : null, weekday };
}

const RELATION_WORD = /(since|from|until|till|through|by|before|after|between|in|on|during|as of)\s+(?:the\s+)?(?:early|late|mid\s+)?$/i;

export function proposeDates(text: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const pattern of PATTERNS) {
    if (pattern.words && !pattern.words.some((w) => text.includes(w))) continue;
    if (pattern.gate && !pattern.gate.test(text)) continue;
    for (const m of pattern.anchor ? anchoredMatches(text, pattern) : scannedMatches(text, pattern)) {
      const shape = pattern.build(m);
      if (!shape) continue;
      let start = m.index;
      const end = m.index + m[0].length;
      // "the 9th of May" is annotated without "the"; "the past year" and "the day before yesterday" with it.
      if (/^the\s/i.test(m[0]) && shape.kind !== 'relative') start += 4;
      if (shape.kind === 'relative') start += LEADING_PREPOSITION.exec(m[0])?.[0].length ?? 0;
      if (shape.kind === 'year') start -= withModifier(text, start, YEAR_MODIFIER);
      if (shape.kind === 'relative' && shape.unit === 'day') start -= withModifier(text, start, DAY_MODIFIER);
      if (shape.kind === 'month' && !plausibleMonth(text, m.index, m[0])) continue;
      if (shape.kind === 'day') nameDate(shape, text, end);
      const before = text.slice(Math.max(0, start - 20), start);
      if (shape.kind === 'holiday') shape.modifier = (/\b(this|next|last)\s+$/i.exec(before)?.[1]?.toLowerCase() ?? null) as 'this' | 'next' | 'last' | null;
      const rel = RELATION_WORD.exec(before);
      found.push({ start, end, shape, relationWord: rel?.[1]?.toLowerCase() ?? null });
    }
  }
  found.push(...secondYears(text, found));
  // Longest first; drop candidates overlapping an accepted one.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: DateCandidate[] = [];
  for (const c of found) if (!accepted.some((a) => c.start < a.end && a.start < c.end)) accepted.push(c);
  return yearRangeEnds(text, accepted.sort((a, b) => a.start - b.start));
}

/** "the January 6th attack": a named date (NAMED_DATES) before an event noun takes the year the event happened. */
function nameDate(shape: DateShape & { kind: 'day' }, text: string, end: number): void {
  const year = shape.year === null ? NAMED_DATES[`${shape.month}-${shape.day}`] : undefined;
  if (year === undefined || !NAMED_DATE_NOUNS.test(text.slice(end, end + 40))) return;
  shape.year = year;
  shape.named = true;
}

/** After a year, a dash and another year ("2003-2004", "ca. 1690–1710"): the second year, kept only when the first is a date (see yearRangeEnds). */
function secondYears(text: string, found: readonly DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const c of found) {
    if (c.shape.kind !== 'year') continue;
    const m = SECOND_YEAR.exec(text.slice(c.end, c.end + 8));
    if (!m) continue;
    const start = c.end + m[0].length - 4;
    out.push({ start, end: start + 4, shape: { kind: 'year', year: Number(m[1]) }, relationWord: null });
  }
  return out;
}

/** A year after another and a dash ("1400–1800", "2003-2004") is a date only when the first is: both ends of a range are, or neither. */
function yearRangeEnds(text: string, sorted: DateCandidate[]): DateCandidate[] {
  return sorted.filter((c, i) => {
    if (c.shape.kind !== 'year') return true;
    const dash = /(\d{4})\s?[-–—]\s?$/.exec(text.slice(Math.max(0, c.start - 7), c.start));
    if (!dash) return true;
    const firstStart = c.start - dash[0].length;
    const prev = sorted[i - 1];
    return prev !== undefined && prev.start <= firstStart && prev.end >= firstStart + 4;
  });
}

/** The matches of a pattern's global expression over the text, a failed guard retried from the next character. */
function scannedMatches(text: string, { re, guard }: DatePattern): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (guard && !guard(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Sticky copies of anchored patterns, made once. */
const stickyCopies = new Map<RegExp, RegExp>();

/**
 * The same matches as scannedMatches, tried only at the `reach` characters before each anchor.
 * Every match contains an anchor at most `reach` characters after its start, so a start that no
 * anchor follows that closely cannot match; the starts are tried left to right from where the
 * last match ended, as the global scan does.
 */
function anchoredMatches(text: string, { re, guard, anchor }: DatePattern): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!anchor) return out;
  let sticky = stickyCopies.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    stickyCopies.set(re, sticky);
  }
  let from = 0;
  anchor.re.lastIndex = 0;
  for (let a = anchor.re.exec(text); a; a = anchor.re.exec(text)) {
    if (a.index < from) continue;
    const reach = anchor.reach + (anchor.spaced ? spaceBefore(text, a.index) : 0);
    for (let s = Math.max(from, a.index - reach); s <= a.index; s++) {
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (!m || (guard && !guard(text, m.index))) continue;
      out.push(m);
      from = m.index + m[0].length;
      break;
    }
  }
  return out;
}

/** How many white-space characters come right before `index`. */
function spaceBefore(text: string, index: number): number {
  let j = index;
  while (j > 0 && WHITESPACE.test(text[j - 1] as string)) j--;
  return index - j;
}

/** "May" and "March" are also a modal and a verb: alone, accept them only after a date preposition or with a year. */
function plausibleMonth(text: string, index: number, matched: string): boolean {
  if (/\d{4}$/.test(matched) || /^(early|mid|late)/i.test(matched)) return true;
  const word = matched.replace(/[.,\s]+$/, '');
  if (!/^(May|March|Mar\.?|Jan\.?|Jun\.?|Aug\.?|Dec\.?)$/.test(word)) return true;
  const before = text.slice(Math.max(0, index - 12), index);
  return /\b(in|since|until|till|by|of|from|through|last|next|this|early|late|mid|during|before|after|between|and)\s+$/i.test(before);
}
