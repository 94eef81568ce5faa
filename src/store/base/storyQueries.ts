/** Story summaries for listings: outlets and articles per day (spark lines). */
import { sql, type Kysely } from 'kysely';
import type { StorySummary } from '../store.ts';
import type { ChorusDatabase } from './schema.ts';

/** Spark lines longer than this are cut to their last days: a year is as much as a row can show. */
export const MAX_SPARK_DAYS = 366;

interface StoryHead {
  id: string;
  title: string;
  article_count: number;
  first_report: string;
  date_from: string | null;
  date_to: string | null;
}

export async function summarizeStories(db: Kysely<ChorusDatabase>, stories: readonly StoryHead[]): Promise<StorySummary[]> {
  if (stories.length === 0) return [];
  const rows = await db
    .selectFrom('story_articles')
    .innerJoin('articles', 'articles.id', 'story_articles.article_id')
    .select(['story_articles.story_id', 'articles.id', 'articles.outlet', sql<string | null>`substr(articles.published_at, 1, 10)`.as('day')])
    .where('story_articles.story_id', 'in', stories.map((s) => s.id))
    .execute();
  const outlets = new Map<string, Map<string | null, number>>();
  const days = new Map<string, Map<string, number>>();
  const outletOf = new Map<string, string | null>();
  for (const row of rows) {
    outletOf.set(row.id, row.outlet);
    const o = outlets.get(row.story_id) ?? new Map<string | null, number>();
    o.set(row.outlet, (o.get(row.outlet) ?? 0) + 1);
    outlets.set(row.story_id, o);
    if (row.day !== null && /^\d{4}-\d{2}-\d{2}$/.test(row.day)) {
      const d = days.get(row.story_id) ?? new Map<string, number>();
      d.set(row.day, (d.get(row.day) ?? 0) + 1);
      days.set(row.story_id, d);
    }
  }
  return stories.map((s) => ({
    id: s.id,
    title: s.title,
    articleCount: Number(s.article_count),
    outlets: [...(outlets.get(s.id) ?? new Map<string | null, number>())]
      .map(([outlet, count]) => ({ outlet, count }))
      .sort((a, b) => b.count - a.count || String(a.outlet).localeCompare(String(b.outlet))),
    firstReport: s.first_report,
    firstReportOutlet: outletOf.get(s.first_report) ?? null,
    from: s.date_from,
    to: s.date_to,
    perDay: fillDays(days.get(s.id) ?? new Map()),
  }));
}

/** Every day from the first to the last dated article, zeros included, so spark lines show gaps. */
export function fillDays(counts: ReadonlyMap<string, number>): { date: string; count: number }[] {
  const dates = [...counts.keys()].sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: { date: string; count: number }[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  let t = Math.max(Date.parse(`${first}T00:00:00Z`), end - (MAX_SPARK_DAYS - 1) * 86_400_000);
  for (; t <= end; t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    out.push({ date, count: counts.get(date) ?? 0 });
  }
  return out;
}
