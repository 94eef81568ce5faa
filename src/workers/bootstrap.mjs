// Entry of every worker thread. On Node 20, `execArgv: ['--import', 'tsx']` does not reach
// a worker's own entry module (ERR_UNKNOWN_FILE_EXTENSION for .ts), so the thread registers
// tsx itself, then loads the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
