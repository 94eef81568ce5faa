/**
 * Turns date candidates into normalised DateMentions against the reference day:
 * the year of "8 May" or "in February" comes from the tense around it (TenseDetector),
 * "last week" is the Monday of the week before, "On Thursday" the latest Thursday not
 * after publication, "over the past year" the year the range starts in (relation `range`).
 * chrono-node reads the phrases whose meaning is a fixed shift from the reference day
 * ("two weeks ago", "next Sunday", "last Sunday"), once per phrase and weekday (see chronoShift).
 * Within an article a bare weekday or yearless day repeats what an earlier, fuller mention
 * of it said ("this Saturday" … "Saturday's deadline"; "the January 6th attack" … "Jan 6").
 */
import * as chrono from 'chrono-node';
import type { DateGranularity, DateMention } from '../model/records.ts';
import { holidayRule } from './Holidays.ts';
import { addDays, formatValue, mondayOf, utcDate, validDay } from './calendar.ts';
import { PRESENT_PAST_REACH_DAYS } from './constants.ts';
import type { DateCandidate, DateShape } from './DateProposer.ts';
import { directionAt, type Direction } from './TenseDetector.ts';
import type { Token, Tokenised } from './Tokens.ts';

type Unevented = Omit<DateMention, 'event'>;

const RELATIONS: Readonly<Record<string, DateMention['relation']>> = {
  since: 'since', from: 'since', 'as of': 'since', until: 'until', till: 'until', through: 'until', by: 'until', before: 'until', between: 'range',
};

/** What earlier mentions in the article fixed: weekday → its day, "month-day" → its year. */
interface Said {
  weekdays: Map<number, string>;
  years: Map<string, number>;
}

export function normaliseDates(text: string, tk: Tokenised, candidates: readonly DateCandidate[], ref: Date): Unevented[] {
  const out: Unevented[] = [];
  const said: Said = { weekdays: new Map(), years: new Map() };
  let previous: { candidate: DateCandidate; year: number } | null = null;
  for (let i = 0; i < candidates.length; i++) {
    let c = candidates[i] as DateCandidate;
    const apposed = apposedHoliday(text, c, candidates[i + 1]);
    if (apposed) {
      c = apposed;
      i++;
    }
    const [first, last] = tokenRange(tk.tokens, c.start, c.end);
    const sentence = tk.sentenceTokens[tk.tokens[first]?.sentence ?? 0] ?? [first, last];
    // "since November": what runs up to now began in the past, whatever the tense.
    const dir = c.relationWord === 'since' ? () => 'past' as const : () => directionAt(tk.tokens, first, last, sentence);
    const partner = previous && rangePartner(text, previous.candidate, c) ? previous.year : null;
    const v = value(c, ref, dir, partner, said);
    if (!v) continue;
    remember(said, c, v.value);
    previous = { candidate: c, year: Number(v.value.slice(0, 4)) };
    const relation = c.shape.kind === 'relative' && c.shape.range ? 'range' : RELATIONS[c.relationWord ?? ''] ?? 'point';
    out.push({ text: text.slice(c.start, c.end), value: v.value, granularity: v.granularity, certainty: v.certainty, relation, span: [c.start, c.end], stage: 'nlp' });
  }
  return [...out, ...agoPhrases(text, ref, out)].sort((a, b) => a.span[0] - b.span[0]);
}

/** Records what a fuller mention fixed: a weekday named with a modifier or a date, a day with its year. */
function remember(said: Said, c: DateCandidate, value: string): void {
  const s = c.shape;
  if (s.kind === 'weekday' && s.modifier) said.weekdays.set(s.weekday, value);
  if (s.kind === 'day' && s.weekday !== null) said.weekdays.set(s.weekday, value);
  if (s.kind === 'day' && s.year !== null) said.years.set(`${s.month}-${s.day}`, s.year);
}

/**
 * "on Friday, International Women's Day": the holiday in apposition says which Friday. The weekday
 * keeps its own span (the holiday describes it; the gold set marks the weekday alone) and takes
 * the holiday's day in the year that holiday falls on that weekday.
 */
function apposedHoliday(text: string, c: DateCandidate, next: DateCandidate | undefined): DateCandidate | null {
  if (c.shape.kind !== 'weekday' || c.shape.modifier || next?.shape.kind !== 'holiday' || next.shape.year !== null) return null;
  if (!/^,\s*$/.test(text.slice(c.end, next.start))) return null;
  return { start: c.start, end: c.end, shape: { ...next.shape, weekday: c.shape.weekday }, relationWord: c.relationWord };
}

/** "from March 30 to July 1", "Oct. 3–Nov. 17": the second end of a range takes its year from the first. */
function rangePartner(text: string, a: DateCandidate, b: DateCandidate): boolean {
  return /^\s*(?:to|until|till|through|and|[-–—])\s*$/i.test(text.slice(a.end, b.start));
}

type Valued = { value: string; granularity: DateGranularity; certainty: 'stated' | 'implied' };

