/**
 * Runs the store conformance suite on every backend: SQLite always, PostgreSQL when a
 * server can be had (CHORUS_PG_URL, or local binaries to start a throwaway cluster).
 */
import { after, describe } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conformance } from './conformance/suite.ts';
import { startPostgres } from './conformance/postgresCluster.ts';
import { openSqliteStore } from './sqlite/index.ts';
import { openPostgresStore } from './postgres/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'chorus-store-'));
let n = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

describe('sqlite store', () => {
  conformance('sqlite', () => openSqliteStore(join(dir, `store-${n++}.db`)));
});

const pg = await startPostgres();
describe('postgres store', { skip: pg.ok ? false : pg.reason }, () => {
  if (!pg.ok) return;
  after(() => pg.handle.stop());
  conformance('postgres', async () => openPostgresStore(await pg.handle.newDatabase()));
});
