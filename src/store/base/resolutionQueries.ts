/**
 * What incremental entity resolution reads and writes (see `../resolveEntities.ts`): the
 * articles stored since the last resolution (`unresolved_articles`), and the stored entities
 * of a few resolution groups (`article_entities.resolution_group`, indexed), in corpus order.
 */
import { sql, type Kysely } from 'kysely';
import type { Entity } from '../../model/records.ts';
import type { GroupEntity } from '../store.ts';
import { chunks, INSERT_CHUNK, IN_CHUNK } from './chunks.ts';
import { readJson, type ChorusDatabase } from './schema.ts';

/** Records articles as stored but not yet resolved against the corpus (idempotent). */
export async function markUnresolved(db: Kysely<ChorusDatabase>, ids: readonly string[]): Promise<void> {
  for (const part of chunks(ids, INSERT_CHUNK)) {
    await db.insertInto('unresolved_articles').values(part.map((article_id) => ({ article_id }))).onConflict((oc) => oc.column('article_id').doNothing()).execute();
  }
}

export async function unresolvedArticles(db: Kysely<ChorusDatabase>): Promise<string[]> {
  const rows = await db.selectFrom('unresolved_articles').select('article_id').orderBy('article_id').execute();
  return rows.map((r) => r.article_id);
}

export async function markResolved(db: Kysely<ChorusDatabase>, ids: readonly string[] | null): Promise<void> {
  if (ids === null) {
    await db.deleteFrom('unresolved_articles').execute();
    return;
  }
  for (const part of chunks([...new Set(ids)], IN_CHUNK)) await db.deleteFrom('unresolved_articles').where('article_id', 'in', part).execute();
}

/** Stored entities of the groups, in the order the batch pass reads them: publication order (undated last), article id, position in the article. */
export async function entitiesOfGroups(db: Kysely<ChorusDatabase>, groups: readonly string[]): Promise<GroupEntity[]> {
  const rows: { article_id: string; ordinal: number; data: unknown; sort_date: string }[] = [];
  for (const part of chunks([...new Set(groups)], IN_CHUNK)) {
    const found = await db
      .selectFrom('article_entities as e')
      .innerJoin('articles as a', 'a.id', 'e.article_id')
      .select(['e.article_id', 'e.ordinal', 'e.data', sql<string>`coalesce(a.published_at, '9999')`.as('sort_date')])
      .where('e.resolution_group', 'in', part)
      .execute();
    rows.push(...found);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort((x, y) => cmp(x.sort_date, y.sort_date) || cmp(x.article_id, y.article_id) || Number(x.ordinal) - Number(y.ordinal));
  return rows.map((r) => ({ article: r.article_id, entity: readJson<Entity>(r.data) }));
}
