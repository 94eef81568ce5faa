/**
 * Robustness gate: every document of every benchmark corpus goes through the per-document
 * stages (extract, nlp, quotes) without throwing. A stage bug on one real page (an invalid
 * regular expression built from a hyphenated title once stopped `chorus analyze`) fails CI
 * here rather than in a user's batch. Needs ../shared/data; without it the corpus-backed part
 * is skipped, saying so (the example corpus and gold articles ship with the repository).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultContext } from '../../src/model/stage.ts';
import { analyzeDocument } from '../../src/pipeline.ts';
import { loadCorpora } from './corpora.ts';

const { corpora, absent } = loadCorpora();

for (const corpus of corpora) {
  test(`every ${corpus.name} document passes the per-document stages without throwing`, () => {
    const context = defaultContext({ now: '2026-01-01T00:00:00Z' });
    const failures: string[] = [];
    for (const doc of corpus.docs) {
      try {
        analyzeDocument(doc, context);
      } catch (error) {
        failures.push(`${doc.source}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    assert.deepEqual(failures, []);
  });
}

test('corpora missing here (skipped above)', { skip: absent.length > 0 ? `absent: ${absent.join(', ')} (../shared/data not beside the project)` : false }, () => {});
