/** Row ↔ record mapping shared by every backend. */
import type { AnalyzedArticle, Story, Storyline } from '../../model/records.ts';
import type { ArticleSummary } from '../store.ts';
import type { SearchDoc } from './dialect.ts';
import { resolutionGroup } from '../../nlp/CorpusEntityResolver.ts';
import type { Insertable } from 'kysely';
import { writeJson, type ArticleEntitiesTable, type ArticlesTable, type QuotesTable } from './schema.ts';

export interface ArticleRows {
  article: Insertable<ArticlesTable>;
  entities: Insertable<ArticleEntitiesTable>[];
  quotes: Insertable<QuotesTable>[];
  search: SearchDoc[];
}

export function articleToRows(article: AnalyzedArticle, addedAt: string): ArticleRows {
  const keyByLocal = new Map(article.entities.map((e) => [e.id, e.key]));
  return {
    article: {
      id: article.id,
      source: article.source,
      url: article.url,
      outlet: article.outlet,
      title: article.title,
      author: article.author,
      published_at: article.publishedAt,
      language: article.language,
      added_at: addedAt,
      data: writeJson(article),
    },
    entities: article.entities.map((e, ordinal) => ({
      article_id: article.id,
      local_id: e.id,
      key: e.key,
      name: e.name,
      type: e.type,
      mention_count: e.mentions.length,
      data: writeJson(e),
      resolution_group: resolutionGroup(e),
      ordinal,
    })),
    quotes: article.quotes.map((q, idx) => ({
      article_id: article.id,
      idx,
      kind: q.kind,
      speaker: q.speaker,
      speaker_key: q.speakerEntity === null ? null : (keyByLocal.get(q.speakerEntity) ?? null),
      text: q.text,
      data: writeJson(q),
    })),
    search: searchDocsOf(article),
  };
}

/** The article's search documents: title and body, then each quote under its speaker. */
export function searchDocsOf(article: AnalyzedArticle): SearchDoc[] {
  return [
    { quoteIndex: null, title: article.title ?? '', body: article.text },
    ...article.quotes.map((q, idx) => ({ quoteIndex: idx, title: q.speaker ?? '', body: q.text })),
  ];
}

export interface ArticleSummaryRow {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published_at: string | null;
  language: string | null;
  story_id: string | null;
}

export function toArticleSummary(row: ArticleSummaryRow): ArticleSummary {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    publishedAt: row.published_at,
    language: row.language,
    story: row.story_id,
  };
}

export function storyRow(story: Story, storylineId: string | null): {
  id: string; title: string; article_count: number; first_report: string; date_from: string | null; date_to: string | null; storyline_id: string | null; data: string;
} {
  return {
    id: story.id,
    title: story.title,
    article_count: story.articles.length,
    first_report: story.firstReport,
    date_from: story.span.from,
    date_to: story.span.to,
    storyline_id: storylineId,
    data: writeJson(story),
  };
}

export function storylineRow(line: Storyline, stories: ReadonlyMap<string, Story>): {
  id: string; title: string; story_count: number; date_from: string | null; date_to: string | null; data: string;
} {
  const froms = line.stories.map((id) => stories.get(id)?.span.from).filter((d): d is string => typeof d === 'string').sort();
  const tos = line.stories.map((id) => stories.get(id)?.span.to).filter((d): d is string => typeof d === 'string').sort();
  return {
    id: line.id,
    title: line.title,
    story_count: line.stories.length,
    date_from: froms[0] ?? null,
    date_to: tos[tos.length - 1] ?? null,
    data: writeJson(line),
  };
}
