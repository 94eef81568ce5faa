/** Story and storyline listings, with filters, and their summaries: outlets and articles per day (spark lines). */
import { sql, type Kysely } from 'kysely';
import type { Page, PageQuery, StoryQuery, StorySummary, StorylineSummary } from '../store.ts';
import { pageLimit } from './cursor.ts';
import { keysetPage, type SortColumn } from './keyset.ts';
import { chunks, IN_CHUNK } from './chunks.ts';
import type { ChorusDatabase, StoriesTable } from './schema.ts';

/** Spark lines longer than this are cut to their last days: a year is as much as a row can show. */
export const MAX_SPARK_DAYS = 366;

/** The columns of a story row its summary needs (the `data` column is left unread). */
type StoryHead = Pick<StoriesTable, 'id' | 'title' | 'article_count' | 'first_report' | 'date_from' | 'date_to'>;

export async function summarizeStories(db: Kysely<ChorusDatabase>, stories: readonly StoryHead[]): Promise<StorySummary[]> {
  if (stories.length === 0) return [];
  // Two index lookups rather than one join: without table statistics SQLite may drive a
  // join from `articles` and scan the whole table (seen at 100,000 articles: 0.5 s a page).
  const links = await db.selectFrom('story_articles').select(['story_id', 'article_id']).where('story_id', 'in', stories.map((s) => s.id)).execute();
  const storyOf = new Map(links.map((l) => [l.article_id, l.story_id]));
  const rows: { story_id: string; id: string; outlet: string | null; day: string | null }[] = [];
  for (const part of chunks([...storyOf.keys()], IN_CHUNK)) {
    const found = await db
      .selectFrom('articles')
      .select(['id', 'outlet', sql<string | null>`substr(published_at, 1, 10)`.as('day')])
      .where('id', 'in', part)
      .execute();
    for (const row of found) rows.push({ ...row, story_id: storyOf.get(row.id) ?? '' });
  }
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

export async function listStorySummaries(db: Kysely<ChorusDatabase>, query: StoryQuery): Promise<Page<StorySummary>> {
  const limit = pageLimit(query.limit);
  const recent = sql`coalesce(stories.date_to, '')`;
  const columns: SortColumn[] =
    query.order === 'size'
      ? [{ expr: sql`stories.article_count`, dir: 'desc' }, { expr: recent, dir: 'desc' }, { expr: sql`stories.id`, dir: 'asc' }]
      : [{ expr: recent, dir: 'desc' }, { expr: sql`stories.id`, dir: 'asc' }];
  let q = db.selectFrom('stories').select(['id', 'title', 'article_count', 'first_report', 'date_from', 'date_to']);
  if (query.outlet !== undefined) {
    const outlet = query.outlet;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('story_articles')
          .innerJoin('articles', 'articles.id', 'story_articles.article_id')
          .select('story_articles.article_id')
          .whereRef('story_articles.story_id', '=', 'stories.id')
          .where('articles.outlet', '=', outlet),
      ),
    );
  }
  if (query.entity !== undefined) {
    const entity = query.entity;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('story_articles')
          .innerJoin('article_entities', 'article_entities.article_id', 'story_articles.article_id')
          .select('story_articles.article_id')
          .whereRef('story_articles.story_id', '=', 'stories.id')
          .where('article_entities.key', '=', entity),
      ),
    );
  }
  if (query.from !== undefined) q = q.where(sql<boolean>`coalesce(stories.date_to, '') >= ${query.from}`);
  if (query.to !== undefined) q = q.where(sql<boolean>`substr(coalesce(stories.date_from, ''), 1, ${query.to.length}) <= ${query.to}`);
  const { rows, next } = await keysetPage(q, columns, query.cursor, limit, (last) =>
    query.order === 'size' ? [Number(last.article_count), last.date_to ?? '', last.id] : [last.date_to ?? '', last.id],
  );
  return { items: await summarizeStories(db, rows), next };
}

export async function listStorylineSummaries(db: Kysely<ChorusDatabase>, query: PageQuery): Promise<Page<StorylineSummary>> {
  const limit = pageLimit(query.limit);
  const columns: SortColumn[] = [
    { expr: sql`coalesce(date_to, '')`, dir: 'desc' },
    { expr: sql`id`, dir: 'asc' },
  ];
  const q = db.selectFrom('storylines').select(['id', 'title', 'story_count', 'date_from', 'date_to']);
  const { rows, next } = await keysetPage(q, columns, query.cursor, limit, (last) => [last.date_to ?? '', last.id]);
  return {
    items: rows.map((r) => ({ id: r.id, title: r.title, storyCount: Number(r.story_count), from: r.date_from, to: r.date_to })),
    next,
  };
}
