/**
 * The corpus stages over a store, after an ingest: canonical entity keys, stories and
 * storylines, and their comparison.
 *
 * Below STREAMING_FROM stored articles everything is the batch pass (the same result as
 * `chorus analyze` on the stored articles): every article is loaded, entities are resolved
 * over all of them, stories are clustered from scratch, and the whole story set is replaced.
 *
 * From STREAMING_FROM on, an ingest costs what it changes, not what is stored:
 * - entity resolution is incremental (`resolveEntities.ts`): the new articles' resolution
 *   groups are loaded from the store's index, and only stored articles whose keys change
 *   are loaded and written back;
 * - the streaming clusterer resumes from its state and takes only the new articles;
 * - stories and storylines carry a digest of their clustering; only those whose clustering
 *   or articles changed are loaded (with their articles) and compared again, and only they
 *   are written (`applyStoryChanges`).
 * So no ingest holds every stored article in memory (the one exception: the ingest that
 * first crosses the threshold streams them through the clusterer, one batch at a time).
 */
import { createHash } from 'node:crypto';
import type { AnalyzedArticle, Clustering, Story, StoryCluster, StorylineCluster } from '../model/records.ts';
import { defaultContext, type StageContext } from '../model/stage.ts';
import { corpusStages } from '../pipeline.ts';
import { createClusterer, publicationOrder, type Clusterer, type ClustererState } from '../stories/index.ts';
import { resolveAll, resolveIncrementally } from './resolveEntities.ts';
import type { ChorusStore, StoryChanges } from './store.ts';

/**
 * Stored articles from which clustering and entity resolution turn incremental. Below it the
 * batch passes (whole-corpus IDF, one refinement pass; every article resolved together) are
 * affordable: about 8 s per 1,000 articles on one core, measured on ECB+; above it, a full
 * re-run per ingest would dominate. The incremental entity pass gives the batch pass's keys
 * (see resolveEntities.ts); the streaming clusterer differs from the batch one only in IDF
 * learned as articles arrive.
 */
export const STREAMING_FROM = 3000;
/** State key of the streaming clusterer. */
export const CLUSTERER_STATE_KEY = 'stories/clusterer';

export interface ReclusterOptions {
  /** Overrides STREAMING_FROM (tests). */
  streamingFrom?: number;
}

/** Same articles, each the same copy-or-not, none of them changed: the comparison would come out the same. */
function unchangedStory(old: Story, cluster: StoryCluster, changed: ReadonlySet<string>): boolean {
  if (old.articles.length !== cluster.articles.length || cluster.articles.some((id) => changed.has(id))) return false;
  const oldCopies = new Map(old.members.map((m) => [m.article, m.duplicateOf]));
  return cluster.members.every((m) => oldCopies.has(m.article) && oldCopies.get(m.article) === m.duplicateOf);
}

function digest(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64url');
}

/**
 * The first streaming run takes every stored article, streamed from the store in publication
 * order (ties within a day by id, as `publicationOrder` sorts), never all held at once.
 */
async function addEveryStored(store: ChorusStore, clusterer: Clusterer): Promise<void> {
  let day: string | null = null;
  let buffer: AnalyzedArticle[] = [];
  const flush = () => {
    for (const article of publicationOrder(buffer)) clusterer.add(article);
    buffer = [];
  };
  for await (const article of store.iterateArticles()) {
    const today = article.publishedAt?.slice(0, 10) ?? null;
    if (today !== day) flush();
    day = today;
    buffer.push(article);
  }
  flush();
}

/**
 * The streaming clusterer, resumed: it takes only the articles it has not seen (it knows them
 * from its own state). Its archive is compact: a story that leaves its window is listed in
 * full once, by the run that archived it (and saved then), and afterwards only by id
 * (`archived`), so its state stays the size of the window.
 */
