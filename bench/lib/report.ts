/**
 * Every benchmark writes its section to `bench/results/<name>.md` and regenerates
 * `BENCHMARKS.md` from all sections, so benchmarks run independently never overwrite
 * each other's figures. Each section carries the date and the machine it was measured on.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS = join(ROOT, 'bench', 'results');

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
}

export function writeResultSection(name: string, title: string, body: string): void {
  mkdirSync(RESULTS, { recursive: true });
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${machineLine()}. Reproduce: \`npm run ${name === 'pipeline' ? 'bench' : `bench:${name}`}\`.`;
  writeFileSync(join(RESULTS, `${name}.md`), `## ${title}\n\n${stamp}\n\n${body.trim()}\n`);
  regenerateBenchmarksMd();
}

export function regenerateBenchmarksMd(): void {
  const sections = readdirSync(RESULTS)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(RESULTS, f), 'utf8').trim());
  const head = '# Benchmarks\n\nGenerated from `bench/results/*.md`; each section is written by its own benchmark (`npm run bench:<name>`). Do not edit by hand.\n';
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${head}\n${sections.join('\n\n')}\n`);
}

/** Markdown table from rows of cells. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Whether the shared benchmark data is present (tests skip corpus checks without it). */
export const SHARED_DATA = join(ROOT, '..', 'shared', 'data');
