export { openPostgresStore, type PostgresStoreOptions } from './PostgresStore.ts';
