/**
 * The body of one worker thread (started through bootstrap.mjs, which registers tsx):
 * loads the per-document stages once, warms the NLP model, then analyses one document
 * per request. Failures of the stages are replies; only injected test faults kill the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeDocument } from '../pipeline.ts';
import type { StageContext } from '../model/stage.ts';
import type { AnalyzeRequest, WorkerReply, WorkerSetup } from './messages.ts';
import { WARM_UP_TEXT } from './constants.ts';

const port = parentPort;
if (port === null) throw new Error('src/workers/worker.ts must run in a worker thread (use createAnalyzerPool).');
const setup = workerData as WorkerSetup;
// Epoch time, because a worker's performance.now() does not count from the thread's own start on Node 20.
const importMs = performance.timeOrigin + performance.now() - setup.spawnedAt;
const hooks = setup.testHooks ?? {};

let contextId = -1;
let context: StageContext = { now: new Date(0).toISOString() };

function reply(message: WorkerReply): void {
  port!.postMessage(message);
}

function warmUp(): number {
  const started = performance.now();
  try {
    analyzeDocument(
      { source: 'chorus:warm-up', format: 'text', content: WARM_UP_TEXT, encoding: 'utf-8', given: {}, arrival: { kind: 'file' }, problems: [] },
      context,
    );
  } catch {
    // A failing warm-up is not fatal: the same failure will surface, with its source, on real documents.
  }
  return performance.now() - started;
}

function injectFault(source: string): void {
  if (source === hooks.throwOn) throw new Error(`injected failure on ${source}`);
  if (source === hooks.crashOn) setImmediate(() => { throw new Error(`injected crash on ${source}`); });
  if (source === hooks.hangOn) for (;;) { /* spin: only terminate() stops this */ }
}

port.on('message', (request: AnalyzeRequest) => {
  if (request.context !== undefined) {
    context = request.context;
    contextId = request.contextId;
  } else if (request.contextId !== contextId) {
    reply({ type: 'failed', jobId: request.jobId, message: `worker has no context ${request.contextId} (pool bug)` });
    return;
  }
  try {
    injectFault(request.raw.source);
    if (request.raw.source === hooks.crashOn) return; // the thread dies on the next tick
    const templates = request.templates;
    const own = templates === undefined ? context : { ...context, outletTemplates: { outlets: { ...(context.outletTemplates?.outlets ?? {}), ...templates.outlets } } };
    reply({ type: 'done', jobId: request.jobId, article: analyzeDocument(request.raw, own) });
  } catch (error) {
    reply({ type: 'failed', jobId: request.jobId, message: error instanceof Error ? error.message : String(error) });
  }
});

reply({ type: 'ready', importMs, warmUpMs: warmUp() });
