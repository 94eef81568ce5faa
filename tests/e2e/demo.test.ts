/** `chorus demo` (what `npm run demo` runs): ingests the example corpus and prints its biggest story. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pipelineMissing, run, tempDir } from './helpers.ts';

describe('chorus demo', { skip: pipelineMissing() ?? false }, () => {
  const dir = tempDir('chorus-demo-');
  after(() => dir.remove());

  it('prints the report of the four-outlet Galuzin story and how to open the rest; running it again changes nothing', async () => {
    const db = join(dir.path, 'demo.db');
    const first = await run(['demo', '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /added 5, duplicates 0, rejected 0/);
    assert.match(first.stdout, /^4 articles from 4 outlets/m);
    for (const section of ['## Coverage', '## First report', '## Quotes', '## Only in one outlet', '## Timeline']) assert.ok(first.stdout.includes(section), section);
    assert.match(first.stdout, /Mikhail Galuzin/);
    assert.match(first.stdout, /Open the rest:\n {2}chorus stories --db /);
    const second = await run(['demo', '--db', db]);
    assert.match(second.stdout, /added 0, duplicates 5, rejected 0/);
    const report = (s: string) => s.slice(s.indexOf('\n# '));
    assert.equal(report(second.stdout), report(first.stdout));
  });
});
