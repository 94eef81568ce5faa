/**
 * The corpora the pipeline benchmark times, as raw documents in memory (decoding is
 * ingest's cost, measured by its own benchmark): text inputs (the example corpus, the
 * gold articles, ECB+ document texts) and HTML pages (the extraction benchmarks).
 * Each loader returns null when its data is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { GivenMeta, RawDocument } from '../../src/model/records.ts';
import { SHARED_DATA } from '../lib/report.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export interface Corpus {
  name: string;
  kind: 'text' | 'html';
  docs: RawDocument[];
}

function raw(source: string, format: 'text' | 'html', content: string, given: GivenMeta = {}): RawDocument {
  return { source, format, content, encoding: 'utf-8', given, arrival: { kind: 'file' }, problems: [] };
}

function sidecar(path: string): GivenMeta {
  const meta = `${path}.meta.json`;
  return existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as GivenMeta) : {};
}

function textFolder(name: string, dir: string): Corpus | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return { name, kind: 'text', docs: files.map((f) => raw(join(dir, f), 'text', readFileSync(join(dir, f), 'utf8'), sidecar(join(dir, f)))) };
}

function ecbplus(): Corpus | null {
  const path = join(SHARED_DATA, 'clustering', 'ecbplus', 'ecbplus_documents.jsonl.gz');
  if (!existsSync(path)) return null;
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l.trim() !== '');
  const docs = lines.map((line, i) => {
    const record = JSON.parse(line) as { doc_id: string; text: string };
    return raw(`${path}#${i + 1}`, 'text', record.text.replace(/\n/g, '\n\n'));
  });
  return { name: 'ECB+ texts', kind: 'text', docs };
}

function htmlFolder(name: string, dir: string): Corpus | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort();
  return { name, kind: 'html', docs: files.map((f) => raw(join(dir, f), 'html', gunzipSync(readFileSync(join(dir, f))).toString('utf8'))) };
}

function readabilityPages(): Corpus | null {
  const dir = join(SHARED_DATA, 'extraction', 'readability-test-pages');
  if (!existsSync(dir)) return null;
  const docs = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'source.html.gz')))
    .map((e) => e.name)
    .sort()
    .map((c) => raw(join(dir, c, 'source.html.gz'), 'html', gunzipSync(readFileSync(join(dir, c, 'source.html.gz'))).toString('utf8')));
  return { name: 'readability test pages (HTML)', kind: 'html', docs };
}

export function loadCorpora(): { corpora: Corpus[]; absent: string[] } {
  const loaders: [string, () => Corpus | null][] = [
    ['example corpus', () => textFolder('example corpus (text)', join(ROOT, 'examples', 'armenia-russia'))],
    ['gold articles', () => textFolder('gold articles (text)', join(ROOT, 'bench', 'gold', 'articles'))],
    ['ECB+', ecbplus],
    ['fundus', () => htmlFolder('fundus (HTML)', join(SHARED_DATA, 'extraction', 'fundus', 'html'))],
    ['scrapinghub', () => htmlFolder('scrapinghub (HTML)', join(SHARED_DATA, 'extraction', 'scrapinghub', 'html'))],
    ['wcxb-dev', () => htmlFolder('wcxb-dev (HTML)', join(SHARED_DATA, 'extraction', 'wcxb-dev', 'html'))],
    ['readability', readabilityPages],
  ];
  const corpora: Corpus[] = [];
  const absent: string[] = [];
  for (const [label, load] of loaders) {
    const corpus = load();
    if (corpus === null || corpus.docs.length === 0) absent.push(label);
    else corpora.push(corpus);
  }
  return { corpora, absent };
}
