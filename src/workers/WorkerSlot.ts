/**
 * One place in the pool for a worker thread. The slot runs one document at a time, so a
 * document's time limit counts only its own work; it replaces its thread when the thread
 * dies or is terminated for overrunning, and fails the document that was in flight.
 */
import { Worker } from 'node:worker_threads';
import type { AnalyzedArticle, RawDocument } from '../model/records.ts';
import type { OutletTemplates, StageContext } from '../model/stage.ts';
import type { TemplateTimeline, TimelineEntry } from './TemplateTimeline.ts';
import type { AnalyzeRequest, WorkerReply, WorkerSetup, WorkerStartup } from './messages.ts';
import { MAX_START_FAILURES } from './constants.ts';

const BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url);

/** A document waiting for, or running in, a slot. */
export interface Job {
  raw: RawDocument;
  context: StageContext;
  contextId: number;
  /** Set when the run learns templates: the document's place in it, and (once it starts) what it sees. */
  learning?: { timeline: TemplateTimeline; entry: TimelineEntry };
  templates?: OutletTemplates;
  resolve: (article: AnalyzedArticle) => void;
  /** Receives a plain message; the pool wraps it in a ChorusError naming the source. */
  reject: (message: string) => void;
}

export interface SlotEvents {
  /** The slot can take a job (its thread is ready and idle). */
  onFree: () => void;
  /** The slot gave up (its thread keeps dying before it is ready). */
  onBroken: (message: string) => void;
  /** A thread finished loading. */
  onStartup: (startup: WorkerStartup & { wallMs: number }) => void;
}

export class WorkerSlot {
  private worker: Worker | null = null;
  private ready = false;
  private job: { id: number; job: Job; timer: NodeJS.Timeout } | null = null;
  private contextId = -1;
  private nextJobId = 1;
  private startFailures = 0;
  private lastError = '';
  private closed = false;
  broken: string | null = null;

  constructor(
    private readonly setup: Omit<WorkerSetup, 'spawnedAt'>,
    private readonly timeLimitMs: number,
    private readonly events: SlotEvents,
  ) {
    this.spawn();
  }

  get idle(): boolean {
    return this.ready && this.job === null && !this.closed && this.broken === null;
  }

  run(job: Job): void {
    const worker = this.worker;
    if (!this.idle || worker === null) throw new Error('WorkerSlot.run called on a busy slot (pool bug)');
    const id = this.nextJobId++;
    const request: AnalyzeRequest = { type: 'analyze', jobId: id, raw: job.raw, contextId: job.contextId };
    if (job.contextId !== this.contextId) request.context = job.context;
    if (job.templates !== undefined) request.templates = job.templates;
    this.contextId = job.contextId;
    const timer = setTimeout(() => this.overrun(worker), this.timeLimitMs);
    this.job = { id, job, timer };
    worker.postMessage(request);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.finish((job) => job.reject('the worker pool was closed'));
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
  }

  private spawn(): void {
    const started = performance.now();
    // execArgv: [] so the parent's flags (`--import tsx`, `--test`) are not replayed in the thread; bootstrap registers tsx.
    const workerData: WorkerSetup = { ...this.setup, spawnedAt: performance.timeOrigin + started };
    const worker = new Worker(BOOTSTRAP, { workerData, execArgv: [] });
    this.worker = worker;
    this.ready = false;
    this.contextId = -1;
    worker.on('message', (reply: WorkerReply) => {
      if (worker !== this.worker) return;
      if (reply.type === 'ready') {
        this.ready = true;
        this.startFailures = 0;
        this.events.onStartup({ importMs: reply.importMs, warmUpMs: reply.warmUpMs, wallMs: performance.now() - started });
        this.events.onFree();
      } else if (this.job !== null && reply.jobId === this.job.id) {
        const article = reply.type === 'done' ? reply.article : null;
        const message = reply.type === 'failed' ? reply.message : '';
        this.finish((job) => (article !== null ? job.resolve(article) : job.reject(message)));
        this.events.onFree();
      }
    });
    worker.on('error', (error) => {
      if (worker === this.worker) this.lastError = error.message;
    });
    worker.on('exit', (code) => {
      if (worker !== this.worker || this.closed) return;
      this.died(`worker thread exited (code ${code})${this.lastError ? `: ${this.lastError}` : ''}`);
    });
  }

  private overrun(worker: Worker): void {
    if (worker !== this.worker) return;
    this.worker = null; // its exit event is now ignored
    this.ready = false;
    this.finish((job) => job.reject(`no result within ${this.timeLimitMs} ms; the worker was terminated and replaced`));
    void worker.terminate().finally(() => this.respawn());
  }

  private died(message: string): void {
    const wasReady = this.ready;
    this.worker = null;
    this.ready = false;
    this.lastError = '';
    this.finish((job) => job.reject(`the worker crashed: ${message}; it was replaced`));
    if (!wasReady && ++this.startFailures >= MAX_START_FAILURES) {
      this.broken = `worker threads fail to start (${this.startFailures} attempts): ${message}`;
      this.events.onBroken(this.broken);
      return;
    }
    this.respawn();
  }

  private respawn(): void {
    if (!this.closed) this.spawn();
  }

  private finish(settle: (job: Job) => void): void {
    const current = this.job;
    if (current === null) return;
    this.job = null;
    clearTimeout(current.timer);
    settle(current.job);
  }
}
