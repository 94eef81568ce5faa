/**
 * SQLite full-text search: an FTS5 table over article titles and bodies and over quotes.
 * `search_rows` maps FTS rowids to articles so replacing one article's documents is an
 * index lookup, not a scan of the FTS table.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { usageError } from '../../model/errors.ts';
import { HIGHLIGHT_END, HIGHLIGHT_START, type DialectHooks, type SearchDoc, type SearchRow } from '../base/dialect.ts';
import type { ChorusDatabase } from '../base/schema.ts';

/** Words of context around a match in a snippet: about one line of a terminal. */
export const SNIPPET_TOKENS = 16;
/** A title match counts twice a body match: titles name the story. */
export const TITLE_WEIGHT = 2.0;
/** Search documents per INSERT: 3 parameters each, far under SQLite's 32,766-parameter limit. */
export const SEARCH_INSERT_CHUNK = 500;

export const searchMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`create table search_rows (rowid integer primary key, article_id text not null, quote_index integer)`.execute(db);
    await sql`create index search_rows_article on search_rows (article_id)`.execute(db);
    await sql`create virtual table search_docs using fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  },
};

export async function replaceSearchDocs(db: Kysely<ChorusDatabase>, articleId: string, docs: readonly SearchDoc[], fresh: boolean): Promise<void> {
  if (!fresh) {
    await sql`delete from search_docs where rowid in (select rowid from search_rows where article_id = ${articleId})`.execute(db);
    await sql`delete from search_rows where article_id = ${articleId}`.execute(db);
  }
  // Two multi-row statements per article, whatever its number of quotes: statements, not rows, dominate the cost.
  for (let i = 0; i < docs.length; i += SEARCH_INSERT_CHUNK) {
    const part = docs.slice(i, i + SEARCH_INSERT_CHUNK);
    const inserted = await sql<{ rowid: number; quote_index: number | null }>`
      insert into search_rows (article_id, quote_index) values ${sql.join(part.map((d) => sql`(${articleId}, ${d.quoteIndex})`))}
      returning rowid, quote_index`.execute(db);
    const rowidOf = new Map(inserted.rows.map((r) => [r.quote_index ?? -1, r.rowid]));
    const values = part.map((d) => sql`(${rowidOf.get(d.quoteIndex ?? -1)}, ${d.title}, ${d.body})`);
    await sql`insert into search_docs (rowid, title, body) values ${sql.join(values)}`.execute(db);
  }
}

export async function search(db: Kysely<ChorusDatabase>, query: string, limit: number, offset: number): Promise<SearchRow[]> {
  try {
    // The page is ranked first and snippets are made for its rows only: in one flat query SQLite
    // computes every match's snippet before sorting (a third of the CPU time for a common word at
    // 30,000 articles). CROSS JOIN keeps the page as the outer loop: with a bound LIMIT the planner
    // cannot tell the page is small and would otherwise scan every match again.
    const result = await sql<SearchRow>`
      with page as (
        select rowid, bm25(search_docs, ${TITLE_WEIGHT}, 1.0) as score from search_docs
        where search_docs match ${query} order by score, rowid limit ${limit} offset ${offset})
      select search_rows.article_id, search_rows.quote_index,
             snippet(search_docs, -1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', ${SNIPPET_TOKENS}) as snippet
      from page cross join search_docs cross join search_rows
      where search_docs.rowid = page.rowid and search_rows.rowid = page.rowid and search_docs match ${query}
      order by page.score, page.rowid`.execute(db);
    return result.rows;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_ERROR')) {
      const detail = error instanceof Error ? error.message : String(error);
      throw usageError(
        `search: cannot read the query ${JSON.stringify(query)} (${detail})`,
        'use plain words; put phrases or words with punctuation in double quotes ("rash decisions"); operators are AND, OR, NOT and a trailing * for prefixes',
      );
    }
    throw error;
  }
}

export const sqliteHooks: DialectHooks = {
  dialect: 'sqlite',
  jsonType: 'text',
  searchMigration,
  replaceSearchDocs,
  search,
};
