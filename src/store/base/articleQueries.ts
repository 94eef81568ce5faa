/** Article listings: newest first, by outlet and date range. */
import { sql, type Kysely } from 'kysely';
import type { ArticleQuery, ArticleSummary, Page } from '../store.ts';
import { decodeCursor, encodeCursor, pageLimit } from './cursor.ts';
import { afterKey, orderBy, type SortColumn } from './keyset.ts';
import { toArticleSummary } from './mapping.ts';
import type { ChorusDatabase } from './schema.ts';

export async function listArticleSummaries(db: Kysely<ChorusDatabase>, query: ArticleQuery): Promise<Page<ArticleSummary>> {
  const limit = pageLimit(query.limit);
  const columns: SortColumn[] = [
    { expr: sql`coalesce(articles.published_at, '')`, dir: 'desc' },
    { expr: sql`articles.id`, dir: 'asc' },
  ];
  let q = db
    .selectFrom('articles')
    .leftJoin('story_articles', 'story_articles.article_id', 'articles.id')
    .select(['articles.id', 'articles.source', 'articles.url', 'articles.outlet', 'articles.title', 'articles.published_at', 'articles.language', 'story_articles.story_id']);
  if (query.outlet !== undefined) q = q.where('articles.outlet', '=', query.outlet);
  if (query.from !== undefined) q = q.where(sql<boolean>`coalesce(articles.published_at, '') >= ${query.from}`);
  if (query.to !== undefined) q = q.where(sql<boolean>`substr(coalesce(articles.published_at, ''), 1, ${query.to.length}) <= ${query.to}`);
  const key = decodeCursor(query.cursor, 2);
  if (key !== null) q = q.where(afterKey(columns, key));
  const rows = await q.orderBy(orderBy(columns)).limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toArticleSummary),
    next: rows.length > limit && last !== undefined ? encodeCursor([last.published_at ?? '', last.id]) : null,
  };
}
