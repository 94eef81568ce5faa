import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ChorusError } from '../model/errors.ts';
import { readOpmlFeeds } from './feeds/Opml.ts';
import { readUrlList } from './UrlListReader.ts';

const DIR = mkdtempSync(join(tmpdir(), 'chorus-urls-'));
after(() => rmSync(DIR, { recursive: true, force: true }));

test('URL list: comments and blank lines skipped; a bad line is a usage error naming it', async () => {
  const good = join(DIR, 'urls.txt');
  writeFileSync(good, '\ufeff# outlets\nhttps://a.example/1\n\n  http://b.example/feed.xml  \n');
  assert.deepEqual(await readUrlList(good), ['https://a.example/1', 'http://b.example/feed.xml']);
  const bad = join(DIR, 'bad.txt');
  writeFileSync(bad, 'https://a.example/\nftp://x/\n');
  await assert.rejects(readUrlList(bad), (e: unknown) => e instanceof ChorusError && e.code === 'usage' && /line 2/.test(e.message));
  await assert.rejects(readUrlList(join(DIR, 'missing.txt')), (e: unknown) => e instanceof ChorusError && e.code === 'usage');
});

test('OPML file to feed URLs', async () => {
  const path = join(DIR, 'list.opml');
  writeFileSync(path, '<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/rss"/></body></opml>');
  assert.deepEqual(await readOpmlFeeds(path), ['https://a.example/rss']);
  const notOpml = join(DIR, 'x.opml');
  writeFileSync(notOpml, '<rss/>');
  await assert.rejects(readOpmlFeeds(notOpml), (e: unknown) => e instanceof ChorusError && e.code === 'usage');
});
