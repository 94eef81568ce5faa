/**
 * A real SQLite store holding the example corpus (and optionally more documents), built
 * through the same library path as `chorus ingest`. Shared by the API and browser tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDocument } from '../../src/model/records.ts';
import { ingestDocuments } from '../../src/store/ingestDocuments.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import type { ChorusStore } from '../../src/store/store.ts';

export const EXAMPLES = fileURLToPath(new URL('../../examples/armenia-russia/', import.meta.url));

/** The example articles as raw text documents with their sidecar dates. */
export function exampleDocuments(): RawDocument[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const given = JSON.parse(readFileSync(join(EXAMPLES, `${file}.meta.json`), 'utf8')) as RawDocument['given'];
      return {
        source: join(EXAMPLES, file),
        format: 'text' as const,
        content: readFileSync(join(EXAMPLES, file), 'utf8'),
        encoding: 'utf-8',
        given,
        arrival: { kind: 'file' as const },
        problems: [],
      };
    });
}

export async function exampleStore(extra: readonly RawDocument[] = []): Promise<ChorusStore> {
  const store = await openSqliteStore(':memory:');
  await ingestDocuments(store, [...exampleDocuments(), ...extra], { context: { now: '2025-05-01T00:00:00Z' } });
  return store;
}
