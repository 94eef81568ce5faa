/** Quote listings with speaker, story and article filters. */
import { sql, type Kysely } from 'kysely';
import type { Quote } from '../../model/records.ts';
import type { Page, QuoteQuery, QuoteRow } from '../store.ts';
import { pageLimit } from './cursor.ts';
import { keysetPage, type SortColumn } from './keyset.ts';
import { readJson, type ChorusDatabase } from './schema.ts';

/** `%` and `_` are LIKE wildcards; a speaker filter means the literal name. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listQuoteRows(db: Kysely<ChorusDatabase>, query: QuoteQuery): Promise<Page<QuoteRow>> {
  const limit = pageLimit(query.limit);
  const columns: SortColumn[] = [
    { expr: sql`coalesce(articles.published_at, '')`, dir: 'asc' },
    { expr: sql`quotes.article_id`, dir: 'asc' },
    { expr: sql`quotes.idx`, dir: 'asc' },
  ];
  let q = db
    .selectFrom('quotes')
    .innerJoin('articles', 'articles.id', 'quotes.article_id')
    .leftJoin('story_articles', 'story_articles.article_id', 'quotes.article_id')
    .select(['quotes.article_id', 'quotes.idx', 'quotes.data', 'quotes.speaker_key', 'articles.outlet', 'articles.published_at', 'story_articles.story_id']);
  if (query.speaker !== undefined && query.speaker.trim() !== '') {
    const speaker = query.speaker.trim();
    q = q.where(sql<boolean>`(quotes.speaker_key = ${speaker} or lower(coalesce(quotes.speaker, '')) like ${likePattern(speaker)} escape '\\')`);
  }
  if (query.story !== undefined) q = q.where('story_articles.story_id', '=', query.story);
  if (query.article !== undefined) q = q.where('quotes.article_id', '=', query.article);
  const { rows, next } = await keysetPage(q, columns, query.cursor, limit, (last) => [last.published_at ?? '', last.article_id, Number(last.idx)]);
  return {
    items: rows.map((r) => ({
      article: r.article_id,
      index: Number(r.idx),
      outlet: r.outlet,
      publishedAt: r.published_at,
      story: r.story_id,
      quote: readJson<Quote>(r.data),
      speakerKey: r.speaker_key,
    })),
    next,
  };
}
