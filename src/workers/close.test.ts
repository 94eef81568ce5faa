import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './testing/corpus.ts';

// In a child process, because "the process exits once close() resolved" is the thing under test.
test('close() fails queued work and releases every thread (the process exits)', () => {
  const script = `
    import { createAnalyzerPool } from ${JSON.stringify(join(ROOT, 'src', 'workers', 'index.ts'))};
    const pool = createAnalyzerPool({ workers: 2 });
    const doc = (s) => ({ source: s, format: 'text', content: 'The minister said the plan was ready.', encoding: 'utf-8', given: {}, arrival: { kind: 'file' }, problems: [] });
    const ctx = { now: '2026-01-01T00:00:00.000Z' };
    const first = await pool.analyze(doc('one'), ctx);
    const queued = Array.from({ length: 6 }, (_, i) => pool.analyze(doc('q' + i), ctx).then(() => 'ok', (e) => e.code));
    await pool.close();
    const outcomes = await Promise.all(queued);
    const late = await pool.analyze(doc('late'), ctx).then(() => 'ok', (e) => e.code);
    console.log(JSON.stringify({ first: first.source, closedOutcomes: outcomes.filter((o) => o === 'internal').length, late }));
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  assert.equal(child.signal, null, 'the child process did not exit by itself after close()');
  assert.equal(child.status, 0, child.stderr);
  const out = JSON.parse(child.stdout.trim().split('\n').pop()!) as { first: string; closedOutcomes: number; late: string };
  assert.equal(out.first, 'one');
  assert.ok(out.closedOutcomes >= 1, 'some queued documents were still waiting at close()');
  assert.equal(out.late, 'internal');
});
