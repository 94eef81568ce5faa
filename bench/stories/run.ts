/**
 * `npm run bench:stories`: story clustering quality on ECB+ and the UCI News Aggregator
 * sample (pairwise and BCubed), the threshold sweep that chose the operating point,
 * order robustness, and the synthetic scale test (throughput and memory curve).
 *
 * Flags: `--n N` scale-test size (default 1,000,000); `--skip-scale` reuses the last scale
 * figures from bench/stories/scale-results.json; `--quick` sweeps a smaller grid.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OPTIONS, type ClustererOptions } from '../../src/stories/index.ts';
import { table, writeResultSection } from '../lib/report.ts';
import { type Corpus, hasClusteringData, loadEcb, loadUci } from './datasets.ts';
import { evaluate, labelHash, orderAgreement, splitCorpus } from './evaluate.ts';
import type { ClusteringScores } from './metrics.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const scaleN = Number(args[args.indexOf('--n') + 1] ?? NaN);
const SCALE_N = args.includes('--n') && Number.isFinite(scaleN) ? scaleN : 1_000_000;
const SCALE_CACHE = fileURLToPath(new URL('./scale-results.json', import.meta.url));
const SHUFFLE_SEEDS = [1, 2, 3];

const f3 = (x: number) => x.toFixed(3);
const prf = (s: ClusteringScores['bcubed']) => `${f3(s.precision)} / ${f3(s.recall)} / **${f3(s.f1)}**`;

if (!hasClusteringData()) {
  console.error('bench:stories needs ../shared/data/clustering (ECB+ and the UCI sample); not found.');
  process.exit(1);
}

if (flag('scale-only')) {
  runScale();
  process.exit(0);
}

const ecb = loadEcb();
const uci = loadUci();
// Dev/test halves: whole ECB+ topics by parity, whole UCI stories by hash parity.
const [ecbDev, ecbTest] = splitCorpus(ecb, 'topic', (topic) => Number(topic) % 2 === 1);
const [uciDev, uciTest] = splitCorpus(uci, 'story', (story) => labelHash(story) % 2 === 0);

// ---------------------------------------------------------------------------
// 1. Threshold sweep on the dev halves; objective: the lower of the two BCubed F1s.
const grid = flag('quick')
  ? { join: [0.18, 0.22, 0.26], merge: [0.3, 0.4], split: [0] }
  : { join: [0.14, 0.18, 0.22, 0.26, 0.3], merge: [0.15, 0.2, 0.25, 0.3, 0.35, 0.45, 2], split: [0, 0.2] };
interface SweepRow {
  options: ClustererOptions;
  ecb: number;
  uci: number;
  objective: number;
}
const sweep: SweepRow[] = [];
for (const joinThreshold of grid.join) {
  for (const mergeThreshold of grid.merge) {
    for (const splitThreshold of grid.split) {
      const options: ClustererOptions = { ...DEFAULT_OPTIONS, joinThreshold, mergeThreshold, splitThreshold };
      const e = evaluate(ecbDev, options).stories.event!.bcubed.f1;
      const u = evaluate(uciDev, options).stories.story!.bcubed.f1;
      sweep.push({ options, ecb: e, uci: u, objective: Math.min(e, u) });
      console.log(`sweep join ${joinThreshold} merge ${mergeThreshold} split ${splitThreshold}: ECB+ dev ${f3(e)} UCI dev ${f3(u)}`);
    }
  }
}
const best = [...sweep].sort((a, b) => b.objective - a.objective)[0]!;
// Storylines: swept second, at the best story point, on ECB+ dev topics (the only gold for
// "same thread": each topic's two events), scoring the storylines against the topics. Guard
// against over-linking on real news: on the UCI dev half, linking stories into storylines may
// lower the purity by news category (BCubed precision against the category) by at most
// STORYLINE_PURITY_LOSS compared with the stories themselves.
const STORYLINE_PURITY_LOSS = 0.01;
const storyPurity = evaluate(uciDev, best.options).stories.category!.bcubed.precision;
const storylineSweep = (flag('quick') ? [0.1, 0.2] : [0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.4]).map((storylineThreshold) => {
  const options = { ...best.options, storylineThreshold };
  const topic = evaluate(ecbDev, options).storylines.topic!.bcubed;
  const purity = evaluate(uciDev, options).storylines.category!.bcubed.precision;
  console.log(`storyline sweep ${storylineThreshold}: ECB+ dev topic (storylines) ${f3(topic.f1)}, UCI category purity ${f3(purity)}`);
  return { storylineThreshold, topic, purity };
});
const bestLine = [...storylineSweep]
  .filter((r) => r.purity >= storyPurity - STORYLINE_PURITY_LOSS)
  .sort((a, b) => b.topic.f1 - a.topic.f1 || b.storylineThreshold - a.storylineThreshold)[0] ?? { storylineThreshold: DEFAULT_OPTIONS.storylineThreshold };
const chosen: ClustererOptions = { ...best.options, storylineThreshold: bestLine.storylineThreshold };
const defaultsMatch =
  chosen.joinThreshold === DEFAULT_OPTIONS.joinThreshold &&
  chosen.mergeThreshold === DEFAULT_OPTIONS.mergeThreshold &&
  chosen.splitThreshold === DEFAULT_OPTIONS.splitThreshold &&
  chosen.storylineThreshold === DEFAULT_OPTIONS.storylineThreshold;

// ---------------------------------------------------------------------------
// 2. The shipped operating point (DEFAULT_OPTIONS) on dev, test and full sets.
function row(name: string, corpus: Corpus, level: string, options: ClustererOptions, via: 'stories' | 'storylines' = 'stories'): (string | number)[] {
  const result = evaluate(corpus, options);
  const s = result[via][level]!;
  return [name, level + (via === 'storylines' ? ' (storylines)' : ''), corpus.articles.length, `${s.predictedClusters} / ${s.goldClusters}`, prf(s.pairwise), prf(s.bcubed), Math.round(result.ms)];
}
const quality = [
  row('ECB+', ecb, 'event', DEFAULT_OPTIONS),
  row('ECB+', ecb, 'topic', DEFAULT_OPTIONS),
  row('ECB+', ecb, 'topic', DEFAULT_OPTIONS, 'storylines'),
  row('ECB+ dev (odd topics)', ecbDev, 'event', DEFAULT_OPTIONS),
  row('ECB+ test (even topics)', ecbTest, 'event', DEFAULT_OPTIONS),
  row('ECB+ dev (odd topics)', ecbDev, 'topic', DEFAULT_OPTIONS, 'storylines'),
  row('ECB+ test (even topics)', ecbTest, 'topic', DEFAULT_OPTIONS, 'storylines'),
  row('UCI sample', uci, 'story', DEFAULT_OPTIONS),
  row('UCI dev half', uciDev, 'story', DEFAULT_OPTIONS),
  row('UCI test half', uciTest, 'story', DEFAULT_OPTIONS),
];

// ---------------------------------------------------------------------------
// 3. Order robustness: publication order against seeded shuffles.
const robustness = [ecb, uci].flatMap((corpus) =>
  SHUFFLE_SEEDS.map((seed) => {
    const { agreement, shuffledScores } = orderAgreement(corpus, seed, DEFAULT_OPTIONS);
    const level = corpus === ecb ? 'event' : 'story';
    return [corpus.name, seed, f3(agreement), f3(shuffledScores[level]!.bcubed.f1)];
  }),
);

// ---------------------------------------------------------------------------
// 4. Scale test in a child process (its own heap, GC exposed for honest memory figures).
interface ScalePoint {
  articles: number;
  windowPerSecond: number;
  overallPerSecond: number;
  heapMB: number;
  rssMB: number;
}
interface ScaleQuality {
  articles: number;
  bcubedF1: number;
  pairwiseF1: number;
  stories: number;
  goldStories: number;
}
type ScaleResult = { n: number; points: ScalePoint[]; quality: ScaleQuality | null; heapLimitMB: number };
let scale: ScaleResult | null = null;
if (flag('skip-scale')) {
  if (existsSync(SCALE_CACHE)) scale = JSON.parse(readFileSync(SCALE_CACHE, 'utf8')) as ScaleResult;
} else {
  scale = runScale();
}

/** Runs scale.ts in a child (its own heap, capped at HEAP_LIMIT_MB so "fits in 2 GB" is tested, not assumed). */
function runScale(): ScaleResult {
  const HEAP_LIMIT_MB = 1800;
  console.log(`scale test: ${SCALE_N} synthetic articles…`);
  const child = spawnSync(process.execPath, ['--expose-gc', '--single-threaded-gc', `--max-old-space-size=${HEAP_LIMIT_MB}`, '--import', 'tsx', fileURLToPath(new URL('./scale.ts', import.meta.url)), '--n', String(SCALE_N)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const lines = child.stdout.split('\n').filter((l) => l.startsWith('{'));
  const points = lines.map((l) => JSON.parse(l) as ScalePoint & { quality?: ScaleQuality }).filter((p) => !p.quality);
  const q = lines.map((l) => JSON.parse(l) as { quality?: ScaleQuality }).find((p) => p.quality)?.quality ?? null;
  const result: ScaleResult = { n: SCALE_N, points, quality: q, heapLimitMB: HEAP_LIMIT_MB };
  if (child.status !== 0) console.error(child.stderr);
  writeFileSync(SCALE_CACHE, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

// ---------------------------------------------------------------------------
const sweepRows = [...sweep]
  .sort((a, b) => b.objective - a.objective)
  .map((r) => [r.options.joinThreshold, r.options.mergeThreshold === 2 ? 'off' : r.options.mergeThreshold, r.options.splitThreshold === 0 ? 'off' : r.options.splitThreshold, f3(r.ecb), f3(r.uci), f3(r.objective)]);

const body = `
The stories stage (\`src/stories/\`) is a single-pass streaming clusterer (TF-IDF over title, lead and entity keys; capped centroids; inverted-index candidate retrieval; time decay; MinHash copies; periodic merge/split; storylines). Neither benchmark corpus carries NLP output, so **entities are empty here: these scores are text-only**. The cold-start IDF comes from the extraction benchmarks' ground-truth bodies, not from these corpora.

### Quality at the shipped operating point

Operating point: join ${DEFAULT_OPTIONS.joinThreshold}, merge ${DEFAULT_OPTIONS.mergeThreshold}, split ${DEFAULT_OPTIONS.splitThreshold || 'off'}, storyline ${DEFAULT_OPTIONS.storylineThreshold}. Cells are precision / recall / **F1**.

${table(['corpus', 'gold level', 'articles', 'clusters (pred / gold)', 'pairwise P / R / F1', 'BCubed P / R / F1', 'ms'], quality)}

Goals (issue #4): ECB+ event-level BCubed F1 ≥ 0.85, topic-level ≥ 0.97, UCI ≥ 0.80. ECB+ topic level is scored twice: against the stories (which are meant to keep a topic's two events apart, so topic recall is capped by design) and against the storylines (which link stories of one thread).
Reference points (not runnable here, different data): Miranda et al. 2018 report pairwise F1 0.940 on their own multilingual news stream; later work reports BCubed F1 0.78–0.89.

### Threshold sweep

Procedure: every grid point is run on the **dev halves** (ECB+ odd topics, event level; UCI stories with an even label hash); the objective is the lower of the two BCubed F1s, so neither corpus alone decides; the best point is shipped in \`src/stories/constants.ts\` and scored above on the held-back test halves and the full sets. The storyline threshold is swept second, at the best story point, on the ECB+ dev topics scored against the storylines, keeping only thresholds whose UCI dev storylines lose at most 0.01 of category purity (BCubed precision against the news category) compared with the stories alone; ties go to the higher (more conservative) threshold. Sweep's best: join ${chosen.joinThreshold}, merge ${chosen.mergeThreshold === 2 ? 'off' : chosen.mergeThreshold}, split ${chosen.splitThreshold || 'off'}, storyline ${chosen.storylineThreshold} (${defaultsMatch ? 'matches the shipped constants' : '**differs from the shipped constants**'}).

<details><summary>Full sweep table (${sweep.length} points, best first)</summary>

${table(['join', 'merge', 'split', 'ECB+ dev event B³F1', 'UCI dev B³F1', 'min'], sweepRows)}

</details>

${table(['storyline threshold', 'ECB+ dev topic (storylines) B³ P / R / F1', `UCI dev storyline purity by category (B³ P; stories alone ${f3(storyPurity)}, guard: lose ≤ 0.01)`], storylineSweep.map((r) => [r.storylineThreshold, prf(r.topic), f3(r.purity)]))}

### Order robustness

The streaming clusterer fed the articles in a seeded random order (mulberry32 shuffle) against the publication-order run (ECB+ is undated, so its "publication order" is id order). Agreement is BCubed F1 between the two clusterings. Goal ≥ 0.95.

${table(['corpus', 'seed', 'B³ agreement with in-order run', 'shuffled run B³F1 vs gold'], robustness)}

### Scale (synthetic firehose)

Generator: \`bench/stories/synthetic.ts\` (model in its header: real sentences from ECB+ and the gold articles recombined into stories; Zipf-shared entity pools; Poisson story starts at 400/day; Pareto story sizes, mean ≈ 8; bursty exponential arrival; 8 % syndicated copies; 15 % of stories continue an earlier thread). Throughput counts only the clusterer's \`add\` (with its periodic maintenance), over the last 10,000 articles before each checkpoint, on one core; memory is after a forced GC, with archived stories retained in memory (the default). The machine was shared with other jobs during the run, so throughput is a lower bound.

${scale && scale.points.length > 0 ? table(['articles indexed', 'articles/s (last 10k)', 'articles/s (overall)', 'heap MB', 'RSS MB'], scale.points.map((p) => [p.articles.toLocaleString('en'), p.windowPerSecond, p.overallPerSecond, p.heapMB, p.rssMB])) : '_Scale test not run._'}
${scale?.quality ? `\nSynthetic gold agreement at ${scale.quality.articles.toLocaleString('en')} articles: BCubed F1 ${f3(scale.quality.bcubedF1)}, pairwise F1 ${f3(scale.quality.pairwiseF1)} (${scale.quality.stories} stories found, ${scale.quality.goldStories} generated).` : ''}
Goals: ≥ 2,000 articles/s with 1,000,000 indexed; < 2 GB.
`;

writeResultSection('stories', 'Stories: streaming clustering, storylines, scale', body);
console.log(body);
