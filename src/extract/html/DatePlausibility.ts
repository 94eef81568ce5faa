/**
 * Placeholder and impossible dates. A CMS whose date field is null often prints the zero of its
 * clock instead (`0001-01-01T00:00:00Z`, `1970-01-01`, `1900-01-01`) or a far-future default
 * (`9999-12-31`); taken at face value such a value becomes the article's publication date and
 * puts it first in every "who was first" comparison. Each date source is screened before the
 * date is chosen, so the next source (URL, visible date line, `<time>`) is used instead, and
 * every rejected value is reported with its reason.
 */
import type { MetaOrigin, Problem } from '../../model/records.ts';
import { problem } from '../../model/stage.ts';
import type { Dateline } from './DatelineReader.ts';
import type { VisibleMeta } from './VisibleMetaReader.ts';
import { EARLIEST_PUBLICATION_YEAR, FUTURE_SLACK_DAYS, PLACEHOLDER_DAYS } from './constants.ts';

const DAY_MS = 86_400_000;

/**
 * Why a date (`YYYY-MM-DD…`) cannot be a publication date, or null when it can. `reference` is the
 * crawl time or the run's `now` (ISO); without it the future is not checked.
 */
export function implausibleDate(value: string, reference?: string): string | null {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < EARLIEST_PUBLICATION_YEAR) return `a placeholder (year ${year}, before ${EARLIEST_PUBLICATION_YEAR})`;
  const start = Date.UTC(year, month - 1, day);
  const check = new Date(start);
  if (month < 1 || month > 12 || day < 1 || check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return 'not a calendar day';
  const isoDay = value.trim().slice(0, 10);
  if (PLACEHOLDER_DAYS.has(isoDay)) return `a placeholder (${isoDay} is the zero day of a computer clock)`;
  const ref = reference ? Date.parse(reference) : Number.NaN;
  if (!Number.isNaN(ref) && start > ref + FUTURE_SLACK_DAYS * DAY_MS) return `in the future (after ${reference!.slice(0, 10)}, when the page was read)`;
  return null;
}

export interface RejectedDate {
  field: 'publishedAt' | 'modifiedAt';
  value: string;
  origin: MetaOrigin;
  reason: string;
}

/**
 * Screens one page's date candidates against one reference time and remembers what it
 * rejected (one collector per page; never shared).
 */
export class DateScreen {
  readonly rejected: RejectedDate[] = [];

  constructor(private readonly reference?: string) {}

  /** The value when it may be a date of the article, else undefined (and the rejection is kept). */
  keep(value: string | undefined, origin: MetaOrigin, field: RejectedDate['field'] = 'publishedAt'): string | undefined {
    if (!value) return undefined;
    const reason = implausibleDate(value, this.reference);
    if (reason === null) return value;
    if (!this.rejected.some((r) => r.field === field && r.value === value && r.origin === origin)) this.rejected.push({ field, value, origin, reason });
    return undefined;
  }

  /** One problem value per rejected date (its sources listed together), saying where the field came from instead. */
  problems(chosen: Partial<Record<RejectedDate['field'], MetaOrigin>>): Problem[] {
    const groups = new Map<string, RejectedDate[]>();
    for (const r of this.rejected) {
      const key = `${r.field}\u0000${r.value}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return [...groups.values()].map((group) => {
      const { field, value, reason } = group[0]!;
      const instead = chosen[field] ? `${field} came from ${chosen[field]} instead` : `no other source gave ${field}`;
      return problem('extract', 'info', 'extract/implausible-date', `Ignored ${field} "${value}" from ${group.map((r) => r.origin).join(', ')}: ${reason}; ${instead}.`);
    });
  }
}

/** The page's visible dates with placeholders removed (a copy; `seen` is not changed). */
export function screenVisibleDates(seen: Readonly<VisibleMeta>, screen: DateScreen): VisibleMeta {
  const line = (d: Dateline | undefined): Dateline | undefined => (d && screen.keep(d.day, d.fromTime ? 'time-element' : 'dateline') ? d : undefined);
  const { published, updated, labelled } = seen.datelines;
  const datelines: VisibleMeta['datelines'] = {};
  const [p, u, l] = [line(published), line(updated), line(labelled)];
  if (p) datelines.published = p;
  if (u) datelines.updated = u;
  if (l) datelines.labelled = l;
  const copy: VisibleMeta = { ...seen, datelines };
  const visibleDate = screen.keep(seen.visibleDate, 'dateline');
  if (visibleDate) copy.visibleDate = visibleDate;
  else delete copy.visibleDate;
  return copy;
}
