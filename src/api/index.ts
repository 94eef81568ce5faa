export { createApp } from './app.ts';
export { startServer, isLoopback, DEFAULT_HOST, DEFAULT_PORT } from './server.ts';
export type { ServeOptions } from './server.ts';
export type { ApiDependencies, IngestSummary } from './deps.ts';
export { openApiDocument } from './openapi.ts';
