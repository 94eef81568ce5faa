// Entry of every worker thread. On Node 20, `execArgv: ['--import', 'tsx']` does not reach
// a worker's own entry module (ERR_UNKNOWN_FILE_EXTENSION for .ts), so the thread registers
// tsx itself, then loads the TypeScript worker body.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// Test hook (WorkerTestHooks.failStartup): a thread that dies before it is ready, as a broken install would.
if (workerData?.testHooks?.failStartup === true) throw new Error('injected start-up failure');
register();
await import('./worker.ts');
