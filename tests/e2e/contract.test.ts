/**
 * Real output validates against the JSON Schema file in the repo: `analyze --json` on the
 * example corpus and `story --json` from a store, plus the extraction pages when present.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SHARED_DATA } from '../../bench/lib/report.ts';
import { EXAMPLES, ROOT, SCHEMA_FILE, pipelineMissing, run, tempDir } from './helpers.ts';

/** Pages per extraction set: enough variety of markup, quick enough for every test run. */
const SAMPLE_PAGES = 6;

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));

function assertValid(json: string, what: string): void {
  const ok = validate(JSON.parse(json));
  assert.equal(ok, true, `${what}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
}

describe('the JSON contract on real output', { skip: pipelineMissing() ?? false }, () => {
  const dir = tempDir('chorus-contract-');
  after(() => dir.remove());

  it('analyze --json on the example corpus validates against docs/output.schema.json', async () => {
    const r = await run(['analyze', EXAMPLES, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assertValid(r.stdout, 'analyze --json');
  });

  it('story --json from the store validates too, and re-ingest keeps story ids', async () => {
    const db = join(dir.path, 'c.db');
    assert.equal((await run(['ingest', EXAMPLES, '--db', db])).code, 0);
    const before = JSON.parse((await run(['stories', '--db', db, '--json'])).stdout) as { items: { id: string; articleCount: number }[] };
    const again = await run(['ingest', EXAMPLES, '--db', db]);
    assert.match(again.stdout, /^added 0, duplicates 5, rejected 0/m);
    const afterIngest = JSON.parse((await run(['stories', '--db', db, '--json'])).stdout) as { items: { id: string; articleCount: number }[] };
    assert.deepEqual(afterIngest.items, before.items);
    for (const story of before.items) {
      const r = await run(['story', story.id, '--db', db, '--json']);
      assert.equal(r.code, 0, r.stderr);
      assertValid(r.stdout, `story ${story.id}`);
    }
  });

  it('analyze --json on a sample of the extraction pages validates', async (t) => {
    const root = join(SHARED_DATA, 'extraction');
    if (!existsSync(root)) return t.skip('no shared extraction data (../shared/data/extraction)');
    const pages: string[] = [];
    for (const set of ['fundus', 'scrapinghub']) {
      const html = join(root, set, 'html');
      if (!existsSync(html)) continue;
      for (const name of readdirSync(html).filter((n) => n.endsWith('.html.gz')).sort().slice(0, SAMPLE_PAGES)) {
        const path = join(dir.path, `${set}-${name.replace(/\.gz$/, '')}`);
        writeFileSync(path, gunzipSync(readFileSync(join(html, name))));
        pages.push(path);
      }
    }
    if (pages.length === 0) return t.skip('no HTML pages found under the extraction data');
    const r = await run(['analyze', ...pages, '--json']);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assertValid(r.stdout, 'analyze --json on extraction pages');
    assert.ok((JSON.parse(r.stdout) as { articles: unknown[] }).articles.length >= pages.length / 2);
  });
});

describe('incremental ingest', { skip: pipelineMissing() ?? false }, () => {
  const dir = tempDir('chorus-incremental-');
  after(() => dir.remove());

  it('ingesting in two runs gives the same stories as one run (unchanged stories are reused, not recomputed wrongly)', async () => {
    const extra = join(ROOT, 'bench', 'gold', 'articles', 'APNews_0.txt');
    const once = join(dir.path, 'once.db');
    const twice = join(dir.path, 'twice.db');
    assert.equal((await run(['ingest', EXAMPLES, extra, '--db', once])).code, 0);
    assert.equal((await run(['ingest', EXAMPLES, '--db', twice])).code, 0);
    assert.equal((await run(['ingest', extra, '--db', twice])).code, 0);
    const list = async (db: string) => (JSON.parse((await run(['stories', '--db', db, '--json', '--limit', '100'])).stdout) as { items: { id: string }[] }).items;
    const a = await list(once);
    assert.deepEqual(await list(twice), a);
    for (const { id } of a) {
      const story = async (db: string) => (JSON.parse((await run(['story', id, '--db', db, '--json'])).stdout) as { stories: unknown[] }).stories;
      assert.deepEqual(await story(twice), await story(once), id);
    }
  });
});
