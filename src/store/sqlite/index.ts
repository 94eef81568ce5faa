export { openSqliteStore, type SqliteStoreOptions } from './SqliteStore.ts';