function value(c: DateCandidate, ref: Date, dir: () => Direction, partnerYear: number | null, said: Said): Valued | null {
  const s = c.shape;
  const refYear = ref.getUTCFullYear();
  switch (s.kind) {
    case 'day': {
      const year = s.year ?? said.years.get(`${s.month}-${s.day}`) ?? partnerYear ?? weekdayYear(ref, (y) => utcDate(y, s.month, s.day), s.weekday, (y) => validDay(y, s.month, s.day)) ?? pickYear(ref, (y) => utcDate(y, s.month, s.day), dir());
      if (!validDay(year, s.month, s.day)) return null;
      return { value: formatValue(utcDate(year, s.month, s.day), 'day'), granularity: 'day', certainty: s.year && !s.named ? 'stated' : 'implied' };
    }
    case 'month': {
      const year = s.year ?? partnerYear ?? modifiedMonthYear(ref, s.month, s.modifier) ?? pickYear(ref, (y) => utcDate(y, s.month, 15), dir(), true);
      return { value: formatValue(utcDate(year, s.month, 1), 'month'), granularity: 'month', certainty: s.year ? 'stated' : 'implied' };
    }
    case 'year':
      return { value: String(s.year), granularity: 'year', certainty: 'stated' };
    case 'weekday': {
      const known = s.modifier ? undefined : said.weekdays.get(s.weekday);
      if (known) return { value: known, granularity: 'day', certainty: 'implied' };
      return { value: formatValue(addDays(ref, weekdayDelta(ref.getUTCDay(), s.weekday, s.modifier, dir)), 'day'), granularity: 'day', certainty: 'implied' };
    }
    case 'relative':
      return relativeValue(ref, s, dir);
    case 'absolute':
      return { value: s.value, granularity: s.granularity, certainty: 'implied' };
    case 'holiday':
      return holidayValue(ref, s, dir, partnerYear);
  }
}

function relativeValue(ref: Date, s: DateShape & { kind: 'relative' }, dir: () => Direction): Valued {
  const refYear = ref.getUTCFullYear();
  if (s.unit === 'day') return { value: formatValue(addDays(ref, s.offset), 'day'), granularity: 'day', certainty: 'implied' };
  if (s.unit === 'week') {
    // A weekend paper's "this week" told of as to come is the week ahead: little of its own is left.
    const ahead = s.offset === 0 && !s.range && WEEKEND.has(ref.getUTCDay()) && dir() === 'future';
    return { value: formatValue(addDays(mondayOf(ref), 7 * (ahead ? 1 : s.offset)), 'day'), granularity: 'week', certainty: 'implied' };
  }
  if (s.unit === 'month') return { value: formatValue(utcDate(refYear, ref.getUTCMonth() + 1 + s.offset, 1), 'month'), granularity: 'month', certainty: 'implied' };
  return { value: String(refYear + s.offset), granularity: 'year', certainty: 'implied' };
}

/** Weekday names by JavaScript day number, for chrono-node. */
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Saturday and Sunday (JavaScript day numbers). */
const WEEKEND: ReadonlySet<number> = new Set([0, 6]);

/**
 * Days from the reference day to a weekday. "next Sunday" (the Sunday of next week) and "last
 * Sunday" are chrono-node's readings. "this Saturday" is that day of the publication's own week
 * (Monday to Sunday), or, when that day has passed and the text does not point back, chrono's
 * coming one. A bare weekday is the latest one not after publication unless the text points forward
 * ("scheduled to visit on Thursday" in a Thursday paper is that day).
 */
function weekdayDelta(refDow: number, weekday: number, modifier: 'last' | 'next' | 'this' | null, dir: () => Direction): number {
  if (modifier === 'next' || modifier === 'last') return chronoWeekday(modifier, weekday, refDow);
  if (modifier === 'this') {
    const sameWeek = ((weekday + 6) % 7) - ((refDow + 6) % 7);
    return sameWeek >= 0 || dir() === 'past' ? sameWeek : chronoWeekday('this', weekday, refDow);
  }
  return dir() === 'future' ? (weekday - refDow + 7) % 7 : -((refDow - weekday + 7) % 7);
}

/** "last January" is January of last year, "this January" this year's, "next January" next year's. */
function modifiedMonthYear(ref: Date, month: number, modifier: 'last' | 'next' | 'this' | null): number | null {
  const y = ref.getUTCFullYear();
  if (modifier === 'last') return y - 1;
  if (modifier === 'next') return month > ref.getUTCMonth() + 1 ? y : y + 1;
  return modifier === 'this' ? y : null;
}

function holidayValue(ref: Date, s: DateShape & { kind: 'holiday' }, dir: () => Direction, partnerYear: number | null): Valued | null {
  const rule = holidayRule(s.name);
  if (!rule) return null;
  // "this Easter", "next Christmas": the coming one; "last Easter": the latest past one.
  const towards = s.modifier === 'last' ? 'past' : s.modifier ? 'future' : dir();
  const day = rule(s.year ?? partnerYear ?? weekdayYear(ref, rule, s.weekday ?? null) ?? pickYear(ref, rule, towards));
  // "the Easter weekend": the week the holiday falls in.
  if (s.week) return { value: formatValue(mondayOf(day), 'day'), granularity: 'week', certainty: s.year ? 'stated' : 'implied' };
  return { value: formatValue(day, 'day'), granularity: 'day', certainty: s.year ? 'stated' : 'implied' };
}

