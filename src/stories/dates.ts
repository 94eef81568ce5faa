const DAY_MS = 86_400_000;

/** Days since the epoch (fractional) of an ISO date or date-time, or null when absent or unreadable. */
export function dayOf(publishedAt: string | null | undefined): number | null {
  if (!publishedAt) return null;
  const ms = Date.parse(publishedAt);
  return Number.isFinite(ms) ? ms / DAY_MS : null;
}

/** Days between a date and a span (0 inside it); 0 when either side is undated (content alone decides). */
export function gapDays(day: number | null, from: number | null, to: number | null): number {
  if (day === null || from === null || to === null) return 0;
  if (day < from) return from - day;
  if (day > to) return day - to;
  return 0;
}
