/**
 * Output fingerprint of the stories stage, for speed work that must not change results:
 * hashes of the full clusterings (stories, reasons, storylines) of ECB+ and the UCI sample
 * (batch, and streaming over a seeded shuffle) and of a 20k synthetic stream (every `add`
 * answer, then the refined clustering). Run before and after a change; the lines must match.
 * `node --import tsx bench/stories/fingerprint.ts`
 */
import { createHash } from 'node:crypto';
import { clusterArticles, createClusterer } from '../../src/stories/index.ts';
import { hasClusteringData, loadEcb, loadUci, shuffled } from './datasets.ts';
import { clusterInOrder } from './evaluate.ts';
import { syntheticArticles } from './synthetic.ts';

const digest = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 16);

if (hasClusteringData()) {
  for (const corpus of [loadEcb(), loadUci()]) {
    console.log(`${corpus.name} batch`, digest(clusterArticles(corpus.articles)));
    console.log(`${corpus.name} shuffle1`, digest(clusterInOrder(shuffled(corpus.articles, 1))));
  }
}
const clusterer = createClusterer(undefined, { retainArchived: true });
const answers = [...syntheticArticles(20_000)].map(({ article }) => clusterer.add(article));
clusterer.refine();
console.log('synthetic adds', digest(answers));
console.log('synthetic final', digest(clusterer.clustering()));
