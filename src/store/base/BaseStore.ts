/**
 * The shared implementation of `ChorusStore` over Kysely. Backends construct it with
 * their Kysely instance and `DialectHooks`; only search (and the column type of JSON)
 * differ between them.
 */
import { sql, type Kysely } from 'kysely';
import type { AnalyzedArticle, Story, Storyline } from '../../model/records.ts';
import type { OutletTemplates, TemplateLesson, TemplatePolicy } from '../../model/stage.ts';
import { usageError } from '../../model/errors.ts';
import type {
  ArticleQuery, ArticleSummary, ChorusStore, EntityPage, EntityQuery, EntitySummary, Page, PageQuery, PutArticleOptions,
  QuoteQuery, QuoteRow, SearchHit, StoreDialect, StoryQuery, StorySummary, StorylineSummary, GroupEntity, StoredDigest, StoryChanges,
} from '../store.ts';
import { entitiesOfGroups, markResolved, markUnresolved, unresolvedArticles } from './resolutionQueries.ts';
import { applyStoryChanges, storyDigests, storylineDigests } from './storyChanges.ts';
import { chunks, INSERT_CHUNK, IN_CHUNK } from './chunks.ts';
import type { DialectHooks } from './dialect.ts';
import { decodeOffset, encodeCursor, pageLimit } from './cursor.ts';
import { afterKey, orderBy, type SortColumn } from './keyset.ts';
import { articleToRows, searchDocsOf, storyRow, storylineRow } from './mapping.ts';
import { readJson, writeJson, type ChorusDatabase } from './schema.ts';
import { getEntityPage, listEntitySummaries } from './entityQueries.ts';
import { listQuoteRows } from './quoteQueries.ts';
import { listArticleSummaries } from './articleQueries.ts';
import { listStorylineSummaries, listStorySummaries } from './storyQueries.ts';
import { learnOutletTemplate, loadOutletTemplates } from './templateQueries.ts';


export class BaseStore implements ChorusStore {
  readonly dialect: StoreDialect;
  protected readonly db: Kysely<ChorusDatabase>;
  protected readonly hooks: DialectHooks;
  private readonly clock: () => string;

  constructor(db: Kysely<ChorusDatabase>, hooks: DialectHooks, clock: () => string = () => new Date().toISOString()) {
    this.db = db;
    this.hooks = hooks;
    this.dialect = hooks.dialect;
    this.clock = clock;
  }

