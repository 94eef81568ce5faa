export { createAnalyzerPool, defaultWorkerCount } from './AnalyzerPool.ts';
export type { AnalyzerPool, WorkerPoolOptions } from './AnalyzerPool.ts';
export type { AnalyzeResult } from './inOrder.ts';
export type { WorkerStartup, WorkerTestHooks } from './messages.ts';
export { DOCUMENT_TIME_LIMIT_MS, IN_FLIGHT_PER_WORKER } from './constants.ts';
