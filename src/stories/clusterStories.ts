import type { AnalyzedArticle, Clustering } from '../model/records.ts';
import type { Stage } from '../model/stage.ts';
import { type CreateClustererOptions, createClusterer } from './Clusterer.ts';
import { dayOf } from './dates.ts';

/** Publication order; undated articles after dated ones; ties by id, so any input order gives one run. */
export function publicationOrder(articles: readonly Readonly<AnalyzedArticle>[]): Readonly<AnalyzedArticle>[] {
  return [...articles].sort((a, b) => {
    const da = dayOf(a.publishedAt) ?? Number.POSITIVE_INFINITY;
    const db = dayOf(b.publishedAt) ?? Number.POSITIVE_INFINITY;
    if (da !== db) return da < db ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/**
 * Batch form: the streaming clusterer over the articles in publication order, from an empty
 * state, with IDF primed on the whole batch (it is known up front), then one refinement pass.
 * Priming follows the same order, so the result does not depend on the order of the input list.
 */
export function clusterArticles(articles: readonly Readonly<AnalyzedArticle>[], options: CreateClustererOptions = {}): Clustering {
  const ordered = publicationOrder(articles);
  const clusterer = createClusterer(undefined, { primeIdf: ordered, ...options });
  for (const article of ordered) clusterer.add(article);
  clusterer.refine();
  return clusterer.clustering();
}

/** The pipeline's stories stage (deterministic: same articles → same stories). */
export const clusterStories: Stage<{ articles: readonly AnalyzedArticle[] }, Clustering> = (input) => clusterArticles(input.articles);
