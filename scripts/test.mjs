// Runs node's test runner over every `*.test.ts` beside the code (Node 20's runner
// does not expand globs itself). Extra arguments are passed through, so
// `npm test -- --test-name-pattern=quotes` works.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src', 'bench', 'tests'];
const SKIP = new Set(['node_modules', 'fixtures', '.git']);

function collect(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) collect(path, out);
    } else if (entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const filter = process.env.CHORUS_TEST_FILTER;
const files = ROOTS.flatMap((root) => collect(root, [])).filter((f) => !filter || f.includes(filter)).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...process.argv.slice(2), ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
