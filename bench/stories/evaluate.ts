/**
 * Scoring of the stories stage on a corpus, shared by the benchmark (run.ts) and the gate test.
 */
import type { AnalyzedArticle, Clustering } from '../../src/model/records.ts';
import { clusterArticles, createClusterer, type CreateClustererOptions } from '../../src/stories/index.ts';
import type { Corpus } from './datasets.ts';
import { shuffled } from './datasets.ts';
import { bcubedAgreement, type ClusteringScores, scoreClustering } from './metrics.ts';

/** Article → story id. */
export function storyLabels(clustering: Clustering): Map<string, string> {
  const labels = new Map<string, string>();
  for (const story of clustering.stories) for (const article of story.articles) labels.set(article, story.id);
  return labels;
}

/** Article → storyline id. */
export function storylineLabels(clustering: Clustering): Map<string, string> {
  const storyToLine = new Map<string, string>();
  for (const line of clustering.storylines) for (const story of line.stories) storyToLine.set(story, line.id);
  const labels = new Map<string, string>();
  for (const story of clustering.stories) for (const article of story.articles) labels.set(article, storyToLine.get(story.id) ?? story.id);
  return labels;
}

export interface CorpusResult {
  clustering: Clustering;
  /** Scores of the stories against each gold level. */
  stories: Record<string, ClusteringScores>;
  /** Scores of the storylines against each gold level. */
  storylines: Record<string, ClusteringScores>;
  ms: number;
}

export function evaluate(corpus: Corpus, options: CreateClustererOptions = {}): CorpusResult {
  const started = performance.now();
  const clustering = clusterArticles(corpus.articles, options);
  const ms = performance.now() - started;
  const predicted = storyLabels(clustering);
  const lines = storylineLabels(clustering);
  const stories: Record<string, ClusteringScores> = {};
  const storylines: Record<string, ClusteringScores> = {};
  for (const [level, gold] of Object.entries(corpus.gold)) {
    stories[level] = scoreClustering(predicted, gold);
    storylines[level] = scoreClustering(lines, gold);
  }
  return { clustering, stories, storylines, ms };
}

/**
 * The streaming clusterer fed in exactly the given order (no sorting), then its closing pass
 * (`refine()`, as the store runs after each ingest), or with `close: false` only a final
 * maintenance (the single pass as it stands).
 */
export function clusterInOrder(articles: readonly AnalyzedArticle[], options: CreateClustererOptions = {}, close = true): Clustering {
  const clusterer = createClusterer(undefined, options);
  for (const article of articles) clusterer.add(article);
  if (close) clusterer.refine();
  else clusterer.maintain();
  return clusterer.clustering();
}

/**
 * Order robustness against one seeded shuffle, three ways:
 * - `agreement`: the batch run (publication order, corpus IDF) against the streaming clusterer fed
 *   the shuffle: the strictest comparison, mixing both modes;
 * - `streamingAgreement`: the streaming clusterer fed publication order against it fed the shuffle
 *   (what a store past `STREAMING_FROM` does when the same articles arrive in another order);
 * - `batchAgreement`: the batch stage given the shuffled list against it given publication order
 *   (what `chorus analyze` and a small store do; it sorts its input, so 1 means order-free);
 * - `singlePassAgreement`: as `streamingAgreement` but without the closing pass (`refine()`) on
 *   either side: how much the single pass alone depends on the order.
 */
export function orderAgreement(
  corpus: Corpus,
  seed: number,
  options: CreateClustererOptions = {},
): { agreement: number; streamingAgreement: number; batchAgreement: number; singlePassAgreement: number; shuffledScores: Record<string, ClusteringScores> } {
  const inOrder = storyLabels(clusterArticles(corpus.articles, options));
  const mixed = shuffled(corpus.articles, seed);
  const other = storyLabels(clusterInOrder(mixed, options));
  const streamedInOrder = storyLabels(clusterInOrder(corpus.articles, options));
  const batchShuffled = storyLabels(clusterArticles(mixed, options));
  const shuffledScores: Record<string, ClusteringScores> = {};
  for (const [level, gold] of Object.entries(corpus.gold)) shuffledScores[level] = scoreClustering(other, gold);
  return {
    agreement: bcubedAgreement(inOrder, other),
    streamingAgreement: bcubedAgreement(streamedInOrder, other),
    batchAgreement: bcubedAgreement(inOrder, batchShuffled),
    singlePassAgreement: bcubedAgreement(storyLabels(clusterInOrder(corpus.articles, options, false)), storyLabels(clusterInOrder(mixed, options, false))),
    shuffledScores,
  };
}

/** Splits a corpus in two by a gold level (whole gold clusters on each side), for dev/test sweeps. */
export function splitCorpus(corpus: Corpus, level: string, isDev: (label: string) => boolean): [Corpus, Corpus] {
  const gold = corpus.gold[level]!;
  const part = (dev: boolean): Corpus => {
    const articles = corpus.articles.filter((a) => isDev(gold.get(a.id)!) === dev);
    const keep = new Set(articles.map((a) => a.id));
    const partGold: Record<string, Map<string, string>> = {};
    for (const [name, labels] of Object.entries(corpus.gold)) partGold[name] = new Map([...labels].filter(([id]) => keep.has(id)));
    return { name: `${corpus.name} ${dev ? 'dev' : 'test'}`, articles, gold: partGold };
  };
  return [part(true), part(false)];
}

/** Stable string hash (FNV-1a) for splitting labels. */
export function labelHash(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
