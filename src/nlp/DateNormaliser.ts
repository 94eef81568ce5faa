/**
 * Turns date candidates into normalised DateMentions against the reference day:
 * the year of "8 May" or "in February" comes from the tense around it (TenseDetector),
 * "last week" is the Monday of the week before, "On Thursday" the latest Thursday not
 * after publication, "over the past year" the year the range starts in (relation `range`).
 * Phrases ending in "ago" are parsed by chrono-node and given the granularity of their unit.
 */
import * as chrono from 'chrono-node';
import type { DateGranularity, DateMention } from '../model/records.ts';
import { holidayRule } from './Holidays.ts';
import { addDays, formatValue, mondayOf, utcDate, validDay } from './calendar.ts';
import type { DateCandidate } from './DateProposer.ts';
import { directionAt, type Direction } from './TenseDetector.ts';
import type { Token, Tokenised } from './Tokens.ts';

type Unevented = Omit<DateMention, 'event'>;

const RELATIONS: Readonly<Record<string, DateMention['relation']>> = {
  since: 'since', from: 'since', 'as of': 'since', until: 'until', till: 'until', through: 'until', by: 'until', before: 'until', between: 'range',
};

export function normaliseDates(text: string, tk: Tokenised, candidates: readonly DateCandidate[], ref: Date): Unevented[] {
  const out: Unevented[] = [];
  let previous: { candidate: DateCandidate; year: number } | null = null;
  for (const c of candidates) {
    const [first, last] = tokenRange(tk.tokens, c.start, c.end);
    const sentence = tk.sentenceTokens[tk.tokens[first]?.sentence ?? 0] ?? [first, last];
    const dir = () => directionAt(tk.tokens, first, last, sentence);
    const partner = previous && rangePartner(text, previous.candidate, c) ? previous.year : null;
    const v = value(c, ref, dir, partner);
    if (!v) continue;
    previous = { candidate: c, year: Number(v.value.slice(0, 4)) };
    const relation = c.shape.kind === 'relative' && c.shape.range ? 'range' : RELATIONS[c.relationWord ?? ''] ?? 'point';
    out.push({ text: text.slice(c.start, c.end), value: v.value, granularity: v.granularity, certainty: v.certainty, relation, span: [c.start, c.end], stage: 'nlp' });
  }
  return [...out, ...agoPhrases(text, ref, out)].sort((a, b) => a.span[0] - b.span[0]);
}

/** "from March 30 to July 1", "Oct. 3–Nov. 17": the second end of a range takes its year from the first. */
function rangePartner(text: string, a: DateCandidate, b: DateCandidate): boolean {
  return /^\s*(?:to|until|till|through|and|[-–—])\s*$/i.test(text.slice(a.end, b.start));
}

function value(c: DateCandidate, ref: Date, dir: () => Direction, partnerYear: number | null): { value: string; granularity: DateGranularity; certainty: 'stated' | 'implied' } | null {
  const s = c.shape;
  const refYear = ref.getUTCFullYear();
  switch (s.kind) {
    case 'day': {
      const year = s.year ?? partnerYear ?? weekdayYear(ref, s.month, s.day, s.weekday) ?? pickYear(ref, (y) => utcDate(y, s.month, s.day), dir());
      if (!validDay(year, s.month, s.day)) return null;
      return { value: formatValue(utcDate(year, s.month, s.day), 'day'), granularity: 'day', certainty: s.year ? 'stated' : 'implied' };
    }
    case 'month': {
      const year = s.year ?? partnerYear ?? pickYear(ref, (y) => utcDate(y, s.month, 15), dir(), true);
      return { value: formatValue(utcDate(year, s.month, 1), 'month'), granularity: 'month', certainty: s.year ? 'stated' : 'implied' };
    }
    case 'year':
      return { value: String(s.year), granularity: 'year', certainty: 'stated' };
    case 'weekday': {
      const refDow = ref.getUTCDay();
      let delta = -((refDow - s.weekday + 7) % 7);
      const d = dir();
      // "scheduled to visit on Thursday" in a Thursday paper is that day; "next Thursday" never is.
      if (s.modifier === 'next') delta = (s.weekday - refDow + 7) % 7 || 7;
      // "this Saturday": that day of the publication's own week (Monday to Sunday).
      else if (s.modifier === 'this') delta = ((s.weekday + 6) % 7) - ((refDow + 6) % 7);
      else if (s.modifier !== 'last' && d === 'future') delta = (s.weekday - refDow + 7) % 7;
      else if (s.modifier === 'last' && delta === 0) delta = -7;
      return { value: formatValue(addDays(ref, delta), 'day'), granularity: 'day', certainty: 'implied' };
    }
    case 'relative': {
      if (s.unit === 'day') return { value: formatValue(addDays(ref, s.offset), 'day'), granularity: 'day', certainty: 'implied' };
      if (s.unit === 'week') return { value: formatValue(addDays(mondayOf(ref), 7 * s.offset), 'day'), granularity: 'week', certainty: 'implied' };
      if (s.unit === 'month') return { value: formatValue(utcDate(refYear, ref.getUTCMonth() + 1 + s.offset, 1), 'month'), granularity: 'month', certainty: 'implied' };
      return { value: String(refYear + s.offset), granularity: 'year', certainty: 'implied' };
    }
    case 'absolute':
      return { value: s.value, granularity: s.granularity, certainty: 'implied' };
    case 'holiday': {
      const rule = holidayRule(s.name);
      if (!rule) return null;
      // "this Easter", "next Christmas": the coming one; "last Easter": the latest past one.
      const towards = s.modifier === 'last' ? 'past' : s.modifier ? 'future' : dir();
      const day = rule(s.year ?? partnerYear ?? pickYear(ref, rule, towards));
      // "the Easter weekend": the week the holiday falls in.
      if (s.week) return { value: formatValue(mondayOf(day), 'day'), granularity: 'week', certainty: s.year ? 'stated' : 'implied' };
      return { value: formatValue(day, 'day'), granularity: 'day', certainty: s.year ? 'stated' : 'implied' };
    }
  }
}

