/**
 * What the pool and its worker threads say to each other: plain JSON-safe records, copied
 * by structured clone. A context travels once per worker (by identity), not with every document.
 */
import type { AnalyzedArticle, RawDocument } from '../model/records.ts';
import type { OutletTemplates, StageContext } from '../model/stage.ts';

/** Faults a test can inject into workers, keyed by the document's `source`. Never set in production. */
export interface WorkerTestHooks {
  /** The stages "throw" on this source: an ordinary failure, the worker survives. */
  throwOn?: string;
  /** The worker thread dies (uncaught exception) on this source. */
  crashOn?: string;
  /** The worker spins forever on this source, until the time limit terminates it. */
  hangOn?: string;
  /** Every thread dies while starting (checked in bootstrap.mjs). */
  failStartup?: boolean;
}

/** Passed as `workerData` to each worker. */
export interface WorkerSetup {
  /** Epoch ms (performance.timeOrigin + now()) when the parent created the thread. */
  spawnedAt: number;
  testHooks?: WorkerTestHooks;
}

export interface AnalyzeRequest {
  type: 'analyze';
  jobId: number;
  raw: RawDocument;
  contextId: number;
  /** Present when this worker has not seen `contextId` yet. */
  context?: StageContext;
  /** Templates this run has taught the document's outlets (TemplateTimeline): they replace the context's for those outlets, for this document only. */
  templates?: OutletTemplates;
}

/** How long one worker took to become ready, measured inside the thread. */
export interface WorkerStartup {
  /** `new Worker()` → stage modules loaded (thread start, tsx and transpiling included). */
  importMs: number;
  /** The warm-up document: mostly loading the wink-nlp model. */
  warmUpMs: number;
}

export type WorkerReply =
  | ({ type: 'ready' } & WorkerStartup)
  | { type: 'done'; jobId: number; article: AnalyzedArticle }
  | { type: 'failed'; jobId: number; message: string };
