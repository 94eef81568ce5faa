/**
 * A pool of worker threads for the per-document stages (extract → nlp → quotes). Those
 * stages are pure functions of (RawDocument, StageContext) with JSON-safe output, so a
 * document can be analysed in any thread and the result is the same as inline.
 */
import { availableParallelism } from 'node:os';
import type { AnalyzedArticle, RawDocument } from '../model/records.ts';
import type { StageContext, TemplateLesson } from '../model/stage.ts';
import { ChorusError, usageError } from '../model/errors.ts';
import { analyzeDocument } from '../pipeline.ts';
import type { WorkerStartup, WorkerTestHooks } from './messages.ts';
import { DOCUMENT_TIME_LIMIT_MS, IN_FLIGHT_PER_WORKER } from './constants.ts';
import { WorkerSlot, type Job } from './WorkerSlot.ts';
import { inOrder, inOrderDocuments, type AnalyzeResult } from './inOrder.ts';
import { TemplateTimeline } from './TemplateTimeline.ts';

export interface WorkerPoolOptions {
  /** Worker threads; 0 or 1 runs inline in this thread (no threads, no start-up cost). */
  workers: number;
  /** Spawn a thread even for `workers: 1` (benchmarks: measures the messaging overhead alone). */
  alwaysThreads?: boolean;
  /** Per-document limit in a worker; defaults to DOCUMENT_TIME_LIMIT_MS. Inline runs cannot be interrupted. */
  timeLimitMs?: number;
  /** Test-only fault injection (see WorkerTestHooks). */
  testHooks?: WorkerTestHooks;
  /**
   * Text-mode pages learn their outlets' templates along each `analyzeAll` / `analyzeEach` run,
   * as one thread does: the caller reports what each result taught with `learn` while it
   * handles that result (see TemplateTimeline.ts for what each page sees, and why the result
   * does not depend on the threads' timing).
   */
  learnTemplates?: boolean;
}

export interface AnalyzerPool {
  /** Analyses one document; rejects with a ChorusError('internal') naming the source. */
  analyze(raw: RawDocument, context: StageContext): Promise<AnalyzedArticle>;
  /**
   * Runs many, keeping at most `workers * 2` in flight; yields results in INPUT ORDER
   * (determinism), as soon as the next in order is ready. A context is sent to each worker
   * once per object identity: treat it as immutable (pass a new object to change it).
   */
  analyzeAll(
    raws: AsyncIterable<RawDocument> | Iterable<RawDocument>,
    context: StageContext,
  ): AsyncGenerator<{ raw: RawDocument; result: AnalyzeResult }>;
  /**
   * analyzeAll over any items (e.g. `IngestItem`s): `pick` returns an item's document, or
   * null for an item to pass through untouched (result null), still in input order.
   */
  analyzeEach<T>(
    items: AsyncIterable<T> | Iterable<T>,
    pick: (item: T) => RawDocument | null,
    context: StageContext,
  ): AsyncGenerator<{ item: T; result: AnalyzeResult | null }>;
  /**
   * What the result the caller is handling taught its outlet (`templateLesson`, or null when
   * the caller dropped it, e.g. a duplicate), for the run's later pages. Only with
   * `learnTemplates`; call it before asking the run for its next result. A result not
   * reported teaches nothing.
   */
  learn(raw: RawDocument, lesson: TemplateLesson | null): void;
  /** Resolves when every worker has loaded the stages, with each thread's start-up timings (empty inline). */
  ready(): Promise<(WorkerStartup & { wallMs: number })[]>;
  /** Fails queued and running documents, then terminates every thread. */
  close(): Promise<void>;
}