/** "Monday, March 4": the year, next to publication, in which that day is that weekday. */
function weekdayYear(ref: Date, month: number, day: number, weekday: number | null): number | null {
  if (weekday === null) return null;
  const y = ref.getUTCFullYear();
  const fits = [y, y - 1, y + 1].filter((c) => validDay(c, month, day) && utcDate(c, month, day).getUTCDay() === weekday);
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

/** A fixed noon reference for chrono-node: what it reads is kept as a shift in months and days. */
const CHRONO_REF = Date.UTC(2001, 5, 15, 12);
const agoCache = new Map<string, { months: number; days: number } | null>();

/**
 * chrono-node's reading of an "ago" phrase, applied to the reference day. chrono runs once per
 * distinct phrase against a fixed reference; the shift it finds (calendar months, or days) is
 * then applied to each article's day, so repeated phrases cost nothing.
 */
function agoDate(phrase: string, ref: Date): Date | null {
  const key = phrase.toLowerCase();
  let shift = agoCache.get(key);
  if (shift === undefined) {
    const parsed = chrono.en.parse(phrase, { instant: new Date(CHRONO_REF), timezone: 0 }, { forwardDate: false })[0];
    const d = parsed?.start.date();
    const base = new Date(CHRONO_REF);
    shift = d
      ? /month|year/i.test(phrase)
        ? { months: (d.getUTCFullYear() - base.getUTCFullYear()) * 12 + d.getUTCMonth() - base.getUTCMonth(), days: 0 }
        : { months: 0, days: Math.round((d.getTime() - CHRONO_REF) / 86_400_000) }
      : null;
    if (agoCache.size > 10_000) agoCache.clear();
    agoCache.set(key, shift);
  }
  if (!shift) return null;
  return shift.months ? utcDate(ref.getUTCFullYear(), ref.getUTCMonth() + 1 + shift.months, ref.getUTCDate()) : addDays(ref, shift.days);
}

const AGO = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+(day|week|month|year)s?\s+ago\b/gi;

/** "two weeks ago": chrono-node computes the day; the unit sets the granularity. */
function agoPhrases(text: string, ref: Date, taken: readonly Unevented[]): Unevented[] {
  const out: Unevented[] = [];
  if (!/ ago\b/i.test(text)) return out;
  AGO.lastIndex = 0;
  for (let m = AGO.exec(text); m; m = AGO.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((d) => d.span[0] < end && start < d.span[1])) continue;
    const date = agoDate(m[0], ref);
    if (!date) continue;
    const unit = (m[1] ?? 'day').toLowerCase() as DateGranularity;
    const day = utcDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    const v = unit === 'week' ? formatValue(mondayOf(day), 'day') : formatValue(day, unit);
    out.push({ text: m[0], value: v, granularity: unit, certainty: 'implied', relation: 'point', span: [start, end], stage: 'nlp' });
  }
  return out;
}
