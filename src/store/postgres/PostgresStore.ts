/** The PostgreSQL backend (pg), for shared or large deployments. */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { ChorusError } from '../../model/errors.ts';
import type { ChorusStore } from '../store.ts';
import { BaseStore } from '../base/BaseStore.ts';
import { migrateToLatest } from '../base/migrations.ts';
import type { ChorusDatabase } from '../base/schema.ts';
import { postgresHooks } from './search.ts';

/** Connections per process: the CLI writes one article at a time; a server needs a few readers. */
export const POOL_SIZE = 4;
/** Fail fast when the database does not answer rather than hang a command. */
export const CONNECT_TIMEOUT_MS = 5000;

export interface PostgresStoreOptions {
  clock?: () => string;
}

/** Opens a store on a PostgreSQL database (`postgres://user@host:port/db` or `postgresql://…?host=/socket/dir`). */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<ChorusStore> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new ChorusError('unavailable', `store: cannot connect to PostgreSQL: ${error instanceof Error ? error.message : String(error)}`, {
      hint: 'check the URL, that the server runs and that the database exists (createdb chorus)',
      cause: error,
    });
  }
  const db = new Kysely<ChorusDatabase>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db as unknown as Kysely<unknown>, postgresHooks);
  return new BaseStore(db, postgresHooks, options.clock);
}
