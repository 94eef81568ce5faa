/**
 * PostgreSQL full-text search: a table of search documents with a generated, weighted
 * tsvector (title A, body B) and a GIN index; queries go through websearch_to_tsquery,
 * which accepts any user input (quotes, OR, -word) and never raises a syntax error.
 * The `simple` configuration does not stem, like SQLite's unicode61 tokenizer, so both
 * backends match the same words in any language.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { HIGHLIGHT_END, HIGHLIGHT_START, type DialectHooks, type SearchDoc, type SearchRow } from '../base/dialect.ts';
import type { ChorusDatabase } from '../base/schema.ts';

/** Text-search configuration: no stemming, no stop words, language-neutral. */
export const TS_CONFIG = 'simple';
/** Snippet length in words: about one line of a terminal, like the SQLite snippet. */
export const SNIPPET_MAX_WORDS = 24;
export const SNIPPET_MIN_WORDS = 10;

export const searchMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      create table search_docs (
        id bigserial primary key,
        article_id text not null references articles(id) on delete cascade,
        quote_index integer,
        title text not null,
        body text not null,
        tsv tsvector generated always as (
          setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
        ) stored
      )`.execute(db);
    await sql`create index search_docs_tsv on search_docs using gin (tsv)`.execute(db);
    await sql`create index search_docs_article on search_docs (article_id)`.execute(db);
  },
};

export async function replaceSearchDocs(db: Kysely<ChorusDatabase>, articleId: string, docs: readonly SearchDoc[], fresh: boolean): Promise<void> {
  if (!fresh) await sql`delete from search_docs where article_id = ${articleId}`.execute(db);
  if (docs.length === 0) return;
  const values = docs.map((d) => sql`(${articleId}, ${d.quoteIndex}, ${d.title}, ${d.body})`);
  await sql`insert into search_docs (article_id, quote_index, title, body) values ${sql.join(values)}`.execute(db);
}

export async function search(db: Kysely<ChorusDatabase>, query: string, limit: number, offset: number): Promise<SearchRow[]> {
  const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=${SNIPPET_MAX_WORDS}, MinWords=${SNIPPET_MIN_WORDS}, MaxFragments=1, FragmentDelimiter=" … "`;
  const result = await sql<SearchRow>`
    with q as (select websearch_to_tsquery(${sql.lit(TS_CONFIG)}::regconfig, ${query}) as query)
    select d.article_id, d.quote_index,
           ts_headline(${sql.lit(TS_CONFIG)}::regconfig, case when d.body @@ q.query then d.body else d.title || ' ' || d.body end, q.query, ${options}) as snippet
    from search_docs d, q
    where d.tsv @@ q.query
    order by ts_rank(d.tsv, q.query) desc, d.id
    limit ${limit} offset ${offset}`.execute(db);
  return result.rows.map((r) => ({ ...r, quote_index: r.quote_index === null ? null : Number(r.quote_index) }));
}

export const postgresHooks: DialectHooks = {
  dialect: 'postgres',
  jsonType: 'jsonb',
  searchMigration,
  replaceSearchDocs,
  search,
};
