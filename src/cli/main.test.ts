/**
 * The CLI in-process: exit codes, help, and bad inputs. Commands that need the whole
 * pipeline skip until every stage exists; `extract` needs only ingest and extract.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exampleFile, pipelineMissing, run, tempDir } from '../../tests/e2e/helpers.ts';
import { memoryIo } from './io.ts';
import { main } from './main.ts';

const COMMANDS = ['analyze', 'ingest', 'stories', 'story', 'quotes', 'search', 'extract', 'entity', 'demo', 'serve', 'watch', 'status'];

describe('chorus: help and usage errors', () => {
  it('prints help for the program and every command, exit 0', async () => {
    const top = await run(['--help']);
    assert.equal(top.code, 0);
    assert.equal((await run(['help', 'stories'])).code, 0);
    assert.equal((await run(['--version'])).code, 0);
    for (const command of COMMANDS) assert.match(top.stdout, new RegExp(`\\b${command}\\b`));
    for (const command of COMMANDS) {
      const r = await run([command, '--help']);
      assert.equal(r.code, 0, command);
      assert.match(r.stdout, new RegExp(`Usage: chorus ${command}`));
    }
  });

  it('exits 2 on usage errors: no command, unknown command, unknown flag, missing argument, bad flag value', async () => {
    assert.equal((await run([])).code, 2);
    const unknown = await run(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command/);
    assert.equal((await run(['stories', '--colour'])).code, 2);
    assert.equal((await run(['story'])).code, 2);
    const dir = tempDir('chorus-cli-');
    try {
      const db = join(dir.path, 'x.db');
      const badOrder = await run(['stories', '--db', db, '--order', 'sideways']);
      assert.equal(badOrder.code, 2);
      assert.match(badOrder.stderr, /--order/);
      const badLimit = await run(['quotes', '--db', db, '--limit', '-3']);
      assert.equal(badLimit.code, 2);
      assert.match(badLimit.stderr, /--limit/);
      const both = await run(['analyze', exampleFile('000'), '--json', '--md']);
      assert.equal(both.code, 2);
      assert.match(both.stderr, /--json and --md/);
    } finally {
      dir.remove();
    }
  });

  it('a read command on a missing database says to ingest first, exit 2', async () => {
    const r = await run(['stories', '--db', '/nonexistent/dir/chorus.db']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ingest something first/);
  });
});

/** Writes one of each bad input the issue names (and a JSONL file with one bad line among good ones). */
function writeBadInputs(dir: string): string[] {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x89, 0x50]).toString('binary').repeat(200), 'binary');
  writeFileSync(join(dir, 'big.txt'), Buffer.alloc(50 * 1024 * 1024 + 1, 'a'));
  writeFileSync(join(dir, 'notes.docx'), 'not a format Chorus reads');
  writeFileSync(
    join(dir, 'lines.jsonl'),
    [
      JSON.stringify({ title: 'First', text: 'The first article has a body of plain words that the extractor keeps as they are.' }),
      '{"text": "broken',
      JSON.stringify({ title: 'Third', text: 'The third article also has a body of plain words that the extractor keeps.' }),
    ].join('\n'),
  );
  return ['empty.txt', 'binary.txt', 'big.txt', 'notes.docx', 'lines.jsonl'].map((f) => join(dir, f));
}

