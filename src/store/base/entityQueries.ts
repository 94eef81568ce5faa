/** Entity pages and listings: an entity is every article-local entity sharing one canonical key. */
import { sql, type Kysely } from 'kysely';
import type { Entity, EntityType } from '../../model/records.ts';
import type { EntityPage, EntityQuery, EntitySummary, Page } from '../store.ts';
import { decodeOffset, encodeCursor, pageLimit } from './cursor.ts';
import { toArticleSummary } from './mapping.ts';
import { likePattern, listQuoteRows } from './quoteQueries.ts';
import { readJson, type ChorusDatabase } from './schema.ts';

/** Related entities shown on a page: enough for a sidebar. */
export const RELATED_LIMIT = 20;
/** Quotes shown on an entity page; the quotes listing pages through the rest. */
export const ENTITY_QUOTES_LIMIT = 100;

/** The display name: the most frequent name, the longest on ties ("Mikhail Galuzin" over "Galuzin"). */
function bestName(names: readonly { name: string; n: number }[]): string {
  return [...names].sort((a, b) => b.n - a.n || b.name.length - a.name.length || a.name.localeCompare(b.name))[0]?.name ?? '';
}

async function namesOf(db: Kysely<ChorusDatabase>, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('article_entities')
    .select(['key', 'name', (eb) => eb.fn.countAll().as('n')])
    .where('key', 'in', keys)
    .groupBy(['key', 'name'])
    .execute();
  const grouped = new Map<string, { name: string; n: number }[]>();
  for (const r of rows) grouped.set(r.key, [...(grouped.get(r.key) ?? []), { name: r.name, n: Number(r.n) }]);
  return new Map([...grouped].map(([k, names]) => [k, bestName(names)]));
}

export async function listEntitySummaries(db: Kysely<ChorusDatabase>, query: EntityQuery): Promise<Page<EntitySummary>> {
  const limit = pageLimit(query.limit);
  const offset = decodeOffset(query.cursor);
  let q = db
    .selectFrom('article_entities')
    .select(['key', 'type', sql<number>`count(distinct article_id)`.as('n')])
    .groupBy(['key', 'type']);
  if (query.type !== undefined) q = q.where('type', '=', query.type);
  if (query.name !== undefined && query.name.trim() !== '') {
    q = q.where(sql<boolean>`lower(name) like ${likePattern(query.name.trim())} escape '\\'`);
  }
  const rows = await q.orderBy(sql`count(distinct article_id)`, 'desc').orderBy('key').limit(limit + 1).offset(offset).execute();
  const page = rows.slice(0, limit);
  const names = await namesOf(db, page.map((r) => r.key));
  return {
    items: page.map((r) => ({ key: r.key, name: names.get(r.key) ?? r.key, type: r.type as EntityType, articleCount: Number(r.n) })),
    next: rows.length > limit ? encodeCursor([offset + limit]) : null,
  };
}

export async function getEntityPage(db: Kysely<ChorusDatabase>, key: string): Promise<EntityPage | null> {
  const rows = await db
    .selectFrom('article_entities')
    .innerJoin('articles', 'articles.id', 'article_entities.article_id')
    .leftJoin('story_articles', 'story_articles.article_id', 'articles.id')
    .select([
      'article_entities.data as entity', 'article_entities.mention_count',
      'articles.id', 'articles.source', 'articles.url', 'articles.outlet', 'articles.title', 'articles.published_at', 'articles.language',
      'story_articles.story_id',
    ])
    .where('article_entities.key', '=', key)
    .orderBy(sql`coalesce(articles.published_at, '')`)
    .orderBy('articles.id')
    .execute();
  if (rows.length === 0) return null;
  const entities = rows.map((r) => ({ entity: readJson<Entity>(r.entity), publishedAt: r.published_at, mentions: Number(r.mention_count) }));
  const nameCounts = new Map<string, number>();
  for (const { entity } of entities) nameCounts.set(entity.name, (nameCounts.get(entity.name) ?? 0) + 1);
  const name = bestName([...nameCounts].map(([n, c]) => ({ name: n, n: c })));
  const aliases = new Set<string>();
  const roles = new Map<string, { role: string; from: string | null; to: string | null }>();
  for (const { entity, publishedAt } of entities) {
    for (const alias of [entity.name, ...entity.aliases]) if (alias !== name) aliases.add(alias);
    for (const role of entity.roles) {
      const seen = roles.get(role) ?? { role, from: publishedAt, to: publishedAt };
      if (publishedAt !== null) {
        if (seen.from === null || publishedAt < seen.from) seen.from = publishedAt;
        if (seen.to === null || publishedAt > seen.to) seen.to = publishedAt;
      }
      roles.set(role, seen);
    }
  }
  const articleIds = new Set<string>();
  const articles = rows.filter((r) => !articleIds.has(r.id) && articleIds.add(r.id)).map((r) => toArticleSummary(r));
  const stories = [...new Set(rows.map((r) => r.story_id).filter((s): s is string => s !== null))];
  const related = await db
    .selectFrom('article_entities as mine')
    .innerJoin('article_entities as other', 'other.article_id', 'mine.article_id')
    .select(['other.key', 'other.type', sql<number>`count(distinct other.article_id)`.as('n')])
    .where('mine.key', '=', key)
    .where('other.key', '<>', key)
    .groupBy(['other.key', 'other.type'])
    .orderBy(sql`count(distinct other.article_id)`, 'desc')
    .orderBy('other.key')
    .limit(RELATED_LIMIT)
    .execute();
  const relatedNames = await namesOf(db, related.map((r) => r.key));
  const quotes = await listQuoteRows(db, { speaker: key, limit: ENTITY_QUOTES_LIMIT });
  const sample = [...entities].sort((a, b) => b.mentions - a.mentions)[0]?.entity ?? entities[0]!.entity;
  return {
    key,
    name,
    type: sample.type,
    articleCount: articles.length,
    aliases: [...aliases].sort(),
    roles: [...roles.values()].sort((a, b) => String(a.from).localeCompare(String(b.from)) || a.role.localeCompare(b.role)),
    articles,
    stories,
    quotes: quotes.items.filter((q) => q.speakerKey === key),
    related: related.map((r) => ({ key: r.key, name: relatedNames.get(r.key) ?? r.key, type: r.type as EntityType, count: Number(r.n) })),
    sample,
  };
}
