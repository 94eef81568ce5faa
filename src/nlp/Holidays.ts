/**
 * Named days of the calendar ("Easter", "Good Friday", "Memorial Day", "Christmas Eve"):
 * their date in a given year. Fixed days by month and day; movable ones by rule (Easter by the
 * anonymous Gregorian computus, US federal holidays by their weekday rule). A "weekend" of a
 * holiday is the week it falls in.
 */
import { addDays, utcDate } from './calendar.ts';

/** Day of a holiday in year y. */
type HolidayRule = (y: number) => Date;

/** Easter Sunday in the Gregorian calendar (Meeus/Jones/Butcher algorithm). */
export function easterSunday(y: number): Date {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDate(y, month, day);
}

/** The n-th (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
function nthWeekday(y: number, month: number, weekday: number, n: number): Date {
  if (n < 0) {
    const last = utcDate(y, month + 1, 0);
    return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
  }
  const first = utcDate(y, month, 1);
  return addDays(first, ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
}

const fixed = (month: number, day: number): HolidayRule => (y) => utcDate(y, month, day);

/** Holiday names (lower case, apostrophes straightened) → rule. The common holidays of English-language news. */
export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  easter: easterSunday,
  'easter sunday': easterSunday,
  'easter monday': (y) => addDays(easterSunday(y), 1),
  'good friday': (y) => addDays(easterSunday(y), -2),
  'christmas': fixed(12, 25),
  'christmas day': fixed(12, 25),
  'christmas eve': fixed(12, 24),
  'boxing day': fixed(12, 26),
  "new year's day": fixed(1, 1),
  "new year's eve": fixed(12, 31),
  "valentine's day": fixed(2, 14),
  halloween: fixed(10, 31),
  'independence day': fixed(7, 4),
  "international women's day": fixed(3, 8),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'martin luther king jr. day': (y) => nthWeekday(y, 1, 1, 3),
};

/** The pattern source matching any holiday name, longest first, with "weekend" forms. */
export const HOLIDAY_PATTERN = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
    // Written capitalised in news copy ("Easter", "Good Friday"); lower case they are ordinary words.
  .map((k) => k.replace(/(^|\s)(\w)/g, (_, sp: string, c: string) => sp + c.toUpperCase()).replace(/'/g, "['’]").replace(/\./g, '\\.').replace(/ /g, '\\s+'))
  .join('|');

/**
 * Words one of which every holiday name of HOLIDAYS contains, as news copy writes it ("Day" for
 * "Memorial Day", "Year" for "New Year's Eve", "Good" for "Good Friday"): an article with none
 * of them names no holiday, which a plain substring search tells far faster than HOLIDAY_PATTERN.
 * (Holidays.test.ts checks that every holiday has one.)
 */
export const HOLIDAY_WORDS: readonly string[] = ['Easter', 'Good', 'Christmas', 'Day', 'Year', 'Halloween', 'Thanksgiving'];

export function holidayRule(name: string): HolidayRule | null {
  return HOLIDAYS[name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ')] ?? null;
}