  async putArticle(article: AnalyzedArticle, options: PutArticleOptions = {}): Promise<{ added: boolean }> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('articles').select(['added_at', 'data']).where('id', '=', article.id).executeTakeFirst();
      const rows = articleToRows(article, existing?.added_at ?? this.clock());
      const fresh = existing === undefined;
      // Re-clustering writes articles back with new entity keys and the same text: their search
      // documents (title, body, quotes with speakers) are often unchanged, and re-indexing them
      // is most of the cost of the write.
      const sameSearch = !fresh && JSON.stringify(searchDocsOf(readJson<AnalyzedArticle>(existing.data))) === JSON.stringify(rows.search);
      if (!fresh) {
        await trx.deleteFrom('article_entities').where('article_id', '=', article.id).execute();
        await trx.deleteFrom('quotes').where('article_id', '=', article.id).execute();
      }
      await trx
        .insertInto('articles')
        .values(rows.article)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({
            source: rows.article.source,
            url: rows.article.url ?? null,
            outlet: rows.article.outlet ?? null,
            title: rows.article.title ?? null,
            author: rows.article.author ?? null,
            published_at: rows.article.published_at ?? null,
            language: rows.article.language ?? null,
            data: rows.article.data,
          }),
        )
        .execute();
      for (const part of chunks(rows.entities, INSERT_CHUNK)) await trx.insertInto('article_entities').values(part).execute();
      for (const part of chunks(rows.quotes, INSERT_CHUNK)) await trx.insertInto('quotes').values(part).execute();
      if (!sameSearch) await this.hooks.replaceSearchDocs(trx, article.id, rows.search, fresh);
      if (fresh && options.lesson !== undefined) await learnOutletTemplate(trx, options.lesson.lesson, options.lesson.policy, rows.article.added_at);
      if (options.resolved === true) await markResolved(trx, [article.id]);
      else await markUnresolved(trx, [article.id]);
      if (options.rawHash !== undefined) {
        await trx
          .insertInto('raw_inputs')
          .values({ hash: options.rawHash, article_id: article.id, added_at: rows.article.added_at })
          .onConflict((oc) => oc.column('hash').doNothing())
          .execute();
      }
      return { added: fresh };
    });
  }

  async hasArticle(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async articleOfRawInput(hash: string): Promise<string | null> {
    const row = await this.db.selectFrom('raw_inputs').select('article_id').where('hash', '=', hash).executeTakeFirst();
    return row?.article_id ?? null;
  }

  async putRawInput(hash: string, articleId: string): Promise<void> {
    await this.db
      .insertInto('raw_inputs')
      .values({ hash, article_id: articleId, added_at: this.clock() })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
  }

  getOutletTemplates(keys: readonly string[] | null, policy: Readonly<TemplatePolicy>): Promise<OutletTemplates> {
    return loadOutletTemplates(this.db, keys, policy.minLineDocuments);
  }

  learnOutletTemplate(lesson: Readonly<TemplateLesson>, policy: Readonly<TemplatePolicy>): Promise<void> {
    return this.db.transaction().execute((trx) => learnOutletTemplate(trx, lesson, policy, this.clock()));
  }

  async getArticle(id: string): Promise<AnalyzedArticle | null> {
    const row = await this.db.selectFrom('articles').select('data').where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : readJson<AnalyzedArticle>(row.data);
  }

  async getArticles(ids: readonly string[]): Promise<AnalyzedArticle[]> {
    const found = new Map<string, AnalyzedArticle>();
    for (const part of chunks([...new Set(ids)], IN_CHUNK)) {
      const rows = await this.db.selectFrom('articles').select(['id', 'data']).where('id', 'in', part).execute();
      for (const row of rows) found.set(row.id, readJson<AnalyzedArticle>(row.data));
    }
    return ids.map((id) => found.get(id)).filter((a): a is AnalyzedArticle => a !== undefined);
  }

  async *iterateArticles(batchSize = 200): AsyncIterable<AnalyzedArticle> {
    // Undated articles sort last, as if published at the end of time.
    const columns: SortColumn[] = [
      { expr: sql`coalesce(published_at, '9999')`, dir: 'asc' },
      { expr: sql`id`, dir: 'asc' },
    ];
    let key: (string | number | null)[] | null = null;
    for (;;) {
      let query = this.db.selectFrom('articles').select(['id', 'data', sql<string>`coalesce(published_at, '9999')`.as('sort_date')]);
      if (key !== null) query = query.where(afterKey(columns, key));
      const rows = await query.orderBy(orderBy(columns)).limit(batchSize).execute();
      for (const row of rows) yield readJson<AnalyzedArticle>(row.data);
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < batchSize) return;
      key = [last.sort_date, last.id];
    }
  }

  listArticles(query: ArticleQuery): Promise<Page<ArticleSummary>> {
    return listArticleSummaries(this.db, query);
  }

  async countArticles(): Promise<number> {
    const row = await this.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async saveStories(stories: readonly Story[], storylines: readonly Storyline[]): Promise<void> {
    const lineOf = new Map<string, string>();
    for (const line of storylines) for (const id of line.stories) lineOf.set(id, line.id);
    const byId = new Map(stories.map((s) => [s.id, s]));
    const memberships = new Map<string, string>();
    for (const story of stories) for (const article of story.articles) memberships.set(article, story.id);
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('story_articles').execute();
      await trx.deleteFrom('stories').execute();
      await trx.deleteFrom('storylines').execute();
      for (const part of chunks(stories, INSERT_CHUNK)) {
        await trx.insertInto('stories').values(part.map((s) => storyRow(s, lineOf.get(s.id) ?? null))).execute();
      }
      const links = [...memberships].map(([article_id, story_id]) => ({ article_id, story_id }));
      for (const part of chunks(links, INSERT_CHUNK)) await trx.insertInto('story_articles').values(part).execute();
      for (const part of chunks(storylines, INSERT_CHUNK)) {
        await trx.insertInto('storylines').values(part.map((l) => storylineRow(l, byId))).execute();
      }
    });
  }

  async getStory(id: string): Promise<Story | null> {
    const row = await this.db.selectFrom('stories').select('data').where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : readJson<Story>(row.data);
  }

  async *iterateStories(batchSize = 200): AsyncIterable<Story> {
    let after: string | null = null;
    for (;;) {
      let query = this.db.selectFrom('stories').select(['id', 'data']);
      if (after !== null) query = query.where('id', '>', after);
      const rows = await query.orderBy('id').limit(batchSize).execute();
      for (const row of rows) yield readJson<Story>(row.data);
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < batchSize) return;
      after = last.id;
    }
  }

  listStories(query: StoryQuery): Promise<Page<StorySummary>> {
    return listStorySummaries(this.db, query);
  }

  async getStoryline(id: string): Promise<Storyline | null> {
    const row = await this.db.selectFrom('storylines').select('data').where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : readJson<Storyline>(row.data);
  }

  listStorylines(query: PageQuery): Promise<Page<StorylineSummary>> {
    return listStorylineSummaries(this.db, query);
  }

  async storyOfArticle(articleId: string): Promise<string | null> {
    const row = await this.db.selectFrom('story_articles').select('story_id').where('article_id', '=', articleId).executeTakeFirst();
    return row?.story_id ?? null;
  }

  listQuotes(query: QuoteQuery): Promise<Page<QuoteRow>> {
    return listQuoteRows(this.db, query);
  }

  getEntity(key: string): Promise<EntityPage | null> {
    return getEntityPage(this.db, key);
  }

  listEntities(query: EntityQuery): Promise<Page<EntitySummary>> {
    return listEntitySummaries(this.db, query);
  }

  async search(query: string, options: PageQuery = {}): Promise<Page<SearchHit>> {
    if (query.trim() === '') throw usageError('search: the query is empty', 'give one or more words, e.g. chorus search "rash decisions"');
    const limit = pageLimit(options.limit);
    const offset = decodeOffset(options.cursor);
    const rows = await this.hooks.search(this.db, query, limit + 1, offset);
    const page = rows.slice(0, limit);
    const meta = new Map<string, { title: string | null; outlet: string | null; published_at: string | null }>();
    for (const part of chunks([...new Set(page.map((r) => r.article_id))], IN_CHUNK)) {
      const found = await this.db.selectFrom('articles').select(['id', 'title', 'outlet', 'published_at']).where('id', 'in', part).execute();
      for (const row of found) meta.set(row.id, row);
    }
    return {
      items: page.map((r) => {
        const m = meta.get(r.article_id);
        return {
          kind: r.quote_index === null ? 'article' : 'quote',
          article: r.article_id,
          title: m?.title ?? null,
          outlet: m?.outlet ?? null,
          publishedAt: m?.published_at ?? null,
          snippet: r.snippet,
          quoteIndex: r.quote_index === null ? null : Number(r.quote_index),
        };
      }),
      next: rows.length > limit ? encodeCursor([offset + limit]) : null,
    };
  }

  unresolvedArticles(): Promise<string[]> {
    return unresolvedArticles(this.db);
  }

  markResolved(ids: readonly string[] | null): Promise<void> {
    return markResolved(this.db, ids);
  }

  entitiesOfGroups(groups: readonly string[]): Promise<GroupEntity[]> {
    return entitiesOfGroups(this.db, groups);
  }

  storyDigests(): Promise<Map<string, StoredDigest>> {
    return storyDigests(this.db);
  }

  storylineDigests(): Promise<Map<string, string | null>> {
    return storylineDigests(this.db);
  }

  applyStoryChanges(changes: Readonly<StoryChanges>): Promise<void> {
    return applyStoryChanges(this.db, changes);
  }

  async getState<T>(key: string): Promise<T | null> {
    const row = await this.db.selectFrom('state').select('value').where('key', '=', key).executeTakeFirst();
    return row === undefined ? null : readJson<T>(row.value);
  }

  async putState<T>(key: string, value: T): Promise<void> {
    const json = writeJson(value);
    const now = this.clock();
    await this.db
      .insertInto('state')
      .values({ key, value: json, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: now }))
      .execute();
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
