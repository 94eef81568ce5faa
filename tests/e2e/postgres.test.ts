/**
 * The example corpus through the CLI on PostgreSQL (when a server can be had): the same
 * stories, quotes and search as on SQLite, and re-ingest is idempotent there too.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startPostgres } from '../../src/store/conformance/postgresCluster.ts';
import { EXAMPLES, pipelineMissing, run, tempDir } from './helpers.ts';

const missing = pipelineMissing();
const pg = missing === null ? await startPostgres() : ({ ok: false, reason: missing } as const);

describe('example corpus on PostgreSQL', { skip: pg.ok ? false : pg.reason }, () => {
  if (!pg.ok) return;
  const dir = tempDir('chorus-pg-e2e-');
  after(async () => {
    await pg.handle.stop();
    dir.remove();
  });

  it('ingests, lists and searches the same as SQLite', async () => {
    const url = await pg.handle.newDatabase();
    const sqlite = join(dir.path, 'same.db');
    const first = await run(['ingest', EXAMPLES, '--db', url]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^added 5, duplicates 0, rejected 0/m);
    assert.match((await run(['ingest', EXAMPLES, '--db', url])).stdout, /^added 0, duplicates 5/m);
    assert.equal((await run(['ingest', EXAMPLES, '--db', sqlite])).code, 0);
    for (const args of [['stories', '--json'], ['quotes', '--speaker', 'galuzin', '--json'], ['entity', 'Galuzin', '--json']]) {
      const onPg = await run([...args, '--db', url]);
      const onSqlite = await run([...args, '--db', sqlite]);
      assert.equal(onPg.code, 0, onPg.stderr);
      assert.deepEqual(JSON.parse(onPg.stdout), JSON.parse(onSqlite.stdout), args.join(' '));
    }
    const hits = JSON.parse((await run(['search', 'rash decisions', '--db', url, '--json'])).stdout) as { items: { snippet: string }[] };
    assert.ok(hits.items.length >= 3);
    assert.ok(hits.items.some((h) => h.snippet.includes('\u0002')));
    const malformed = await run(['search', '"unbalanced', '--db', url]);
    assert.equal(malformed.code, 0, 'websearch_to_tsquery accepts any input');
  });
});
