/**
 * Chorus as a library: the pipeline, the store, ingest, and the public record types.
 * `import { analyze, openStore } from 'chorus'`.
 */
export type * from './model/records.ts';
export { defaultContext, problem } from './model/stage.ts';
export type { StageContext, Stage, OutletTemplates, TermStats } from './model/stage.ts';
export { ChorusError, toExitCode, toHttpStatus } from './model/errors.ts';
export type { ChorusErrorCode } from './model/errors.ts';
export { reportSchema, reportJsonSchema } from './model/contract.ts';
export { analyze, analyzeDocument, analyzeCorpus, compareClusters, documentStages, corpusStages } from './pipeline.ts';
export { readInputs } from './ingest/index.ts';
export type { IngestItem, IngestOptions } from './ingest/index.ts';
export * from './store/index.ts';
export { analyzeOne, ingestDocument, ingestDocuments, ingestItems } from './store/ingestDocuments.ts';
export { recluster, STREAMING_FROM, CLUSTERER_STATE_KEY } from './store/recluster.ts';
export type { ReclusterOptions } from './store/recluster.ts';
export type { IngestOutcome, IngestRunOptions, IngestRunSummary, Rejected } from './store/ingestDocuments.ts';
export { renderReportMarkdown, renderStoryMarkdown } from './cli/render/markdown.ts';
export { main } from './cli/main.ts';