/** One fewer than the cores this process may use (the main thread reads inputs and writes the store), at least 1. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function createAnalyzerPool(options: WorkerPoolOptions): AnalyzerPool {
  const { workers } = options;
  if (!Number.isInteger(workers) || workers < 0) {
    throw usageError(`workers must be a whole number >= 0, got ${String(workers)}`, 'use --workers 0 (inline) or a thread count such as 2');
  }
  if (options.timeLimitMs !== undefined && !(options.timeLimitMs > 0)) {
    throw usageError(`timeLimitMs must be positive, got ${String(options.timeLimitMs)}`);
  }
  return workers > 1 || (workers === 1 && options.alwaysThreads === true) ? threadPool(options) : inlinePool();
}

function failure(raw: RawDocument, message: string): ChorusError {
  return new ChorusError('internal', `analysing ${raw.source} failed: ${message}`);
}

function inlinePool(): AnalyzerPool {
  let closed = false;
  const analyze = async (raw: RawDocument, context: StageContext): Promise<AnalyzedArticle> => {
    if (closed) throw failure(raw, 'the analyzer pool was closed');
    try {
      return analyzeDocument(raw, context);
    } catch (error) {
      throw new ChorusError('internal', `analysing ${raw.source} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };
  return {
    analyze,
    analyzeAll: (raws, context) => inOrderDocuments(raws, 1, (raw) => analyze(raw, context)),
    analyzeEach: (items, pick, context) => inOrder(items, 1, pick, (raw) => analyze(raw, context)),
    // Inline runs are sequential: callers that learn pass templates in the context themselves.
    learn: () => {},
    ready: async () => [],
    close: async () => {
      closed = true;
    },
  };
}

function threadPool(options: WorkerPoolOptions): AnalyzerPool {
  const queue: Job[] = [];
  const contextIds = new WeakMap<StageContext, number>();
  const startups: (WorkerStartup & { wallMs: number })[] = [];
  let readyWaiters: (() => void)[] = [];
  let closed = false;
  let broken: string | null = null;

  /** The first queued job that may start: a learning run's page waits for its outlet's earlier pages. */
  const nextJob = (): Job | undefined => {
    const at = queue.findIndex((job) => job.learning === undefined || !job.learning.timeline.waits(job.learning.entry));
    if (at < 0) return undefined;
    const [job] = queue.splice(at, 1);
    if (job!.learning !== undefined) {
      const templates = job!.learning.timeline.view(job!.learning.entry);
      if (templates !== null) job!.templates = templates;
    }
    return job;
  };
  const dispatch = (): void => {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.idle) continue;
      const job = nextJob();
      if (job === undefined) return;
      slot.run(job);
    }
  };
  const events = {
    onFree: dispatch,
    onStartup: (startup: WorkerStartup & { wallMs: number }) => {
      startups.push(startup);
      if (startups.length >= options.workers) for (const wake of readyWaiters.splice(0)) wake();
    },
    onBroken: (message: string) => {
      if (slots.some((s) => s.broken === null)) return;
      broken = message;
      for (const job of queue.splice(0)) job.reject(message);
      for (const wake of readyWaiters.splice(0)) wake();
    },
  };
  const setup = options.testHooks === undefined ? {} : { testHooks: options.testHooks };
  const slots = Array.from({ length: options.workers }, () => new WorkerSlot(setup, options.timeLimitMs ?? DOCUMENT_TIME_LIMIT_MS, events));
  let nextContextId = 1;
  const limit = options.workers * IN_FLIGHT_PER_WORKER;

  const submit = (raw: RawDocument, context: StageContext, learning?: Job['learning']): Promise<AnalyzedArticle> =>
    new Promise((resolve, reject) => {
      const why = closed ? 'the analyzer pool was closed' : broken;
      if (why !== null) return reject(failure(raw, why));
      let contextId = contextIds.get(context);
      if (contextId === undefined) contextIds.set(context, (contextId = nextContextId++));
      const job: Job = { raw, context, contextId, resolve, reject: (message) => reject(failure(raw, message)) };
      if (learning !== undefined) job.learning = learning;
      queue.push(job);
      dispatch();
    });
  const analyze = (raw: RawDocument, context: StageContext): Promise<AnalyzedArticle> => submit(raw, context);

  /** Runs whose pages learn templates (learnTemplates), until their generator finishes. */
  const timelines = new Set<TemplateTimeline>();
  async function* learningRun<T>(items: AsyncIterable<T> | Iterable<T>, pick: (item: T) => RawDocument | null, context: StageContext): AsyncGenerator<{ item: T; result: AnalyzeResult | null }> {
    const timeline = new TemplateTimeline(context.outletTemplates, limit);
    timelines.add(timeline);
    let documents = 0;
    try {
      for await (const out of inOrder(items, limit, pick, (raw) => submit(raw, context, { timeline, entry: timeline.register(raw) }))) {
        yield out;
        // The caller has handled this result (and said what it taught, or not): settle it, so its outlet's next page may start.
        if (out.result !== null) timeline.release(documents++);
        dispatch();
      }
    } finally {
      timelines.delete(timeline);
    }
  }
  async function* learningDocuments(raws: AsyncIterable<RawDocument> | Iterable<RawDocument>, context: StageContext): AsyncGenerator<{ raw: RawDocument; result: AnalyzeResult }> {
    for await (const { item, result } of learningRun(raws, (raw) => raw, context)) if (result !== null) yield { raw: item, result };
  }

  return {
    analyze,
    analyzeAll: (raws, context) => (options.learnTemplates === true ? learningDocuments(raws, context) : inOrderDocuments(raws, limit, (raw) => analyze(raw, context))),
    analyzeEach: (items, pick, context) => (options.learnTemplates === true ? learningRun(items, pick, context) : inOrder(items, limit, pick, (raw) => analyze(raw, context))),
    learn: (raw, lesson) => {
      for (const timeline of timelines) timeline.settle(raw, lesson);
      dispatch();
    },
    ready: () =>
      startups.length >= options.workers || broken !== null
        ? Promise.resolve([...startups])
        : new Promise((resolve) => readyWaiters.push(() => resolve([...startups]))),
    close: async () => {
      if (closed) return;
      closed = true;
      for (const job of queue.splice(0)) job.reject('the analyzer pool was closed');
      await Promise.all(slots.map((slot) => slot.close()));
      for (const wake of readyWaiters.splice(0)) wake();
      readyWaiters = [];
    },
  };
}
