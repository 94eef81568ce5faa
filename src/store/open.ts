/** Opens the store a `--db` value names: a PostgreSQL URL, or a SQLite file path. */
import { existsSync } from 'node:fs';
import { notFound } from '../model/errors.ts';
import { openPostgresStore } from './postgres/index.ts';
import { openSqliteStore } from './sqlite/index.ts';
import type { ChorusStore } from './store.ts';

/** The SQLite file used when no `--db` is given. */
export const DEFAULT_DB = 'chorus.db';

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

export interface OpenStoreOptions {
  /** Fail with `not-found` instead of creating an empty SQLite file (read-only commands). */
  mustExist?: boolean;
}

export async function openStore(target: string = DEFAULT_DB, options: OpenStoreOptions = {}): Promise<ChorusStore> {
  if (isPostgresUrl(target)) return openPostgresStore(target);
  if (options.mustExist === true && target !== ':memory:' && !existsSync(target)) {
    throw notFound(`store: no database at ${target}; ingest something first (chorus ingest <inputs...> --db ${target})`);
  }
  return openSqliteStore(target);
}
