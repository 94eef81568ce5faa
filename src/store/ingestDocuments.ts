/**
 * The ingest path through a store: raw documents → per-document stages → one
 * transaction per article → corpus stages over everything stored → stories saved.
 * Shared by `chorus ingest`, `chorus demo`, the HTTP API and `chorus watch`.
 *
 * The corpus stages (recluster.ts) run once at the end of each ingest, over the store.
 *
 * Re-ingest and template learning: a raw input already stored (same format and content,
 * `rawInputHash`) is a duplicate before extraction, so a page re-read after its outlet's
 * templates changed keeps its id instead of coming back under a new one. A new text-mode
 * page is extracted with its outlet's templates from the store (`context.outletTemplates`)
 * and, once stored as a new article, teaches that outlet its lines.
 */
import type { AnalyzedArticle, ExtractedArticle, RawDocument } from '../model/records.ts';
import { defaultContext, type OutletTemplates, type StageContext } from '../model/stage.ts';
import { documentStages } from '../pipeline.ts';
import { rawInputHash, TEMPLATE_POLICY, templateKeysOf, templateLesson } from '../extract/index.ts';
import { createAnalyzerPool, type AnalyzeResult } from '../workers/index.ts';
import { recluster } from './recluster.ts';
import type { IngestItem } from '../ingest/index.ts';
import type { ChorusStore, PutArticleOptions } from './store.ts';

export interface Rejected {
  source: string;
  ruleId: string;
  reason: string;
  line?: number;
}

export type IngestOutcome = 'added' | 'duplicate' | 'rejected';

export interface IngestRunOptions {
  context?: Partial<StageContext>;
  /** Called once per input item, after it was stored, skipped or rejected. */
  onItem?: (source: string, outcome: IngestOutcome, detail?: Rejected) => void;
  /** Re-run the corpus stages and save stories at the end (default true). */
  recluster?: boolean;
  /** Called when every input is stored and the corpus stages start (they can take a while on a big store). */
  onRecluster?: () => void;
  /** Worker threads for the per-document stages (`--workers N`); 0 or 1 runs them in this thread (the default). */
  workers?: number;
}

/** What one ingest did: the line the CLI prints, the body the API returns. */
export interface IngestRunSummary {
  added: number;
  duplicates: number;
  rejected: Rejected[];
  stories: number;
  seconds: number;
}

/** Reason for a document whose extraction found no article body. */
const EMPTY_BODY_RULE = 'extract/no-body';

/** Runs the per-document stages; a document with no body or a stage failure comes back rejected. */
export function analyzeOne(doc: Readonly<RawDocument>, context: Readonly<StageContext>): { ok: true; article: AnalyzedArticle } | { ok: false; rejection: Rejected } {
  try {
    const extracted = documentStages.extract(doc, context);
    const empty = emptyBody(doc, extracted);
    if (empty !== null) return { ok: false, rejection: empty };
    return { ok: true, article: documentStages.quotes(documentStages.nlp(extracted, context), context) };
  } catch (error) {
    return { ok: false, rejection: failed(doc, error) };
  }
}

function emptyBody(doc: Readonly<RawDocument>, extracted: ExtractedArticle): Rejected | null {
  if (extracted.text.trim() !== '') return null;
  const why = extracted.problems.find((p) => p.severity === 'error');
  return { source: doc.source, ruleId: why?.ruleId ?? EMPTY_BODY_RULE, reason: why?.reason ?? 'no article text found' };
}

function failed(doc: Readonly<RawDocument>, error: unknown): Rejected {
  return { source: doc.source, ruleId: 'pipeline/failed', reason: error instanceof Error ? error.message : String(error) };
}


/** The context for one document: its candidate outlets' templates from the store added (text mode only). */
export async function contextWithTemplates(
  store: ChorusStore,
  doc: Readonly<RawDocument>,
  context: Readonly<StageContext>,
): Promise<Readonly<StageContext>> {
  const keys = templateKeysOf(doc);
  return keys.length === 0 ? context : withTemplates(context, await store.getOutletTemplates(keys, TEMPLATE_POLICY));
}

/** The context with stored templates added (the store's count wins over a caller's for the same outlet). */
function withTemplates(context: Readonly<StageContext>, stored: OutletTemplates): Readonly<StageContext> {
  if (Object.keys(stored.outlets).length === 0) return context;
  return { ...context, outletTemplates: { outlets: { ...(context.outletTemplates?.outlets ?? {}), ...stored.outlets } } };
}

/**
 * How the article is stored: with its raw input's hash and what it teaches its outlet's
 * template (the store learns it only if the article is new; HTML pages teach nothing).
 */
function putOptions(rawHash: string, doc: Readonly<RawDocument>, article: Readonly<ExtractedArticle>): PutArticleOptions {
  const lesson = templateLesson(doc, article);
  return lesson === null ? { rawHash } : { rawHash, lesson: { lesson, policy: TEMPLATE_POLICY } };
}

