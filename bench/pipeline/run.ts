/**
 * `npm run bench`: times the pipeline (what `chorus analyze` runs) on every corpus in
 * ../shared/data and the repo, stage by stage, in one process on one core: articles per
 * second per stage and end to end, and the peak resident memory. Floor (issue #2):
 * 100 articles per second per core end to end on text inputs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzedArticle, ExtractedArticle, NlpArticle, Story, Storyline } from '../../src/model/records.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { defaultContext } from '../../src/model/stage.ts';
import { compareClusters, corpusStages, documentStages } from '../../src/pipeline.ts';
import { table, writeResultSection } from '../lib/report.ts';
import { loadCorpora, type Corpus } from './corpora.ts';

/** The floor to beat on text inputs, end to end, per core. */
export const FLOOR_ARTICLES_PER_SECOND = 100;
/** Documents per corpus run once before timing, so lazy loading and JIT warm-up are not charged to small corpora. */
const WARM_UP_DOCS = 10;

interface StageTimes {
  extract: number;
  nlp: number;
  quotes: number;
  entities: number;
  stories: number;
  compare: number;
}

const STAGES: (keyof StageTimes)[] = ['extract', 'nlp', 'quotes', 'entities', 'stories', 'compare'];

/** Writes the analysed corpus to a fresh SQLite store (one transaction per article, then the stories): the store's share of `chorus ingest`. */
async function timeStore(result: { articles: AnalyzedArticle[]; stories: Story[]; storylines: Storyline[] }): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-'));
  try {
    const store = await openSqliteStore(join(dir, 'bench.db'));
    const started = performance.now();
    for (const article of result.articles) await store.putArticle(article);
    await store.saveStories(result.stories, result.storylines);
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    return seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timed<T>(body: () => T): [T, number] {
  const started = performance.now();
  const result = body();
  return [result, (performance.now() - started) / 1000];
}

function peakRssMiB(): number {
  // maxRSS is in kibibytes.
  return process.resourceUsage().maxRSS / 1024;
}

function runCorpus(corpus: Corpus): { articles: number; stories: number; times: StageTimes; failures: number; output: { articles: AnalyzedArticle[]; stories: Story[]; storylines: Storyline[] } } {
  const context = defaultContext({ now: '2026-01-01T00:00:00Z' });
  let failures = 0;
  const [extracted, extract] = timed(() =>
    corpus.docs.flatMap((d): ExtractedArticle[] => {
      try {
        return [documentStages.extract(d, context)];
      } catch {
        failures++;
        return [];
      }
    }),
  );
  const [read, nlp] = timed(() => extracted.map((a): NlpArticle => documentStages.nlp(a, context)));
  const [analysed, quotes] = timed(() => read.map((a): AnalyzedArticle => documentStages.quotes(a, context)));
  const unique = [...new Map(analysed.map((a) => [a.id, a])).values()];
  const [resolved, entities] = timed(() => corpusStages.entities({ articles: unique }, context));
  const [clustering, stories] = timed(() => corpusStages.stories({ articles: resolved }, context));
  const [compared, compare] = timed(() => compareClusters(resolved, clustering, context));
  return {
    articles: corpus.docs.length,
    stories: compared.stories.length,
    times: { extract, nlp, quotes, entities, stories, compare },
    failures,
    output: { articles: resolved, ...compared },
  };
}

function rate(n: number, seconds: number): string {
  return seconds <= 0 ? '—' : Math.round(n / seconds).toLocaleString('en-US');
}

async function main(): Promise<void> {
  const { corpora, absent } = loadCorpora();
  // Warm-up: the first call of each stage loads lexicons and models; steady-state speed is what scales.
  for (const kind of ['text', 'html'] as const) {
    const warm = corpora.filter((c) => c.kind === kind).flatMap((c) => c.docs.slice(0, WARM_UP_DOCS));
    if (warm.length > 0) await timeStore(runCorpus({ name: 'warm-up', kind, docs: warm }).output);
  }
  const rows: (string | number)[][] = [];
  const totals: Record<'text' | 'html', { n: number; s: number }> = { text: { n: 0, s: 0 }, html: { n: 0, s: 0 } };
  for (const corpus of corpora) {
    const result = runCorpus(corpus);
    const total = STAGES.reduce((sum, s) => sum + result.times[s], 0);
    const storeSeconds = await timeStore(result.output);
    totals[corpus.kind].n += result.articles;
    totals[corpus.kind].s += total;
    rows.push([
      corpus.name,
      result.articles,
      result.stories,
      ...STAGES.map((s) => rate(result.articles, result.times[s])),
      `**${rate(result.articles, total)}**`,
      total.toFixed(2),
      rate(result.output.articles.length, storeSeconds),
    ]);
    console.log(`${corpus.name}: ${result.articles} articles, ${rate(result.articles, total)} articles/s end to end${result.failures ? `, ${result.failures} extraction failures` : ''}`);
  }
  const peak = peakRssMiB();
  const textRate = totals.text.s > 0 ? totals.text.n / totals.text.s : 0;
  const verdict = textRate >= FLOOR_ARTICLES_PER_SECOND ? 'meets' : 'is BELOW';
  const body = [
    'Articles per second for each stage (one core, in memory, no store; documents already decoded) and end to end.',
    'Corpus stages (entities, stories, compare) run once over the whole corpus; their rate is corpus size divided by their time.',
    'The last column is not part of `analyze`: it writes the analysed corpus to a fresh SQLite store (the extra cost of `chorus ingest`), in articles per second.',
    '',
    table(['corpus', 'articles', 'stories found', ...STAGES, 'end to end', 'seconds', 'SQLite store'], rows),
    '',
    `Text inputs overall: **${Math.round(textRate)} articles/s** end to end, which ${verdict} the floor of ${FLOOR_ARTICLES_PER_SECOND} articles/s/core.`,
    totals.html.n > 0 ? `HTML inputs overall: ${Math.round(totals.html.n / totals.html.s)} articles/s end to end.` : '',
    `Peak resident memory (RSS) of the whole run: ${peak.toFixed(0)} MiB.`,
    absent.length > 0 ? `Absent here, skipped: ${absent.join(', ')}.` : '',
  ].filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n');
  writeResultSection('pipeline', 'Pipeline throughput (`chorus analyze`)', body);
  console.log(`\ntext: ${Math.round(textRate)} articles/s end to end (floor ${FLOOR_ARTICLES_PER_SECOND}); peak RSS ${peak.toFixed(0)} MiB`);
}

await main();
