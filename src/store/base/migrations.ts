/**
 * Versioned schema migrations, run by Kysely's Migrator in name order. Shared
 * migrations come from here; each dialect appends its own (full-text search differs).
 * Never edit a released migration: add the next number.
 */
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { ChorusError } from '../../model/errors.ts';
import type { DialectHooks } from './dialect.ts';
import type { AnalyzedArticle } from '../../model/records.ts';
import { resolutionGroup } from '../../nlp/CorpusEntityResolver.ts';
import { readJson, type ChorusDatabase } from './schema.ts';

/** Articles read per batch when a migration fills new columns from the stored records. */
const BACKFILL_BATCH = 500;

function coreSchema(jsonType: 'text' | 'jsonb'): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const json = sql.raw(jsonType);
      await db.schema
        .createTable('articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('outlet', 'text')
        .addColumn('title', 'text')
        .addColumn('author', 'text')
        .addColumn('published_at', 'text')
        .addColumn('language', 'text')
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('data', json, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('articles_published').on('articles').columns(['published_at', 'id']).execute();
      await db.schema.createIndex('articles_outlet').on('articles').column('outlet').execute();

      await db.schema
        .createTable('article_entities')
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('mention_count', 'integer', (c) => c.notNull())
        .addColumn('data', json, (c) => c.notNull())
        .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'local_id'])
        .execute();
      await db.schema.createIndex('article_entities_key').on('article_entities').columns(['key', 'article_id']).execute();

      await db.schema
        .createTable('quotes')
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('speaker', 'text')
        .addColumn('speaker_key', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('data', json, (c) => c.notNull())
        .addPrimaryKeyConstraint('quotes_pk', ['article_id', 'idx'])
        .execute();
      await db.schema.createIndex('quotes_speaker_key').on('quotes').column('speaker_key').execute();

      await db.schema
        .createTable('stories')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('article_count', 'integer', (c) => c.notNull())
        .addColumn('first_report', 'text', (c) => c.notNull())
        .addColumn('date_from', 'text')
        .addColumn('date_to', 'text')
        .addColumn('storyline_id', 'text')
        .addColumn('data', json, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('stories_recent').on('stories').columns(['date_to', 'id']).execute();

      await db.schema
        .createTable('story_articles')
        .addColumn('article_id', 'text', (c) => c.primaryKey())
        .addColumn('story_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('story_articles_story').on('story_articles').column('story_id').execute();

      await db.schema
        .createTable('storylines')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('story_count', 'integer', (c) => c.notNull())
        .addColumn('date_from', 'text')
        .addColumn('date_to', 'text')
        .addColumn('data', json, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('state')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', json, (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

/**
 * Indexes that match the story listings' ORDER BY exactly (expressions included), so a page is
 * read from the index instead of sorting every story row: rows carry their JSON, and a full
 * sort read ~50 MB at 12,500 stories (0.34 s p95 in bench/api).
 */
const storyOrderIndexes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('stories_recent_order').on('stories').expression(sql`coalesce(date_to, '') desc, id asc`).execute();
    await db.schema.createIndex('stories_size_order').on('stories').expression(sql`article_count desc, coalesce(date_to, '') desc, id asc`).execute();
    await db.schema.createIndex('storylines_recent_order').on('storylines').expression(sql`coalesce(date_to, '') desc, id asc`).execute();
  },
};

/**
 * Template learning kept in the store (issue #3): per-outlet line fingerprints with the
 * number of the outlet's pages holding each, and the raw inputs already stored, so
 * re-ingesting a page after its outlet's templates changed finds it before extraction and
 * never stores it again under a new id.
 */
const outletTemplates: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('outlet_templates')
      .addColumn('outlet_key', 'text', (c) => c.primaryKey())
      .addColumn('documents', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('outlet_template_lines')
      .addColumn('outlet_key', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('documents', 'integer', (c) => c.notNull())
      .addColumn('first_document', 'integer', (c) => c.notNull())
      .addColumn('last_document', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('outlet_template_lines_pk', ['outlet_key', 'fingerprint'])
      .execute();
    // Loading a template reads only lines seen on several pages; pruning finds the single-page ones.
    await db.schema.createIndex('outlet_template_lines_count').on('outlet_template_lines').columns(['outlet_key', 'documents', 'last_document']).execute();
    await db.schema
      .createTable('raw_inputs')
      .addColumn('hash', 'text', (c) => c.primaryKey())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('added_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('raw_inputs_article').on('raw_inputs').column('article_id').execute();
  },
};

/**
 * Incremental corpus entity resolution (recluster past STREAMING_FROM): each entity row's
 * resolution group, indexed, so the stored entities a new article can re-key (same surname,
 * same acronym) are found without a scan; its position in the article; the articles not yet
 * resolved (every article already stored was resolved by the batch pass); and digests that
 * let re-clustering skip unchanged stories and storylines. Existing rows are filled in.
 */
const entityResolutionGroups: Migration = {
  async up(untyped: Kysely<unknown>): Promise<void> {
    await untyped.schema.alterTable('article_entities').addColumn('resolution_group', 'text').execute();
    await untyped.schema.alterTable('article_entities').addColumn('ordinal', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await untyped.schema.createIndex('article_entities_group').on('article_entities').column('resolution_group').execute();
    await untyped.schema
      .createTable('unresolved_articles')
      .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
      .execute();
    await untyped.schema.alterTable('stories').addColumn('digest', 'text').execute();
    await untyped.schema.alterTable('storylines').addColumn('digest', 'text').execute();
    const db = untyped as Kysely<ChorusDatabase>;
    let after = '';
    for (;;) {
      const rows = await db.selectFrom('articles').select(['id', 'data']).where('id', '>', after).orderBy('id').limit(BACKFILL_BATCH).execute();
      for (const row of rows) {
        const article = readJson<AnalyzedArticle>(row.data);
        for (const [ordinal, e] of article.entities.entries()) {
          await db.updateTable('article_entities').set({ resolution_group: resolutionGroup(e), ordinal }).where('article_id', '=', row.id).where('local_id', '=', e.id).execute();
        }
      }
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < BACKFILL_BATCH) break;
      after = last.id;
    }
  },
};

/** Brings the database to the newest schema version; throws `unavailable` with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>, hooks: DialectHooks): Promise<void> {
  const migrations: Record<string, Migration> = {
    '0001_core': coreSchema(hooks.jsonType),
    '0002_search': hooks.searchMigration,
    '0003_story_order_indexes': storyOrderIndexes,
    '0004_outlet_templates': outletTemplates,
    '0005_entity_resolution_groups': entityResolutionGroups,
  };
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'chorus_migration',
    migrationLockTableName: 'chorus_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new ChorusError('unavailable', `store: migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      hint: 'the database may be from a newer Chorus or damaged; try a fresh --db file',
      cause: error,
    });
  }
}
