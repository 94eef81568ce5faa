/** Calendar arithmetic on UTC dates (no time zones: news dates are calendar days). */
import type { DateGranularity } from '../model/records.ts';

export function utcDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function mondayOf(date: Date): Date {
  const dow = date.getUTCDay();
  return addDays(date, -((dow + 6) % 7));
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatValue(date: Date, granularity: DateGranularity): string {
  const y = String(date.getUTCFullYear());
  if (granularity === 'year') return y;
  if (granularity === 'month') return `${y}-${pad(date.getUTCMonth() + 1)}`;
  return `${y}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The reference day: publication date, else the context's now. Null when neither parses. */
export function referenceDate(publishedAt: string | null, now: string): Date | null {
  for (const s of [publishedAt, now]) {
    if (!s) continue;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    if (m) return utcDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

export function validDay(y: number, m: number, d: number): boolean {
  const date = utcDate(y, m, d);
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
