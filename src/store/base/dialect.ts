/**
 * What a backend overrides. Everything else (schema, queries, row↔record mapping)
 * lives in `base/` and is shared, as Kysely's own dialects share its query builder.
 */
import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../store.ts';
import type { ChorusDatabase } from './schema.ts';

/** One searchable document: an article (title + body) or one of its quotes. */
export interface SearchDoc {
  quoteIndex: number | null;
  title: string;
  body: string;
}

export interface SearchRow {
  article_id: string;
  quote_index: number | null;
  snippet: string;
}

export interface DialectHooks {
  readonly dialect: StoreDialect;
  /** Column type for JSON values. */
  readonly jsonType: 'text' | 'jsonb';
  /** Creates the full-text index (migration `0002_search`). */
  readonly searchMigration: Migration;
  /** Replaces an article's search documents (inside the article's transaction); `fresh` when the article is new, so there is nothing to delete. */
  replaceSearchDocs(db: Kysely<ChorusDatabase>, articleId: string, docs: readonly SearchDoc[], fresh: boolean): Promise<void>;
  /**
   * Best matches first. Snippets wrap matches in `\u0002` … `\u0003`.
   * A query the engine cannot parse must become a `usage` ChorusError.
   */
  search(db: Kysely<ChorusDatabase>, query: string, limit: number, offset: number): Promise<SearchRow[]>;
}

/** Highlight markers in snippets: control characters never found in article text, so escaping is safe. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';
