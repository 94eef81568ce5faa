/** `chorus extract <files...>`: clean text and metadata only, one JSON line per input. */
import { z } from 'zod';
import { defaultContext } from '../../model/stage.ts';
import { exitCodeForRejections, reportRejection } from '../errors.ts';
import { parseOptions, positiveInt } from '../options.ts';
import type { Register } from './shared.ts';

const schema = z.object({ format: z.enum(['jsonl']).default('jsonl'), maxBytes: positiveInt.optional() });

export const registerExtract: Register = (program, { io, exit }) => {
  program
    .command('extract')
    .description('extract clean text and metadata, one JSON line per input')
    .argument('<files...>', 'files (.txt .html .htm .jsonl), directories, or - for stdin')
    .option('--format <format>', 'output format (jsonl)', 'jsonl')
    .option('--max-bytes <n>', 'largest input accepted, in bytes')
    .action(async (inputs: string[], raw: unknown) => {
      const options = parseOptions(schema, raw);
      const { readInputs } = await import('../../ingest/index.ts');
      const { extract } = await import('../../extract/index.ts');
      const context = defaultContext();
      let rejected = 0;
      for await (const item of readInputs(inputs, { maxBytes: options.maxBytes, stdin: io.stdin })) {
        if (!item.ok) {
          rejected++;
          reportRejection(io, item);
          continue;
        }
        try {
          const a = extract(item.doc, context);
          const line = { source: a.source, url: a.url, outlet: a.outlet, title: a.title, author: a.author, publishedAt: a.publishedAt, language: a.language, text: a.text, removed: a.removed };
          io.stdout.write(`${JSON.stringify(line)}\n`);
        } catch (error) {
          rejected++;
          reportRejection(io, { source: item.doc.source, ruleId: 'extract/failed', reason: error instanceof Error ? error.message : String(error) });
        }
      }
      exit(exitCodeForRejections(rejected));
    });
};
