/**
 * Template learning through the worker pool (`src/workers/`, `learnTemplates`): the same pages
 * as `templates.ts`, outlet by outlet in the same order, analysed in worker threads; the
 * caller reports each page's lesson as the store would (`pool.learn`), so later pages of the
 * outlet learn from earlier ones along the run. Compared with the single-process figure
 * (`compareTemplates(set, 0, null)`), which it should equal when the URL is given.
 */
import type { AnalyzedArticle, RawDocument } from '../../../src/model/records.ts';
import { templateLesson } from '../../../src/extract/text/OutletTemplates.ts';
import { createAnalyzerPool } from '../../../src/workers/index.ts';
import { groupByOutlet, type KeySource, type OutletPage, type TemplateSet } from './templates.ts';
import { paragraphsOf } from './score.ts';
import type { PRF } from '../metrics.ts';

// Reading time: after every benchmark page's date (as templates.ts).
const CONTEXT = { now: '2026-06-01T00:00:00Z' };

export interface PooledTemplates {
  pages: number;
  score: PRF;
  /** Process CPU seconds (all threads) and wall seconds, start-up excluded. */
  seconds: number;
}

function rawOf(page: OutletPage, keys: KeySource): RawDocument {
  const given = keys === 'url' ? { url: page.url } : {};
  return { source: page.id, format: 'text', content: page.text, encoding: 'utf-8', given, arrival: { kind: 'file' }, problems: [] };
}

/** Every page of every outlet with two pages or more, outlet by outlet, through a pool of `workers` threads. */
export async function pooledTemplates<P extends OutletPage>(set: TemplateSet<P>, workers: number, learn: boolean, keys: KeySource = 'url'): Promise<PooledTemplates> {
  const pages = groupByOutlet(set.pages).flat();
  const pool = createAnalyzerPool({ workers, alwaysThreads: true, learnTemplates: learn });
  try {
    await pool.ready();
    const started = performance.now();
    const articles: AnalyzedArticle[] = [];
    for await (const { raw, result } of pool.analyzeAll(pages.map((p) => rawOf(p, keys)), CONTEXT)) {
      if (!result.ok) throw new Error(`${raw.source}: ${result.error}`);
      articles.push(result.article);
      pool.learn(raw, templateLesson(raw, result.article));
    }
    const seconds = (performance.now() - started) / 1000;
    return { pages: pages.length, score: set.score(pages.map((page, i) => ({ page, output: paragraphsOf(articles[i]!) }))), seconds };
  } finally {
    await pool.close();
  }
}
