/**
 * Raw documents for the pool's tests and benchmark: the example corpus and the gold
 * articles (text files with `.meta.json` sidecars), read the way `chorus ingest` gives them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GivenMeta, RawDocument } from '../../model/records.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

export function rawDocument(source: string, format: 'text' | 'html', content: string, given: GivenMeta = {}): RawDocument {
  return { source, format, content, encoding: 'utf-8', given, arrival: { kind: 'file' }, problems: [] };
}

/** Every `.txt` of a folder (sorted) with its sidecar metadata. */
export function textFolder(dir: string): RawDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      const meta = `${path}.meta.json`;
      const given = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as GivenMeta) : {};
      return rawDocument(path, 'text', readFileSync(path, 'utf8'), given);
    });
}

export function exampleCorpus(): RawDocument[] {
  return textFolder(join(ROOT, 'examples', 'armenia-russia'));
}

export function goldArticles(): RawDocument[] {
  return textFolder(join(ROOT, 'bench', 'gold', 'articles'));
}
