import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { ChorusError } from '../model/errors.ts';
import { readInputs } from './readInputs.ts';
import type { IngestItem, IngestOptions } from './types.ts';

const ROOT = mkdtempSync(join(tmpdir(), 'chorus-ingest-'));
after(() => rmSync(ROOT, { recursive: true, force: true }));
const FIXED = () => new Date('2026-01-02T03:04:05Z');
const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'armenia-russia');

function put(rel: string, content: string | Uint8Array): string {
  const path = join(ROOT, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function collect(inputs: string[], options: IngestOptions = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, { now: FIXED, ...options })) items.push(item);
  return items;
}

function docs(items: IngestItem[]) {
  return items.flatMap((item) => (item.ok ? [item.doc] : []));
}
function rejections(items: IngestItem[]) {
  return items.flatMap((item) => (item.ok ? [] : [item]));
}

test('.txt with sidecar: content, given metadata, arrival', async () => {
  const path = put('one/a.txt', 'Title line\r\nBody text.\r\n');
  put('one/a.txt.meta.json', JSON.stringify({ url: 'https://example.com/a', publishedAt: '2024-06-05', outlet: 'Example', extra: 1 }));
  const [item] = await collect([path]);
  assert.ok(item?.ok);
  assert.equal(item.doc.format, 'text');
  assert.equal(item.doc.content, 'Title line\nBody text.\n');
  assert.deepEqual(item.doc.given, { url: 'https://example.com/a', publishedAt: '2024-06-05', outlet: 'Example' });
  assert.deepEqual(item.doc.arrival, { kind: 'file', at: '2026-01-02T03:04:05.000Z' });
  assert.equal(item.doc.source, path);
});

test('stem sidecar (input.meta.json) and a malformed sidecar is a warning, not a rejection', async () => {
  const stem = put('two/input.html', '<html><body><p>Hello</p></body></html>');
  put('two/input.meta.json', '{"title": "T", "publishedAt": "not a date"}');
  const broken = put('two/b.htm', '<p>World</p>');
  put('two/b.htm.meta.json', '{ nope');
  const items = await collect([stem, broken]);
  const [a, b] = docs(items);
  assert.equal(a?.format, 'html');
  assert.deepEqual(a?.given, { title: 'T' });
  assert.equal(a?.problems[0]?.ruleId, 'ingest/meta-bad-date');
  assert.deepEqual(b?.given, {});
  assert.equal(b?.problems[0]?.ruleId, 'ingest/sidecar-malformed');
  assert.equal(b?.problems[0]?.severity, 'warning');
});

test('JSONL: one document per line, malformed line named, others kept', async () => {
  const lines = [
    JSON.stringify({ url: 'https://x.test/1', title: 'One', text: 'First article.' }),
    '',
    '{"text": "broken',
    JSON.stringify({ html: '<p>Second</p>', outlet: 'X', publishedAt: '2024-01-01' }),
    JSON.stringify({ title: 'no content' }),
    '[1,2]',
  ];
  const path = put('three/batch.jsonl', lines.join('\n'));
  const items = await collect([path]);
  assert.equal(items.length, 5);
  const [first, second] = docs(items);
  assert.equal(first?.source, `${path}#1`);
  assert.equal(first?.format, 'text');
  assert.deepEqual(first?.arrival, { kind: 'jsonl', at: '2026-01-02T03:04:05.000Z', line: 1 });
  assert.deepEqual(first?.given, { url: 'https://x.test/1', title: 'One' });
  assert.equal(second?.format, 'html');
  assert.equal(second?.source, `${path}#4`);
  const bad = rejections(items);
  assert.deepEqual(bad.map((r) => [r.ruleId, r.line]), [
    ['ingest/jsonl-malformed', 3],
    ['ingest/jsonl-no-content', 5],
    ['ingest/jsonl-malformed', 6],
  ]);
  assert.match(bad[0]?.reason ?? '', /Line 3/);
});

