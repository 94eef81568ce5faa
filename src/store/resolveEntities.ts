/**
 * Corpus entity resolution over a store, the first corpus stage of `recluster`.
 *
 * Batch (below STREAMING_FROM stored articles): every stored article is loaded and resolved
 * together, as `chorus analyze` does; the articles whose keys changed are written back.
 *
 * Incremental (from STREAMING_FROM on): resolution is local to groups (a person only fits full
 * names with the same surname, an acronym only organisations written with it:
 * `resolutionGroup`), and the store indexes its entity rows by group. So only the groups of
 * the new articles' entities (and those whose rows changed in the previous run) are loaded,
 * the index is built from their rows in corpus order, and every row of those groups is
 * resolved against it; only the articles with a row that comes out differently are loaded
 * and written back. Groups nobody touched are at a fixed point: the batch pass would leave
 * them as they are. So the result is the batch pass's, one ingest after another, at the cost
 * of the touched groups' rows instead of every stored article. (One approximation: the name
 * an organisation key is spelled with is the first in its acronym's group rather than in the
 * whole corpus; keys are slugs of names, so the two differ at most in case or punctuation.)
 */
import type { AnalyzedArticle, Entity } from '../model/records.ts';
import type { StageContext } from '../model/stage.ts';
import { corpusStages } from '../pipeline.ts';
import { resolutionGroup, resolutionIndex, resolveArticleEntities, resolveEntity, type ResolutionIndex } from '../nlp/CorpusEntityResolver.ts';
import type { ChorusStore } from './store.ts';

/** State key: the groups whose stored rows changed in the last resolution (the next one revisits them). */
export const DIRTY_GROUPS_STATE_KEY = 'entities/dirty-groups';

export function articleChanged(before: AnalyzedArticle, after: AnalyzedArticle): boolean {
  return JSON.stringify(before.entities) !== JSON.stringify(after.entities) || JSON.stringify(before.quotes) !== JSON.stringify(after.quotes);
}

/** Groups of the entities that differ between an article's stored and resolved forms. */
function changedGroups(before: AnalyzedArticle, after: AnalyzedArticle, into: Set<string>): void {
  after.entities.forEach((e, i) => {
    const group = resolutionGroup(e);
    if (group !== null && JSON.stringify(e) !== JSON.stringify(before.entities[i])) into.add(group);
  });
}

/** Writes back the articles resolution changed; returns their ids and the groups whose rows changed. */
async function writeBack(store: ChorusStore, pairs: Iterable<[AnalyzedArticle, AnalyzedArticle]>): Promise<{ changed: Set<string>; dirty: Set<string> }> {
  const changed = new Set<string>();
  const dirty = new Set<string>();
  for (const [before, after] of pairs) {
    if (!articleChanged(before, after)) continue;
    changed.add(after.id);
    changedGroups(before, after, dirty);
    await store.putArticle(after, { resolved: true });
  }
  return { changed, dirty };
}

/** The batch pass: every stored article (returned resolved, for batch clustering and compare). */
export async function resolveAll(store: ChorusStore, context: Readonly<StageContext>): Promise<{ articles: AnalyzedArticle[]; changed: Set<string> }> {
  const stored: AnalyzedArticle[] = [];
  for await (const article of store.iterateArticles()) stored.push(article);
  const resolved = corpusStages.entities({ articles: stored }, context);
  const { changed, dirty } = await writeBack(store, stored.map((a, i) => [a, resolved[i] as AnalyzedArticle]));
  await store.markResolved(null);
  await store.putState(DIRTY_GROUPS_STATE_KEY, [...dirty].sort());
  return { articles: resolved, changed };
}

/** Whether resolving the stored entity changes it or its quotes' speaker name (its article must then be re-resolved). */
function moves(entity: Entity, index: ResolutionIndex): boolean {
  const out = resolveEntity(entity, index);
  return out.renamed || JSON.stringify(out.entity) !== JSON.stringify(entity);
}

/**
 * The incremental pass: the new (unresolved) articles, and the stored articles sharing a
 * group with them whose keys change. Returns the new articles resolved (for the streaming
 * clusterer) and the ids of every article whose entities or quotes changed.
 */
export async function resolveIncrementally(store: ChorusStore): Promise<{ fresh: AnalyzedArticle[]; changed: Set<string> }> {
  const pendingIds = await store.unresolvedArticles();
  const dirtyBefore = (await store.getState<string[]>(DIRTY_GROUPS_STATE_KEY)) ?? [];
  if (pendingIds.length === 0 && dirtyBefore.length === 0) return { fresh: [], changed: new Set() };
  const pending = await store.getArticles(pendingIds);
  const groups = new Set(dirtyBefore);
  for (const a of pending) for (const e of a.entities) {
    const group = resolutionGroup(e);
    if (group !== null) groups.add(group);
  }
  const rows = await store.entitiesOfGroups([...groups]);
  const index = resolutionIndex(rows.map((r) => r.entity));
  const pendingSet = new Set(pendingIds);
  const affected = new Set<string>();
  for (const row of rows) if (!pendingSet.has(row.article) && !affected.has(row.article) && moves(row.entity, index)) affected.add(row.article);
  const before = [...pending, ...(await store.getArticles([...affected]))];
  const after = before.map((a) => resolveArticleEntities(a, index));
  const { changed, dirty } = await writeBack(store, before.map((a, i) => [a, after[i] as AnalyzedArticle]));
  await store.markResolved(pendingIds);
  await store.putState(DIRTY_GROUPS_STATE_KEY, [...dirty].sort());
  return { fresh: after.slice(0, pending.length), changed };
}