/** Analyses and stores one raw document; never throws for a bad document (it comes back rejected). */
export async function ingestDocument(
  store: ChorusStore,
  doc: Readonly<RawDocument>,
  context: Readonly<StageContext>,
): Promise<{ outcome: 'added' | 'duplicate'; id: string } | { outcome: 'rejected'; rejection: Rejected }> {
  try {
    const rawHash = rawInputHash(doc);
    const known = await store.articleOfRawInput(rawHash);
    if (known !== null) return { outcome: 'duplicate', id: known };
    const extracted = documentStages.extract(doc, await contextWithTemplates(store, doc, context));
    const empty = emptyBody(doc, extracted);
    if (empty !== null) return { outcome: 'rejected', rejection: empty };
    // The id is the hash of the clean text: a stored copy means nothing new to read.
    if (await store.hasArticle(extracted.id)) {
      await store.putRawInput(rawHash, extracted.id);
      return { outcome: 'duplicate', id: extracted.id };
    }
    const article = documentStages.quotes(documentStages.nlp(extracted, context), context);
    const { added } = await store.putArticle(article, putOptions(rawHash, doc, extracted));
    return { outcome: added ? 'added' : 'duplicate', id: article.id };
  } catch (error) {
    return { outcome: 'rejected', rejection: failed(doc, error) };
  }
}

/** Ingests every item (documents and ingest rejections), then re-clusters the store. */
export async function ingestItems(
  store: ChorusStore,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  options: IngestRunOptions = {},
): Promise<IngestRunSummary> {
  const started = performance.now();
  let context: Readonly<StageContext> = defaultContext(options.context);
  const summary: IngestRunSummary = { added: 0, duplicates: 0, rejected: [], stories: 0, seconds: 0 };
  // Threads pay off only with several documents per thread start-up (2-5 s each, measured in bench/workers).
  const pool = (options.workers ?? 0) > 1 ? createAnalyzerPool({ workers: options.workers ?? 0, learnTemplates: true }) : null;
  // Workers share one context sent once per thread, with the templates stored when the run began;
  // the pool adds what this run's stored pages teach (pool.learn; src/workers/TemplateTimeline.ts).
  if (pool !== null) context = await withEveryTemplate(store, context);
  const analysed = pool !== null ? pool.analyzeEach(items, (i) => (i.ok ? i.doc : null), context) : inThisThread(items);
  try {
    for await (const { item, result: analysis } of analysed) {
      const outcome = await settleItem(store, item, analysis, context, summary, options);
      if (pool !== null && item.ok && outcome === 'added' && analysis?.ok === true) pool.learn(item.doc, templateLesson(item.doc, analysis.article));
    }
  } finally {
    await pool?.close();
  }
  if (options.recluster !== false && summary.added > 0) {
    options.onRecluster?.();
    summary.stories = await recluster(store, context);
  } else summary.stories = await countStories(store);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Stores (or rejects) one input item, whether it was analysed here or in a worker, and counts it. */
async function settleItem(
  store: ChorusStore,
  item: IngestItem,
  analysis: AnalyzeResult | null,
  context: Readonly<StageContext>,
  summary: IngestRunSummary,
  options: IngestRunOptions,
): Promise<IngestOutcome> {
  if (!item.ok) {
    const rejection: Rejected = { source: item.source, ruleId: item.ruleId, reason: item.reason, ...(item.line === undefined ? {} : { line: item.line }) };
    summary.rejected.push(rejection);
    options.onItem?.(item.source, 'rejected', rejection);
    return 'rejected';
  }
  const result = analysis === null ? await ingestDocument(store, item.doc, context) : await storeAnalyzed(store, item.doc, analysis);
  if (result.outcome === 'rejected') {
    summary.rejected.push(result.rejection);
    options.onItem?.(item.doc.source, 'rejected', result.rejection);
  } else {
    if (result.outcome === 'added') summary.added++;
    else summary.duplicates++;
    options.onItem?.(item.doc.source, result.outcome);
  }
  return result.outcome;
}

async function withEveryTemplate(store: ChorusStore, context: Readonly<StageContext>): Promise<Readonly<StageContext>> {
  return withTemplates(context, await store.getOutletTemplates(null, TEMPLATE_POLICY));
}

async function* inThisThread(items: AsyncIterable<IngestItem> | Iterable<IngestItem>): AsyncGenerator<{ item: IngestItem; result: null }> {
  for await (const item of items) yield { item, result: null };
}

/** Stores a document a worker analysed (duplicates are fully analysed there before the store sees them). */
async function storeAnalyzed(
  store: ChorusStore,
  doc: Readonly<RawDocument>,
  analysis: AnalyzeResult,
): Promise<{ outcome: 'added' | 'duplicate'; id: string } | { outcome: 'rejected'; rejection: Rejected }> {
  if (!analysis.ok) return { outcome: 'rejected', rejection: { source: doc.source, ruleId: 'pipeline/failed', reason: analysis.error } };
  const rawHash = rawInputHash(doc);
  const known = await store.articleOfRawInput(rawHash);
  if (known !== null) return { outcome: 'duplicate', id: known };
  const empty = emptyBody(doc, analysis.article);
  if (empty !== null) return { outcome: 'rejected', rejection: empty };
  const { added } = await store.putArticle(analysis.article, putOptions(rawHash, doc, analysis.article));
  return { outcome: added ? 'added' : 'duplicate', id: analysis.article.id };
}

/** Ingests already-read raw documents (the HTTP API's POST body). */
export function ingestDocuments(store: ChorusStore, docs: readonly RawDocument[], options: IngestRunOptions = {}): Promise<IngestRunSummary> {
  return ingestItems(store, docs.map((doc): IngestItem => ({ ok: true, doc })), options);
}

async function countStories(store: ChorusStore): Promise<number> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const page = await store.listStories({ limit: 1000, cursor });
    count += page.items.length;
    cursor = page.next;
  } while (cursor !== null);
  return count;
}
