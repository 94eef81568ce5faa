/** Article listings: newest first, by outlet and date range. */
import { sql, type Kysely } from 'kysely';
import type { ArticleQuery, ArticleSummary, Page } from '../store.ts';
import { pageLimit } from './cursor.ts';
import { keysetPage, type SortColumn } from './keyset.ts';
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
  const { rows, next } = await keysetPage(q, columns, query.cursor, limit, (last) => [last.published_at ?? '', last.id]);
  return { items: rows.map(toArticleSummary), next };
}
