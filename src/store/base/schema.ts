/**
 * The tables every backend has, as Kysely types. JSON columns are `text` in SQLite and
 * `jsonb` in PostgreSQL; both accept a JSON string on write, and `readJson` accepts
 * either a string or an already-parsed value on read, so queries stay shared.
 * Dates are ISO strings (`YYYY-MM-DD…`), which sort correctly as text in both.
 */
import type { ColumnType, Generated } from 'kysely';

/** A JSON column: written as a JSON string, read back as a string (SQLite) or a value (PostgreSQL). */
export type JsonColumn = ColumnType<unknown, string, string>;

export interface ArticlesTable {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  author: string | null;
  published_at: string | null;
  language: string | null;
  /** When the article was first stored (ISO). */
  added_at: string;
  /** The whole `AnalyzedArticle`. */
  data: JsonColumn;
}

/** One row per entity per article; `key` is the corpus-wide canonical key. */
export interface ArticleEntitiesTable {
  article_id: string;
  local_id: string;
  key: string;
  name: string;
  type: string;
  mention_count: number;
  /** The article-local `Entity` record. */
  data: JsonColumn;
  /** Where corpus entity resolution looks the entity up (`resolutionGroup`: `person <surname>`, `acronym <ACRONYM>`), indexed; null when it has none. */
  resolution_group: ColumnType<string | null, string | null | undefined, string | null>;
  /** Position in the article's entity list (the batch pass's reading order). */
  ordinal: ColumnType<number, number | undefined, number>;
}

/** Articles stored since the last corpus entity resolution (incremental resolution takes them next). */
export interface UnresolvedArticlesTable {
  article_id: string;
}

export interface QuotesTable {
  article_id: string;
  idx: number;
  kind: string;
  speaker: string | null;
  speaker_key: string | null;
  text: string;
  data: JsonColumn;
}

export interface StoriesTable {
  id: string;
  title: string;
  article_count: number;
  first_report: string;
  date_from: string | null;
  date_to: string | null;
  storyline_id: string | null;
  data: JsonColumn;
  /** Digest of the clustering the story was compared from (null: saved by the batch path). */
  digest: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface StoryArticlesTable {
  article_id: string;
  story_id: string;
}

export interface StorylinesTable {
  id: string;
  title: string;
  story_count: number;
  date_from: string | null;
  date_to: string | null;
  data: JsonColumn;
  /** Digest of the storyline's clustering and its stories' digests (null: saved by the batch path). */
  digest: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface StateTable {
  key: string;
  value: JsonColumn;
  updated_at: string;
}

/** One row per outlet that taught template lines (text mode); `documents` is the newest page's ordinal. */
export interface OutletTemplatesTable {
  outlet_key: string;
  documents: number;
  updated_at: string;
}

/** Per-outlet line fingerprints: how many of the outlet's pages had the line, and the ordinals of the first and last. */
export interface OutletTemplateLinesTable {
  outlet_key: string;
  fingerprint: string;
  documents: number;
  first_document: number;
  last_document: number;
}

/** Raw inputs already stored: hash of format and content → the article they became (re-ingest skips them before extraction). */
export interface RawInputsTable {
  hash: string;
  article_id: string;
  added_at: string;
}

/** Search documents: one per article (title + body) and one per quote. Each dialect adds its own index. */
export interface SearchDocsTable {
  rowid: Generated<number>;
  article_id: string;
  quote_index: number | null;
  title: string;
  body: string;
}

export interface ChorusDatabase {
  articles: ArticlesTable;
  article_entities: ArticleEntitiesTable;
  quotes: QuotesTable;
  stories: StoriesTable;
  story_articles: StoryArticlesTable;
  storylines: StorylinesTable;
  state: StateTable;
  outlet_templates: OutletTemplatesTable;
  outlet_template_lines: OutletTemplateLinesTable;
  raw_inputs: RawInputsTable;
  unresolved_articles: UnresolvedArticlesTable;
}

export function readJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function writeJson(value: unknown): string {
  return JSON.stringify(value);
}
