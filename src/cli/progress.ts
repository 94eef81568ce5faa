/** A progress line for long ingests, on a terminal only (never in pipes or tests). */
import cliProgress from 'cli-progress';
import type { CliIo } from './io.ts';

export interface Progress {
  tick(outcome: 'added' | 'duplicate' | 'rejected'): void;
  /** Prints a message above the bar without garbling it. */
  interrupt(write: () => void): void;
  stop(): void;
}

export function startProgress(io: CliIo): Progress {
  if (!io.stderrIsTTY) return { tick: () => undefined, interrupt: (write) => write(), stop: () => undefined };
  const counts = { added: 0, duplicate: 0, rejected: 0 };
  const bar = new cliProgress.SingleBar(
    { format: 'ingesting {value} inputs | added {added} | duplicates {duplicate} | rejected {rejected} | {duration}s', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, counts);
  let value = 0;
  let stopped = false;
  return {
    tick(outcome) {
      counts[outcome]++;
      value++;
      bar.setTotal(value);
      bar.update(value, counts);
    },
    interrupt(write) {
      process.stderr.write('\r\u001b[K');
      write();
    },
    stop() {
      if (!stopped) bar.stop();
      stopped = true;
    },
  };
}