async function clusterIncrementally(store: ChorusStore, fresh: readonly AnalyzedArticle[]): Promise<Clustering & { archived: string[] }> {
  const state = await store.getState<ClustererState>(CLUSTERER_STATE_KEY);
  const clusterer = createClusterer(state ?? undefined, { compactArchive: true });
  if (state === null) await addEveryStored(store, clusterer);
  else {
    const known = new Set(clusterer.clustering().stories.flatMap((s) => s.articles));
    for (const article of publicationOrder(fresh.filter((a) => !known.has(a.id)))) clusterer.add(article);
  }
  clusterer.refine();
  await store.putState(CLUSTERER_STATE_KEY, clusterer.snapshot());
  return { ...clusterer.clustering(), archived: clusterer.archivedIds() };
}

/**
 * Archived stories (kept by the store, named by id only) holding an article whose entity keys
 * changed: their stored clusters, to be compared again.
 */
async function changedArchived(store: ChorusStore, archived: ReadonlySet<string>, changed: ReadonlySet<string>): Promise<StoryCluster[]> {
  const ids = new Set<string>();
  for (const article of changed) {
    const story = await store.storyOfArticle(article);
    if (story !== null && archived.has(story)) ids.add(story);
  }
  const out: StoryCluster[] = [];
  for (const id of [...ids].sort()) {
    const cluster = await storedCluster(store, id);
    if (cluster !== undefined) out.push(cluster);
  }
  return out;
}

async function storedCluster(store: ChorusStore, id: string): Promise<StoryCluster | undefined> {
  const story = await store.getStory(id);
  return story === null ? undefined : { id: story.id, articles: story.articles, members: story.members };
}

/** The batch pass: every stored article resolved and clustered together, every story saved. */
async function reclusterBatch(store: ChorusStore, context: Readonly<StageContext>): Promise<number> {
  const { articles: resolved, changed } = await resolveAll(store, context);
  const clustering = corpusStages.storylines(corpusStages.stories({ articles: resolved }, context), context);
  const previous = new Map<string, Story>();
  for await (const story of store.iterateStories()) previous.set(story.id, story);
  const byId = new Map(resolved.map((a) => [a.id, a]));
  const stories = clustering.stories.map((cluster) => {
    const old = previous.get(cluster.id);
    if (old !== undefined && unchangedStory(old, cluster, changed)) return { ...old, members: cluster.members };
    const articles = cluster.articles.map((id) => byId.get(id)).filter((a): a is AnalyzedArticle => a !== undefined);
    return corpusStages.compareStory({ cluster, articles }, context);
  });
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const storylines = clustering.storylines.map((line) =>
    corpusStages.compareStoryline({ storyline: line, stories: line.stories.map((id) => storyById.get(id)).filter((s): s is Story => s !== undefined) }, context),
  );
  await store.saveStories(stories, storylines);
  return stories.length;
}

/** A story whose clustering or articles changed: its stored comparison with new reasons, or compared again. */
async function restory(store: ChorusStore, cluster: StoryCluster, changed: ReadonlySet<string>, context: Readonly<StageContext>): Promise<Story> {
  const old = await store.getStory(cluster.id);
  if (old !== null && unchangedStory(old, cluster, changed)) return { ...old, members: cluster.members };
  return corpusStages.compareStory({ cluster, articles: await store.getArticles(cluster.articles) }, context);
}

/** Storylines whose stories or their comparisons changed, compared again. */
async function restorylines(
  store: ChorusStore,
  lines: readonly StorylineCluster[],
  storyDigest: ReadonlyMap<string, string>,
  written: ReadonlyMap<string, Story>,
  context: Readonly<StageContext>,
): Promise<Pick<StoryChanges, 'storylines' | 'removedStorylines'>> {
  const stored = await store.storylineDigests();
  const out: StoryChanges['storylines'] = [];
  for (const line of lines) {
    const lineDigest = digest([line.stories, line.stories.map((id) => storyDigest.get(id) ?? null)]);
    if (stored.get(line.id) === lineDigest && !line.stories.some((id) => written.has(id))) continue;
    const stories = new Map<string, Story>();
    for (const id of line.stories) {
      const story = written.get(id) ?? (await store.getStory(id));
      if (story !== null) stories.set(id, story);
    }
    out.push({ storyline: corpusStages.compareStoryline({ storyline: line, stories: [...stories.values()] }, context), digest: lineDigest, stories });
  }
  const kept = new Set(lines.map((l) => l.id));
  return { storylines: out, removedStorylines: [...stored.keys()].filter((id) => !kept.has(id)) };
}

