/**
 * Chooses the publication date from structured data (JSON-LD, OpenGraph, meta tags,
 * microdata), `<time>`, the URL and the visible date line, recording where it came from.
 *
 * Propose, then refine, one decision per step:
 * 1. the first structured date is the proposal (publishers fill it for search engines);
 * 2. a visible date line by the headline (not labelled "updated") that states an
 *    earlier day wins: CMS migrations and re-saves re-stamp structured dates, and a
 *    page cannot have been published after the day it shows as its date;
 *    (2b: when the structured publication date equals the modification date to the
 *    second, an explicit earlier "Published …" line further down wins as well);
 * 3. a UTC time stamp one day after the day the URL or the date line states is the
 *    same moment seen from the publisher's zone: the stated local day is kept;
 * 4. without structured data: the date line, the first `<time datetime>`, the URL's
 *    date, an explicit "Published …" line further down the page, a date-hinted element, and last the "updated" date line (then the only date
 *    the page shows; a page that shows only "Updated …" is dated by it for readers too).
 */
import type { MetaOrigin } from '../../model/records.ts';
import type { Dateline } from './DatelineReader.ts';
import type { VisibleMeta } from './VisibleMetaReader.ts';

export type DateCandidate = [value: string | undefined, origin: MetaOrigin];

export interface DateChoice {
  value: string;
  origin: MetaOrigin;
}

const dayOf = (v: string) => v.slice(0, 10);

const lineOrigin = (line: Dateline): MetaOrigin => (line.fromTime ? 'time-element' : 'dateline');

/** True when a date-time is stated in UTC (Z or +00:00), so its day may not be the publisher's. */
function isUtcStamp(v: string): boolean {
  return /T\d{2}:\d{2}/.test(v) && /(Z|[+-]00:?00)$/.test(v);
}

/** The day before a YYYY-MM-DD day. */
function previousDay(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  return new Date(t - 86_400_000).toISOString().slice(0, 10);
}

/**
 * `modified` is the structured modification date: a publication date equal to it to the
 * second was re-stamped on the last save (or never set apart), so an explicit "Published …"
 * line further down the page may then correct it too (2b).
 */
export function chooseDate(structured: readonly DateCandidate[], timeElement: string | undefined, urlDay: string | undefined, seen: Readonly<VisibleMeta>, modified?: string): DateChoice | null {
  const proposal = structured.find(([v]) => !!v);
  const line = seen.datelines.published;
  if (proposal) {
    const value = proposal[0]!;
    if (line && line.day < dayOf(value)) return { value: line.day, origin: lineOrigin(line) };
    // 2b. A re-stamped structured date and an explicit, earlier "Published …" line anywhere.
    const labelled = seen.datelines.labelled;
    if (!line && labelled && modified === value && /T\d{2}:\d{2}/.test(value) && labelled.day < dayOf(value)) return { value: labelled.day, origin: lineOrigin(labelled) };
    if (isUtcStamp(value)) {
      const before = previousDay(dayOf(value));
      if (urlDay === before) return { value: urlDay, origin: 'url' };
      if (line?.day === before) return { value: line.day, origin: lineOrigin(line) };
    }
    return { value, origin: proposal[1] };
  }
  const fallbacks: DateCandidate[] = [
    [line?.day, line ? lineOrigin(line) : 'dateline'],
    [timeElement, 'time-element'],
    [urlDay, 'url'],
    [seen.datelines.labelled?.day, seen.datelines.labelled ? lineOrigin(seen.datelines.labelled) : 'dateline'],
    [seen.visibleDate, 'dateline'],
    [seen.datelines.updated?.day, seen.datelines.updated ? lineOrigin(seen.datelines.updated) : 'dateline'],
  ];
  const found = fallbacks.find(([v]) => !!v);
  return found ? { value: found[0]!, origin: found[1] } : null;
}
