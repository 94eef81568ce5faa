/**
 * Scale test of the stories stage: streams synthetic articles (see synthetic.ts) into one
 * clusterer, WINDOW articles at a time (each window is generated first, then added, so only
 * `add` is timed), and reports at each checkpoint the throughput over the last window, by
 * wall clock and by this process's CPU time (a fair one-core figure when other jobs share
 * the machine), and memory after a forced GC. Prints one JSON line per checkpoint.
 * Run with `node --expose-gc --import tsx bench/stories/scale.ts --n 1000000`.
 */
import { getHeapStatistics } from 'node:v8';
import type { AnalyzedArticle } from '../../src/model/records.ts';
import { createClusterer } from '../../src/stories/index.ts';
import { scoreClustering } from './metrics.ts';
import { syntheticArticles } from './synthetic.ts';

const WINDOW = 10_000;
/** Gold agreement is computed up to this size (the label maps themselves would dominate memory beyond). */
const QUALITY_LIMIT = 200_000;

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const n = argument('n', 100_000);
const checkpoints = new Set([10_000, 30_000, 100_000, 300_000, 1_000_000, n].filter((c) => c <= n));
console.log(JSON.stringify({ n, heapLimitMB: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20) }));
const gold = new Map<string, string>();
// The store path: archived stories are handed over (here: counted) and dropped from memory.
let archivedStories = 0;
const archivedLabels = new Map<string, string>();
const clusterer = createClusterer(undefined, {
  retainArchived: false,
  onArchive: (story) => {
    archivedStories++;
    if (n <= QUALITY_LIMIT) for (const a of story.articles) archivedLabels.set(a, story.id);
  },
});
const source = syntheticArticles(n);
let count = 0;
let totalSeconds = 0;
let totalCpuSeconds = 0;
while (count < n) {
  const batch: AnalyzedArticle[] = [];
  for (let i = 0; i < WINDOW && count + batch.length < n; i++) {
    const next = source.next();
    if (next.done) break;
    if (n <= QUALITY_LIMIT) gold.set(next.value.article.id, next.value.story);
    batch.push(next.value.article);
  }
  if (batch.length === 0) break;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const article of batch) clusterer.add(article);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  totalSeconds += seconds;
  totalCpuSeconds += cpuSeconds;
  count += batch.length;
  if (checkpoints.has(count)) {
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    console.log(
      JSON.stringify({
        articles: count,
        windowPerSecond: Math.round(batch.length / seconds),
        overallPerSecond: Math.round(count / totalSeconds),
        windowPerCpuSecond: Math.round(batch.length / cpuSeconds),
        overallPerCpuSecond: Math.round(count / totalCpuSeconds),
        archivedStories,
        heapMB: Math.round(memory.heapUsed / 2 ** 20),
        heapTotalMB: Math.round(memory.heapTotal / 2 ** 20),
        externalMB: Math.round(memory.external / 2 ** 20),
        rssMB: Math.round(memory.rss / 2 ** 20),
      }),
    );
  }
}
if (n > QUALITY_LIMIT) process.exit(0);
const predicted = new Map<string, string>(archivedLabels);
for (const story of clusterer.clustering().stories) for (const a of story.articles) predicted.set(a, story.id);
const scores = scoreClustering(predicted, gold);
console.log(JSON.stringify({ quality: { articles: count, bcubedF1: scores.bcubed.f1, bcubedP: scores.bcubed.precision, bcubedR: scores.bcubed.recall, pairwiseF1: scores.pairwise.f1, stories: scores.predictedClusters, goldStories: scores.goldClusters } }));
