/** The embedded SQLite backend (better-sqlite3, WAL). */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ChorusError } from '../../model/errors.ts';
import type { ChorusStore } from '../store.ts';
import { BaseStore } from '../base/BaseStore.ts';
import { migrateToLatest } from '../base/migrations.ts';
import type { ChorusDatabase } from '../base/schema.ts';
import { sqliteHooks } from './search.ts';

/** How long a writer waits for another process's lock before failing (ms): a CLI ingest beside a running server. */
export const BUSY_TIMEOUT_MS = 5000;

export interface SqliteStoreOptions {
  /** Read-only: no migrations, no writes (for commands that only read). */
  readonly?: boolean;
  /** Clock for `added_at` (tests). */
  clock?: () => string;
}

/** Opens (creating if needed) a SQLite store at `path` (`:memory:` for a throwaway one). */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<ChorusStore> {
  let database: Database.Database;
  try {
    database = new Database(path, options.readonly === true ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    throw new ChorusError(options.readonly === true ? 'not-found' : 'unavailable', `store: cannot open ${path}: ${error instanceof Error ? error.message : String(error)}`, {
      hint: options.readonly === true ? 'ingest something first: chorus ingest <inputs...> --db FILE' : 'check that the directory exists and is writable',
      cause: error,
    });
  }
  if (path !== ':memory:' && options.readonly !== true) database.pragma('journal_mode = WAL');
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  database.pragma('foreign_keys = ON');
  // WAL makes NORMAL durable against application crashes; only a power loss can drop the last commits.
  database.pragma('synchronous = NORMAL');
  const db = new Kysely<ChorusDatabase>({ dialect: new SqliteDialect({ database }) });
  if (options.readonly !== true) await migrateToLatest(db as unknown as Kysely<unknown>, sqliteHooks);
  return new BaseStore(db, sqliteHooks, options.clock);
}
