/** `chorus ingest <inputs...>`: read, analyse and store; idempotent; prints a one-line summary. */
import { z } from 'zod';
import { usageError } from '../../model/errors.ts';
import { exitCodeForRejections, reportRejection } from '../errors.ts';
import type { CliIo } from '../io.ts';
import { parseOptions, positiveInt } from '../options.ts';
import { startProgress } from '../progress.ts';
import { dbOption, withStore, type Register } from './shared.ts';

const schema = z.object({
  db: z.string().min(1),
  maxBytes: positiveInt.optional(),
  urls: z.string().optional(),
  allowPrivate: z.boolean().optional(),
  workers: z.coerce.number().int().min(0).max(64).optional(),
});

export interface IngestCommandOptions {
  db: string;
  inputs: readonly string[];
  maxBytes?: number | undefined;
  allowPrivate?: boolean | undefined;
  workers?: number | undefined;
}

/** Runs an ingest with progress and the summary line; returns the exit code. Shared with `demo`. */
export async function runIngest(io: CliIo, options: IngestCommandOptions, quiet = false): Promise<{ code: number; stories: number }> {
  const { readInputs } = await import('../../ingest/index.ts');
  const { ingestItems } = await import('../../store/ingestDocuments.ts');
  return withStore(options.db, { mustExist: false }, async (store) => {
    const progress = startProgress(io);
    const summary = await ingestItems(store, readInputs(options.inputs, { maxBytes: options.maxBytes, allowPrivate: options.allowPrivate, stdin: io.stdin }), {
      onItem: (_source, outcome, rejection) => {
        progress.tick(outcome);
        if (rejection !== undefined) progress.interrupt(() => reportRejection(io, rejection));
      },
      workers: options.workers,
      onRecluster: () => {
        progress.stop();
        if (io.stderrIsTTY) io.stderr.write('clustering stories…\n');
      },
    });
    progress.stop();
    if (!quiet || summary.rejected.length > 0) {
      io.stdout.write(
        `added ${summary.added}, duplicates ${summary.duplicates}, rejected ${summary.rejected.length}, ${summary.stories} stories, ${summary.seconds.toFixed(1)} s\n`,
      );
    }
    return { code: exitCodeForRejections(summary.rejected.length), stories: summary.stories };
  });
}

export const registerIngest: Register = (program, { io, exit }) => {
  dbOption(
    program
      .command('ingest')
      .description('add inputs to the store (idempotent: the same article is stored once; stories are updated)')
      .argument('[inputs...]', 'files (.txt .html .htm .jsonl), directories, URLs, or - for stdin'),
    io,
  )
    .option('--max-bytes <n>', 'largest input accepted, in bytes')
    .option('--urls <file>', 'also ingest the URLs listed in FILE, one per line')
    .option('--allow-private', 'let URL inputs reach private and loopback addresses')
    .option('--workers <n>', 'analyse documents in N worker threads (0 or 1: in this thread; threads pay off from ~3 cores and hundreds of documents)')
    .action(async (inputs: string[], raw: unknown) => {
      const options = parseOptions(schema, raw);
      const { readUrlList } = await import('../../ingest/index.ts');
      const all = [...inputs, ...(options.urls === undefined ? [] : await readUrlList(options.urls))];
      if (all.length === 0) throw usageError('ingest: no inputs given', 'name files, directories, URLs, - for stdin, or --urls FILE');
      const { code } = await runIngest(io, { db: options.db, inputs: all, maxBytes: options.maxBytes, allowPrivate: options.allowPrivate, workers: options.workers });
      exit(code);
    });
};
