/**
 * Runs the quotes stage over the gold set and scores it: the code the benchmark and the
 * gate share. The stage sees the article as the nlp stage would hand it over when
 * nlp is available (entities, roles); otherwise a bare article (text and paragraphs).
 */
import type { NlpArticle, Quote, QuoteKind } from '../../src/model/records.ts';
import { readQuotes } from '../../src/quotes/index.ts';
import { readNlp } from '../../src/nlp/index.ts';
import { bareArticle } from './annotate/common.ts';
import type { GoldArticle } from './goldSet.ts';
import { add, emptyCounts, scoreArticle, scores, THRESHOLDS, type Counts, type Scores } from './scoring.ts';

export type Prepare = (article: GoldArticle) => NlpArticle;

export const prepareBare: Prepare = (a) => bareArticle(a.text, a.name);

/** The article as the pipeline hands it over: read by the nlp stage first (entities, roles). */
export const prepareWithNlp: Prepare = (a) => {
  const bare = bareArticle(a.text, a.name);
  const { sentences: _s, entities: _e, dates: _d, ...extracted } = bare;
  return readNlp({ ...extracted, publishedAt: a.meta.publishedAt ?? null }, { now: `${a.meta.publishedAt ?? '2024-03-01'}T12:00:00Z` });
};

export interface Evaluation {
  /** split → threshold → counts */
  bySplit: Record<'dev' | 'test' | 'all', Record<string, Counts>>;
  /** kind → threshold → counts (all splits) */
  byKind: Record<string, Record<string, Counts>>;
  predictions: Map<string, Quote[]>;
}

const KINDS: QuoteKind[] = ['direct', 'partial', 'indirect'];

export function evaluate(gold: readonly GoldArticle[], prepare: Prepare = prepareBare): Evaluation {
  const bySplit: Evaluation['bySplit'] = { dev: {}, test: {}, all: {} };
  const byKind: Evaluation['byKind'] = {};
  const predictions = new Map<string, Quote[]>();
  const context = { now: '2024-03-01T00:00:00Z' };
  for (const a of gold) {
    const predicted = readQuotes(prepare(a), context).quotes;
    predictions.set(a.name, predicted);
    for (const t of THRESHOLDS) {
      const key = String(t);
      const c = scoreArticle(a.quotes, predicted, t);
      for (const s of [a.split, 'all'] as const) bySplit[s][key] = add(bySplit[s][key] ?? emptyCounts(), c);
      for (const k of KINDS) {
        const ck = scoreArticle(a.quotes, predicted, t, new Set([k]));
        byKind[k] ??= {};
        const bucket = byKind[k];
        if (bucket) bucket[key] = add(bucket[key] ?? emptyCounts(), ck);
      }
    }
  }
  return { bySplit, byKind, predictions };
}

export function scoresAt(e: Evaluation, split: 'dev' | 'test' | 'all', threshold: number): Scores {
  return scores(e.bySplit[split][String(threshold)] ?? emptyCounts());
}
