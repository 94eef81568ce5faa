/**
 * Publication times as comparable numbers. `publishedAt` is an ISO date or date-time; a bare
 * date says nothing about the hour, so ordering is by day first and only within a day by the
 * time, and a bare date ties with every time of its day (the tie rules then decide).
 */

const DAY_MS = 86_400_000;

export interface PublicationTime {
  /** Days since the epoch (UTC), or null when unknown or unparsable. */
  day: number | null;
  /** Milliseconds since the epoch when a time of day is given, else null. */
  ms: number | null;
}

export function publicationTime(publishedAt: string | null): PublicationTime {
  if (!publishedAt) return { day: null, ms: null };
  const dayMs = Date.parse(publishedAt.slice(0, 10));
  if (Number.isNaN(dayMs)) return { day: null, ms: null };
  const hasTime = publishedAt.length > 10;
  const ms = hasTime ? Date.parse(publishedAt) : Number.NaN;
  const day = Number.isNaN(ms) ? Math.floor(dayMs / DAY_MS) : Math.floor(ms / DAY_MS);
  return { day, ms: Number.isNaN(ms) ? null : ms };
}

/** Negative when `a` is earlier; unknown times sort last; 0 for a tie (same day with no comparable times). */
export function compareTimes(a: PublicationTime, b: PublicationTime): number {
  if (a.day === null || b.day === null) return a.day === null ? (b.day === null ? 0 : 1) : -1;
  if (a.day !== b.day) return a.day - b.day;
  if (a.ms !== null && b.ms !== null) return a.ms - b.ms;
  return 0;
}

/** Whole days between two times, or null when either is unknown. */
export function daysApart(a: PublicationTime, b: PublicationTime): number | null {
  return a.day === null || b.day === null ? null : Math.abs(a.day - b.day);
}
