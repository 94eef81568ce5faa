/** Shared by the end-to-end tests: the example corpus, in-process CLI runs, readiness of the stages. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';
import { memoryIo } from '../../src/cli/io.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLES = join(ROOT, 'examples', 'armenia-russia');
export const SCHEMA_FILE = join(ROOT, 'docs', 'output.schema.json');

const STAGES = ['ingest', 'extract', 'nlp', 'quotes', 'stories', 'compare'];

/** Why the whole pipeline cannot run yet (a stage's index.ts is missing), or null when it can. */
export function pipelineMissing(): string | null {
  const missing = STAGES.filter((s) => !existsSync(join(ROOT, 'src', s, 'index.ts')));
  return missing.length === 0 ? null : `stages not written yet: ${missing.join(', ')}`;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(args: string[], options: { isTTY?: boolean; env?: Record<string, string | undefined> } = {}): Promise<CliRun> {
  const io = memoryIo(options);
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Example file by its number prefix (`000` … `004`). */
export function exampleFile(prefix: string): string {
  return join(EXAMPLES, `${prefix}_${EXAMPLE_HASHES[prefix]}.txt`);
}

const EXAMPLE_HASHES: Record<string, string> = {
  '000': 'e34eb48d11ea9c54',
  '001': '8828269e4a86649b',
  '002': '0bf7f5c00f3561cf',
  '003': '5ab4ed212bbcae78',
  '004': 'a04d2bc6ab2e97e7',
};
