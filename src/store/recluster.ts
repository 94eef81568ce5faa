/**
 * The corpus stages over a store, after an ingest: canonical entity keys across every
 * stored article, stories and storylines, and their comparison.
 *
 * Cost: entity resolution and loading are O(stored articles) per ingest. Clustering is the
 * batch stage (the same stories `chorus analyze` finds) up to STREAMING_FROM articles; from
 * there on, the streaming clusterer resumes from its state in the store and only takes the
 * new articles, so clustering costs O(new). `compare` re-runs only for stories whose
 * articles changed.
 */
import type { AnalyzedArticle, Clustering, Story, StoryCluster } from '../model/records.ts';
import { defaultContext, type StageContext } from '../model/stage.ts';
import { corpusStages } from '../pipeline.ts';
import { createClusterer, publicationOrder, type ClustererState } from '../stories/index.ts';
import type { ChorusStore } from './store.ts';

/**
 * Stored articles from which clustering turns incremental. Below it the batch clusterer
 * (whole-corpus IDF, one refinement pass) is affordable: about 8 s per 1,000 articles on
 * one core, measured on ECB+; above it, a full re-run per ingest would dominate.
 */
export const STREAMING_FROM = 3000;
/** State key of the streaming clusterer. */
export const CLUSTERER_STATE_KEY = 'stories/clusterer';

export interface ReclusterOptions {
  /** Overrides STREAMING_FROM (tests). */
  streamingFrom?: number;
}

function articleChanged(before: AnalyzedArticle, after: AnalyzedArticle): boolean {
  return JSON.stringify(before.entities) !== JSON.stringify(after.entities) || JSON.stringify(before.quotes) !== JSON.stringify(after.quotes);
}

/** Same articles, each the same copy-or-not, none of them changed: the comparison would come out the same. */
function unchangedStory(old: Story, cluster: StoryCluster, changed: ReadonlySet<string>): boolean {
  if (old.articles.length !== cluster.articles.length || cluster.articles.some((id) => changed.has(id))) return false;
  const oldCopies = new Map(old.members.map((m) => [m.article, m.duplicateOf]));
  return cluster.members.every((m) => oldCopies.has(m.article) && oldCopies.get(m.article) === m.duplicateOf);
}

/** The streaming clusterer, resumed: it takes only the articles it has not seen (it knows them from its own state). */
async function clusterIncrementally(store: ChorusStore, articles: readonly AnalyzedArticle[]): Promise<Clustering> {
  const state = await store.getState<ClustererState>(CLUSTERER_STATE_KEY);
  const clusterer = createClusterer(state ?? undefined);
  const known = new Set(clusterer.clustering().stories.flatMap((s) => s.articles));
  for (const article of publicationOrder(articles.filter((a) => !known.has(a.id)))) clusterer.add(article);
  clusterer.refine();
  await store.putState(CLUSTERER_STATE_KEY, clusterer.snapshot());
  return clusterer.clustering();
}

/**
 * Re-runs the corpus stages over every stored article: canonical entity keys are written
 * back to the articles they changed, then stories and storylines replace the old ones
 * (their ids are stable, so a story that gained an article keeps its id). A story whose
 * articles did not change keeps its stored comparison (only the membership reasons are
 * refreshed). Returns the number of stories.
 */
export async function recluster(store: ChorusStore, context: Readonly<StageContext> = defaultContext(), options: ReclusterOptions = {}): Promise<number> {
  const stored: AnalyzedArticle[] = [];
  for await (const article of store.iterateArticles()) stored.push(article);
  const resolved = corpusStages.entities({ articles: stored }, context);
  const before = new Map(stored.map((a) => [a.id, a]));
  const changed = new Set<string>();
  for (const article of resolved) {
    const old = before.get(article.id);
    if (old === undefined || articleChanged(old, article)) {
      changed.add(article.id);
      await store.putArticle(article);
    }
  }
  const clustering = corpusStages.storylines(
    resolved.length >= (options.streamingFrom ?? STREAMING_FROM)
      ? await clusterIncrementally(store, resolved)
      : corpusStages.stories({ articles: resolved }, context),
    context,
  );
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