describe('chorus extract: bad inputs are named, the rest processed', () => {
  const dir = tempDir('chorus-bad-');
  let files: string[] = [];
  before(() => {
    files = writeBadInputs(dir.path);
  });
  after(() => dir.remove());

  it('names each rejected input with its reason on stderr, prints the good ones, exit 1', async () => {
    const r = await run(['extract', ...files, exampleFile('000')]);
    assert.equal(r.code, 1);
    for (const f of ['empty.txt', 'binary.txt', 'big.txt', 'notes.docx']) assert.match(r.stderr, new RegExp(`rejected \\S*${f.replace('.', '\\.')}: `), f);
    assert.match(r.stderr, /lines\.jsonl#2: .*line 2|lines\.jsonl#2: .*\(ingest\//i);
    assert.match(r.stderr, /--max-bytes/);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(lines.map((l) => l.title).slice(0, 2), ['First', 'Third']);
    assert.equal(lines.length, 3);
    for (const key of ['source', 'url', 'outlet', 'title', 'author', 'publishedAt', 'language', 'text', 'removed']) assert.ok(key in lines[2]!, key);
  });

  it('--max-bytes sets the size limit both ways', async () => {
    const small = await run(['extract', '--max-bytes', '100', exampleFile('001')]);
    assert.equal(small.code, 1);
    assert.match(small.stderr, /over the 100-byte limit|too-large/);
    const raised = await run(['extract', '--max-bytes', String(60 * 1024 * 1024), exampleFile('001')]);
    assert.equal(raised.code, 0, raised.stderr);
    const bad = await run(['extract', '--max-bytes', 'lots', exampleFile('001')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-bytes/);
  });

  it('all good is exit 0', async () => {
    const r = await run(['extract', exampleFile('001')]);
    assert.equal(r.code, 0, r.stderr);
  });
});

describe('chorus ingest and the store commands', { skip: pipelineMissing() ?? false }, () => {
  const dir = tempDir('chorus-ingest-');
  const db = join(dir.path, 'chorus.db');
  after(() => dir.remove());

  it('ingest with every kind of bad input: each named on stderr, the good ones stored, exit 1', async () => {
    const bad = tempDir('chorus-bad-ingest-');
    try {
      const files = writeBadInputs(bad.path);
      const other = join(dir.path, 'bad.db');
      const r = await run(['ingest', ...files, exampleFile('004'), '--db', other]);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^added 3, duplicates 0, rejected 5,/m);
      for (const f of ['empty.txt', 'binary.txt', 'big.txt', 'notes.docx', 'lines.jsonl#2']) assert.match(r.stderr, new RegExp(f.replace('.', '\\.')), f);
      const articles = JSON.parse((await run(['stories', '--db', other, '--json'])).stdout) as { items: { articleCount: number }[] };
      assert.equal(articles.items.reduce((n, s) => n + s.articleCount, 0), 3);
      const analysed = await run(['analyze', ...files, '--json']);
      assert.equal(analysed.code, 1);
      assert.equal((JSON.parse(analysed.stdout) as { articles: unknown[] }).articles.length, 2);
    } finally {
      bad.remove();
    }
  });

  it('reads standard input with -', async () => {
    const stdin = Readable.from([readFileSync(exampleFile('001'))]);
    const io = memoryIo({ stdin });
    const code = await main(['ingest', '-', '--db', join(dir.path, 'stdin.db')], io);
    assert.equal(code, 0, io.err());
    assert.match(io.out(), /^added 1, duplicates 0, rejected 0/m);
  });

  it('ingests once, then reports duplicates; bad inputs exit 1 with the rest stored', async () => {
    const bad = join(dir.path, 'empty.txt');
    writeFileSync(bad, '');
    const first = await run(['ingest', '--db', db, exampleFile('000'), exampleFile('002'), bad]);
    assert.equal(first.code, 1);
    assert.match(first.stdout, /^added 2, duplicates 0, rejected 1, \d+ stories, [\d.]+ s$/m);
    assert.match(first.stderr, /empty\.txt/);
    const again = await run(['ingest', '--db', db, exampleFile('000')]);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /^added 0, duplicates 1, rejected 0/m);
  });

  it('lists stories, quotes and search hits; a malformed search query is a usage error, not a crash', async () => {
    const stories = await run(['stories', '--db', db, '--json']);
    assert.equal(stories.code, 0);
    const page = JSON.parse(stories.stdout) as { items: { id: string }[] };
    assert.ok(page.items.length >= 1);
    const story = await run(['story', page.items[0]!.id, '--db', db, '--json']);
    assert.equal(story.code, 0);
    assert.equal((JSON.parse(story.stdout) as { version: number }).version, 1);
    const md = await run(['story', page.items[0]!.id, '--db', db, '--md']);
    assert.match(md.stdout, /^# /);
    assert.equal((await run(['quotes', '--db', db, '--speaker', 'Galuzin'])).code, 0);
    const hits = await run(['search', 'Galuzin', '--db', db]);
    assert.equal(hits.code, 0);
    assert.match(hits.stdout, /\*\*Galuzin\*\*/);
    const malformed = await run(['search', '"unbalanced', '--db', db]);
    assert.equal(malformed.code, 2);
    assert.match(malformed.stderr, /search: cannot read the query/);
    assert.equal((await run(['story', 'no-such-story', '--db', db])).code, 2);
  });
});
