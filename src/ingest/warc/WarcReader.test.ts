import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readInputs } from '../readInputs.ts';
import type { IngestItem } from '../types.ts';
import { emptyWarcStats, readWarcFile } from './WarcReader.ts';
import { gzipMember, warcRecord, warcResponse } from './WarcWriter.ts';
import { parseHttpResponse } from './HttpPayloadParser.ts';

const DIR = mkdtempSync(join(tmpdir(), 'chorus-warc-'));
after(() => rmSync(DIR, { recursive: true, force: true }));

function records(): Buffer[] {
  return [
    warcRecord('warcinfo', { 'WARC-Date': '2024-06-05T10:00:00Z' }, Buffer.from('software: test\r\n')),
    warcResponse({ uri: 'https://news.test/a', date: '2024-06-05T10:00:01Z', body: '<html><body><p>Article A</p></body></html>' }),
    warcResponse({ uri: 'https://news.test/logo.png', date: '2024-06-05T10:00:02Z', contentType: 'image/png', body: Buffer.from([1, 2, 3]) }),
    warcResponse({ uri: 'https://news.test/missing', date: '2024-06-05T10:00:03Z', status: 404, body: '<p>gone</p>' }),
    warcResponse({
      uri: 'https://news.test/b',
      date: '2024-06-05T10:00:04Z',
      contentType: 'text/html; charset=windows-1251',
      body: iconv.encode('<p>Москва и Ереван</p>', 'windows-1251'),
    }),
    Buffer.from('garbage that is not a record\r\n'),
    warcResponse({
      uri: 'https://news.test/c',
      date: '2024-06-05T10:00:05Z',
      httpHeaders: { 'Content-Encoding': 'gzip' },
      body: gzipSync('<p>Compressed C</p>'),
    }),
  ];
}

async function read(path: string) {
  const stats = emptyWarcStats();
  const items: IngestItem[] = [];
  for await (const item of readWarcFile(path, { maxRecordBytes: 1024 * 1024, stats })) items.push(item);
  return { items, stats };
}

for (const gz of [false, true]) {
  test(`WARC${gz ? '.gz (one gzip member per record)' : ''}: HTML responses kept, others skipped and counted`, async () => {
    const path = join(DIR, gz ? 'a.warc.gz' : 'a.warc');
    writeFileSync(path, Buffer.concat(gz ? records().map(gzipMember) : records()));
    const { items, stats } = await read(path);
    const docs = items.flatMap((i) => (i.ok ? [i.doc] : []));
    assert.deepEqual(docs.map((d) => d.source), ['https://news.test/a', 'https://news.test/b', 'https://news.test/c']);
    assert.deepEqual(docs[0]?.arrival, { kind: 'warc', at: '2024-06-05T10:00:01.000Z', httpStatus: 200 });
    assert.deepEqual(docs[0]?.given, { url: 'https://news.test/a' });
    assert.equal(docs[1]?.encoding, 'windows-1251');
    assert.ok(docs[1]?.content.includes('Москва и Ереван'));
    assert.ok(docs[2]?.content.includes('Compressed C'));
    const bad = items.filter((i) => !i.ok);
    assert.equal(bad.length, 1);
    assert.equal(!bad[0]?.ok && bad[0]?.ruleId, 'ingest/warc-malformed');
    assert.equal(stats.skippedNotHtml, 1);
    assert.equal(stats.skippedStatus, 1);
    assert.equal(stats.skippedNotResponse, 1);
    assert.equal(stats.malformed, 1);
  });
}

test('a truncated archive ends with a rejection, earlier records kept', async () => {
  const whole = Buffer.concat(records().slice(0, 2));
  const path = join(DIR, 'cut.warc');
  writeFileSync(path, whole.subarray(0, whole.length - 20));
  const { items } = await read(path);
  assert.equal(items.length, 1);
  assert.equal(!items[0]?.ok && items[0]?.ruleId, 'ingest/warc-malformed');
});

test('corrupt gzip ends the archive with ingest/warc-corrupt, never a throw', async () => {
  // zlib reports an error for a whole input chunk, so the good part spans several read chunks (as in a real archive).
  const page = (i: number) => warcResponse({ uri: `https://news.test/p${i}`, date: '2024-06-05T10:00:01Z', body: `<p>${randomBytes(30_000).toString('base64')}</p>` });
  const good = Buffer.concat(Array.from({ length: 8 }, (_, i) => gzipMember(page(i))));
  const path = join(DIR, 'corrupt.warc.gz');
  writeFileSync(path, Buffer.concat([good, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xde, 0xad, 0xbe, 0xef])]));
  const { items } = await read(path);
  assert.ok(items.filter((i) => i.ok).length >= 4, `kept ${items.filter((i) => i.ok).length} records`);
  assert.equal(!items.at(-1)?.ok && (items.at(-1) as { ruleId: string }).ruleId, 'ingest/warc-corrupt');
});

test('readInputs dispatches .warc.gz files found in a directory', async () => {
  const sub = join(DIR, 'archives');
  mkdirSync(sub);
  writeFileSync(join(sub, 'crawl.warc.gz'), Buffer.concat(records().map(gzipMember)));
  const items: IngestItem[] = [];
  for await (const item of readInputs([sub])) items.push(item);
  assert.equal(items.filter((i) => i.ok).length, 3);
});

test('HTTP payload with bare-LF headers and chunked transfer encoding', () => {
  const lf = parseHttpResponse(Buffer.from('HTTP/1.0 200 OK\nContent-Type: text/html\n\n<p>x</p>'), 1000);
  assert.equal(lf?.status, 200);
  assert.equal(lf?.body.toString(), '<p>x</p>');
  const chunked = parseHttpResponse(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>a\r\n4\r\nb</p\r\n1\r\n>\r\n0\r\n\r\n'), 1000);
  assert.equal(chunked?.body.toString(), '<p>ab</p>');
});
