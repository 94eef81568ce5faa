export type * from './store.ts';
export { openStore, isPostgresUrl, DEFAULT_DB, type OpenStoreOptions } from './open.ts';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite/index.ts';
export { openPostgresStore, type PostgresStoreOptions } from './postgres/index.ts';