test('directories: recursive, sorted, hidden/sidecars/unknown extensions skipped', async () => {
  put('dir/b.txt', 'B text');
  put('dir/a.txt', 'A text');
  put('dir/a.txt.meta.json', '{"outlet":"A"}');
  put('dir/sub/c.html', '<p>C</p>');
  put('dir/.hidden.txt', 'hidden');
  put('dir/.git/x.txt', 'hidden dir');
  put('dir/image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  put('dir/notes.md', 'notes');
  const items = await collect([join(ROOT, 'dir')]);
  assert.deepEqual(
    items.map((i) => (i.ok ? i.doc.source : i.source)),
    ['dir/a.txt', 'dir/b.txt', 'dir/sub/c.html'].map((p) => join(ROOT, p)),
  );
  assert.deepEqual(docs(items)[0]?.given, { outlet: 'A' });
});

test('bad inputs: each a rejection with a stable rule id, the rest still read', async () => {
  const empty = put('bad/empty.txt', '');
  const blank = put('bad/blank.txt', '  \n\t\n');
  const binary = put('bad/photo.txt', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
  const big = put('bad/big.html', `<p>${'x'.repeat(2000)}</p>`);
  const unknown = put('bad/doc.pdf', '%PDF-1.4');
  const sidecar = put('bad/x.txt.meta.json', '{}');
  const good = put('bad/good.txt', 'fine');
  const items = await collect([empty, blank, binary, big, unknown, sidecar, join(ROOT, 'bad/missing.txt'), good], { maxBytes: 1000 });
  assert.deepEqual(
    items.map((i) => (i.ok ? 'ok' : i.ruleId)),
    ['ingest/empty', 'ingest/empty', 'ingest/binary', 'ingest/too-large', 'ingest/unknown-extension', 'ingest/unknown-extension', 'ingest/not-found', 'ok'],
  );
  const tooLarge = rejections(items)[3];
  assert.match(tooLarge?.reason ?? '', /--max-bytes/);
});

test('a legacy-encoded HTML file declares its charset; an undeclared one is detected', async () => {
  const russian = 'Москва внимательно следит за действиями Еревана, заявил заместитель министра.';
  const declared = put('enc/declared.html', iconv.encode(`<html><head><meta charset="windows-1251"></head><body><p>${russian}</p></body></html>`, 'windows-1251'));
  const detected = put('enc/koi.txt', iconv.encode(russian, 'koi8-r'));
  const utf16 = put('enc/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(russian, 'utf-16le')]));
  const [a, b, c] = docs(await collect([declared, detected, utf16]));
  assert.equal(a?.encoding, 'windows-1251');
  assert.ok(a?.content.includes(russian));
  assert.equal(b?.encoding, 'koi8-r');
  assert.equal(b?.content, russian);
  assert.equal(c?.encoding, 'utf-16le');
  assert.equal(c?.content, russian);
});

test('stdin: html sniffed, text sniffed, over-size rejected', async () => {
  const html = await collect(['-'], { stdin: Readable.from([Buffer.from('<!DOCTYPE html><html><p>x</p></html>')]) });
  assert.ok(html[0]?.ok);
  assert.equal(html[0].doc.format, 'html');
  assert.deepEqual(html[0].doc.arrival, { kind: 'stdin', at: '2026-01-02T03:04:05.000Z' });
  const text = await collect(['-'], { stdin: Readable.from([Buffer.from('Plain <b>words</b> here.')]) });
  assert.ok(text[0]?.ok);
  assert.equal(text[0].doc.format, 'text');
  const big = await collect(['-'], { stdin: Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]), maxBytes: 1000 });
  assert.equal(big[0]?.ok, false);
  assert.equal(!big[0]?.ok && big[0]?.ruleId, 'ingest/too-large');
});

test('misuse throws a usage ChorusError', async () => {
  await assert.rejects(collect([]), (e: unknown) => e instanceof ChorusError && e.code === 'usage');
  await assert.rejects(collect(['-', '-']), (e: unknown) => e instanceof ChorusError && e.code === 'usage');
  await assert.rejects(collect(['x'], { maxBytes: -1 }), (e: unknown) => e instanceof ChorusError && e.code === 'usage');
});

test('the example corpus: five text documents with their sidecar dates', async () => {
  const items = await collect([EXAMPLES]);
  const found = docs(items);
  assert.equal(found.length, 5);
  assert.equal(rejections(items).length, 0);
  assert.deepEqual(
    found.map((d) => d.given.publishedAt),
    ['2024-06-05', '2024-06-06', '2024-06-05', '2024-06-05', '2025-04-18'],
  );
  for (const doc of found) {
    assert.equal(doc.format, 'text');
    assert.equal(doc.encoding, 'utf-8');
    assert.ok(doc.content.length > 500);
  }
});

test('gzipped pages (.html.gz, as the benchmark corpora store them); decompressed size capped', async () => {
  const page = put('gz/page.html.gz', gzipSync('<html><body><p>Zipped page</p></body></html>'));
  put('gz/page.html.meta.json', '{"outlet":"Z"}');
  put('gz/bomb.txt.gz', gzipSync(Buffer.alloc(5000, 0x61)));
  put('gz/corrupt.html.gz', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
  const items = await collect([join(ROOT, 'gz')], { maxBytes: 1000 });
  assert.deepEqual(items.map((i) => (i.ok ? i.doc.source : i.ruleId)), ['ingest/too-large', 'ingest/unreadable', page]);
  const doc = docs(items)[0];
  assert.equal(doc?.format, 'html');
  assert.ok(doc?.content.includes('Zipped page'));
  assert.deepEqual(doc?.given, { outlet: 'Z' });
});