/** The streaming pass: incremental resolution and clustering, and only changed stories compared and saved. */
async function reclusterStreaming(store: ChorusStore, context: Readonly<StageContext>): Promise<number> {
  const { fresh, changed } = await resolveIncrementally(store);
  const { archived: archivedIds, ...clustered } = await clusterIncrementally(store, fresh);
  const clustering = corpusStages.storylines(clustered, context);
  const archived = new Set(archivedIds);
  const lineOf = new Map<string, string>();
  for (const line of clustering.storylines) for (const id of line.stories) lineOf.set(id, line.id);
  const stored = await store.storyDigests();
  const storyDigest = new Map<string, string>();
  const changes: StoryChanges = { stories: [], removedStories: [], storylineOf: [], storylines: [], removedStorylines: [] };
  const written = new Map<string, Story>();
  for (const cluster of clustering.stories) {
    const d = digest([cluster.articles, cluster.members]);
    storyDigest.set(cluster.id, d);
    const line = lineOf.get(cluster.id) ?? null;
    const old = stored.get(cluster.id);
    if (old !== undefined && old.digest === d && !cluster.articles.some((id) => changed.has(id))) {
      if (old.storyline !== line) changes.storylineOf.push([cluster.id, line]);
      continue;
    }
    const story = await restory(store, cluster, changed, context);
    written.set(story.id, story);
    changes.stories.push({ story, digest: d, storyline: line });
  }
  // Archived stories: their stored clustering stands; only their storyline can change.
  const recompared = new Map((await changedArchived(store, archived, changed)).map((c) => [c.id, c]));
  for (const id of archivedIds) {
    const old = stored.get(id);
    if (old === undefined) continue;
    const line = lineOf.get(id) ?? null;
    // A story saved before digests existed gets one now (as any story whose digest differs).
    const cluster = recompared.get(id) ?? (old.digest === null ? await storedCluster(store, id) : undefined);
    const d = old.digest ?? (cluster ? digest([cluster.articles, cluster.members]) : null);
    if (d === null) continue;
    storyDigest.set(id, d);
    if (cluster !== undefined) {
      const story = await restory(store, cluster, changed, context);
      written.set(story.id, story);
      changes.stories.push({ story, digest: d, storyline: line });
    } else if (old.storyline !== line) changes.storylineOf.push([id, line]);
  }
  changes.removedStories = [...stored.keys()].filter((id) => !storyDigest.has(id));
  Object.assign(changes, await restorylines(store, clustering.storylines, storyDigest, written, context));
  await store.applyStoryChanges(changes);
  return clustering.stories.length + archivedIds.length;
}

/**
 * Re-runs the corpus stages after an ingest: canonical entity keys are written back to the
 * articles they changed, then stories and storylines replace the old ones (their ids are
 * stable, so a story that gained an article keeps its id). A story whose articles did not
 * change keeps its stored comparison (only the membership reasons are refreshed). Batch
 * below STREAMING_FROM stored articles, incremental from there on. Returns the number of stories.
 */
export async function recluster(store: ChorusStore, context: Readonly<StageContext> = defaultContext(), options: ReclusterOptions = {}): Promise<number> {
  const streaming = (await store.countArticles()) >= (options.streamingFrom ?? STREAMING_FROM);
  return streaming ? reclusterStreaming(store, context) : reclusterBatch(store, context);
}
