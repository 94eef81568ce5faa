/**
 * Where a command reads and writes. `main` takes one so tests run commands in-process
 * with captured output; the real process passes its own streams.
 */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Whether stdout is a terminal (Markdown by default, colours, progress bars). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress bars go there). */
  stderrIsTTY: boolean;
  stdin: NodeJS.ReadableStream;
  env: Readonly<Record<string, string | undefined>>;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdin: process.stdin,
    env: process.env,
  };
}

/** An in-memory io for tests: everything written is collected. */
export function memoryIo(options: { isTTY?: boolean; stdin?: NodeJS.ReadableStream; env?: Record<string, string | undefined> } = {}): CliIo & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    isTTY: options.isTTY ?? false,
    stderrIsTTY: false,
    stdin: options.stdin ?? process.stdin,
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
}
