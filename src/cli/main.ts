/**
 * The `chorus` command: commander wiring only. Each command maps its flags to a validated
 * options object and calls library functions; errors become exit codes in errors.ts.
 */
import { Command } from 'commander';
import { registerAnalyze } from './commands/analyze.ts';
import { registerBrowse } from './commands/browse.ts';
import { registerDemo } from './commands/demo.ts';
import { registerExtract } from './commands/extract.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerServe } from './commands/serve.ts';
import type { CommandContext } from './commands/shared.ts';
import { EXIT_OK, exitCodeFor, reportError } from './errors.ts';
import { processIo, type CliIo } from './io.ts';

export const VERSION = '0.1.0';

export function buildProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command('chorus')
    .description('Chorus: one story, many outlets. Stories, quotes and multi-outlet reports from news articles.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(add --help for usage)');
  for (const register of [registerAnalyze, registerIngest, registerBrowse, registerExtract, registerDemo, registerServe]) register(program, context);
  return program;
}

/** True for `process.argv` (node binary, script, args…); false for bare user arguments. */
function isNodeArgv(argv: readonly string[]): boolean {
  const first = argv[0] ?? '';
  return first === process.execPath || /(^|[\\/])node(\.exe)?$/.test(first);
}

/** Runs the CLI; resolves to the process exit code (0 ok, 1 some inputs rejected, 2 usage). */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram({ io, exit: (c) => (code = c) });
  try {
    const args = [...argv];
    if ((isNodeArgv(args) ? args.length <= 2 : args.length === 0)) {
      io.stderr.write(program.helpInformation());
      return 2;
    }
    await program.parseAsync(args, { from: isNodeArgv(args) ? 'node' : 'user' });
    return code;
  } catch (error) {
    reportError(io, error);
    return exitCodeFor(error);
  }
}
