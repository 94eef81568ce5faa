/** What every command gets, and the small helpers they share. */
import type { Command } from 'commander';
import type { ChorusStore } from '../../store/store.ts';
import type { CliIo } from '../io.ts';

export interface CommandContext {
  io: CliIo;
  /** Records the process exit code the command ended with. */
  exit(code: number): void;
}

export type Register = (program: Command, context: CommandContext) => void;

/** The `--db` default: `$CHORUS_DB`, else ./chorus.db. */
export function defaultDb(io: CliIo): string {
  return io.env.CHORUS_DB ?? 'chorus.db';
}

export function dbOption(command: Command, io: CliIo): Command {
  return command.option('--db <file|url>', 'SQLite file or postgres:// URL ($CHORUS_DB)', defaultDb(io));
}

/** Opens the store, runs `body`, always closes it. */
export async function withStore<T>(db: string, options: { mustExist: boolean }, body: (store: ChorusStore) => Promise<T>): Promise<T> {
  const { openStore } = await import('../../store/open.ts');
  const store = await openStore(db, options);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
