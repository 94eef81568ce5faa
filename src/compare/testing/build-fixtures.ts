/**
 * Regenerates every fixture's `input.json` from its `sketch.json`:
 * `node --import tsx src/compare/testing/build-fixtures.ts`.
 * The loader test checks the two stay in sync.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandSketch, FIXTURES_DIR, fixtureCases, readCaseFile, type CaseSketch } from './FixtureCase.ts';

for (const name of fixtureCases()) {
  const input = expandSketch(readCaseFile<CaseSketch>(name, 'sketch.json'));
  writeFileSync(join(FIXTURES_DIR.pathname, name, 'input.json'), `${JSON.stringify(input, null, 2)}\n`);
  console.log(`wrote fixtures/${name}/input.json`);
}
