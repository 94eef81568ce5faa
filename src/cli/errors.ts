/**
 * The one place the CLI turns errors into messages and exit codes:
 * 0 all good, 1 some inputs rejected (the rest processed), 2 usage error;
 * store and internal failures keep the codes `toExitCode` gives them.
 */
import { CommanderError } from 'commander';
import { asChorusError, ChorusError, toExitCode } from '../model/errors.ts';
import type { CliIo } from './io.ts';

export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;

export function exitCodeFor(error: unknown): number {
  // Commander ends with exitCode 0 for --help, `help <command>` and --version; anything else it raises is a usage error.
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  return toExitCode(error);
}

/** Writes the error for a human: the message, then how to fix it. Commander already printed its own. */
export function reportError(io: CliIo, error: unknown): void {
  if (error instanceof CommanderError) return;
  const e = asChorusError(error);
  io.stderr.write(`chorus: ${e.message}\n`);
  if (e.hint !== undefined) io.stderr.write(`  hint: ${e.hint}\n`);
  if (e.code === 'internal' && error instanceof Error && error.stack !== undefined && io.env.CHORUS_DEBUG) io.stderr.write(`${error.stack}\n`);
}

/** One line per rejected input, naming it and why. */
export function reportRejection(io: CliIo, rejection: { source: string; ruleId: string; reason: string; line?: number }): void {
  const named = rejection.line === undefined || rejection.source.endsWith(`#${rejection.line}`);
  const where = named ? rejection.source : `${rejection.source} line ${rejection.line}`;
  io.stderr.write(`chorus: rejected ${where}: ${rejection.reason} (${rejection.ruleId})\n`);
}

export function exitCodeForRejections(count: number): number {
  return count > 0 ? EXIT_REJECTED : EXIT_OK;
}

export { ChorusError };