/** "Monday, March 4", "Friday, International Women's Day": the year, next to publication, in which that day is that weekday. */
function weekdayYear(ref: Date, at: (year: number) => Date, weekday: number | null, valid: (year: number) => boolean = () => true): number | null {
  if (weekday === null) return null;
  const y = ref.getUTCFullYear();
  const fits = [y, y - 1, y + 1].filter((c) => valid(c) && at(c).getUTCDay() === weekday);
  return fits[0] ?? null;
}

/**
 * The year of a yearless day or month. Past: the latest one not after publication (a
 * month may be the current one). Future: the first one not before. Nearest: whichever is
 * closer, as chrono-node does.
 */
function pickYear(ref: Date, at: (year: number) => Date, dir: Direction, month = false): number {
  const y = ref.getUTCFullYear();
  const t = ref.getTime();
  const slack = month ? 20 * 86_400_000 : 0;
  const past = at(y).getTime() <= t + slack ? y : y - 1;
  const future = at(y).getTime() >= t - slack ? y : y + 1;
  if (dir === 'past') return past;
  if (dir === 'future') return future;
  // Present tense: a day or month just gone is still spoken of so; an older one is the coming one.
  if (dir === 'present') return t - at(past).getTime() <= PRESENT_PAST_REACH_DAYS * 86_400_000 ? past : future;
  return Math.abs(at(past).getTime() - t) <= Math.abs(at(future).getTime() - t) ? past : future;
}

function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < end) last++;
  return [lo, last];
}

/** A fixed noon reference for chrono-node (a Sunday): what it reads is kept as a shift in months and days. */
const CHRONO_REF = Date.UTC(2001, 5, 10, 12);
type Shift = { months: number; days: number } | null;
const shiftCache = new Map<string, Shift>();

/**
 * chrono-node's reading of a phrase, as a shift from a reference day of the given weekday. chrono
 * runs once per distinct phrase and weekday against a fixed reference; the shift it finds (calendar
 * months, or days) is then applied to each article's day, so repeated phrases cost nothing.
 */
function chronoShift(phrase: string, refDow: number): Shift {
  const key = `${refDow} ${phrase.toLowerCase()}`;
  let shift = shiftCache.get(key);
  if (shift !== undefined) return shift;
  const base = new Date(CHRONO_REF + refDow * 86_400_000);
  const d = chrono.en.parse(phrase, { instant: base, timezone: 0 }, { forwardDate: false })[0]?.start.date();
  shift = d
    ? /month|year/i.test(phrase)
      ? { months: (d.getUTCFullYear() - base.getUTCFullYear()) * 12 + d.getUTCMonth() - base.getUTCMonth(), days: 0 }
      : { months: 0, days: Math.round((d.getTime() - base.getTime()) / 86_400_000) }
    : null;
  if (shiftCache.size > 10_000) shiftCache.clear();
  shiftCache.set(key, shift);
  return shift;
}

/** chrono-node's "next Sunday" (Sunday of next week), "this Sunday", "last Sunday", in days from the reference day. */
function chronoWeekday(modifier: 'last' | 'next' | 'this', weekday: number, refDow: number): number {
  return chronoShift(`${modifier} ${WEEKDAY_NAMES[weekday]}`, refDow)?.days ?? 0;
}

function shifted(ref: Date, shift: NonNullable<Shift>): Date {
  return shift.months ? utcDate(ref.getUTCFullYear(), ref.getUTCMonth() + 1 + shift.months, ref.getUTCDate()) : addDays(ref, shift.days);
}

/** Phrases chrono-node reads: "two weeks ago" (group 1: the unit). */
const AGO = /\b(?:(?:nearly|almost|about|around|roughly|some|over|more than)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+(day|week|month|year)s?\s+ago\b/gi;

/** "two weeks ago": chrono-node computes the day; the unit sets the granularity. */
function agoPhrases(text: string, ref: Date, taken: readonly Unevented[]): Unevented[] {
  const out: Unevented[] = [];
  if (!/ ago\b/i.test(text)) return out;
  AGO.lastIndex = 0;
  for (let m = AGO.exec(text); m; m = AGO.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((d) => d.span[0] < end && start < d.span[1])) continue;
    const shift = chronoShift(m[0], ref.getUTCDay());
    if (!shift) continue;
    const date = shifted(ref, shift);
    const unit = (m[1] ?? 'day').toLowerCase() as DateGranularity;
    const day = utcDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    const v = unit === 'week' ? formatValue(mondayOf(day), 'day') : formatValue(day, unit);
    out.push({ text: m[0], value: v, granularity: unit, certainty: 'implied', relation: 'point', span: [start, end], stage: 'nlp' });
  }
  return out;
}
