/** `chorus analyze <inputs...>`: the whole pipeline in memory, no store; prints the report. */
import { z } from 'zod';
import type { RawDocument } from '../../model/records.ts';
import { defaultContext } from '../../model/stage.ts';
import { exitCodeForRejections, reportRejection } from '../errors.ts';
import { outputFormat, parseOptions, positiveInt } from '../options.ts';
import { renderReportMarkdown } from '../render/markdown.ts';
import { writeJson, type Register } from './shared.ts';

const schema = z.object({
  json: z.boolean().optional(),
  md: z.boolean().optional(),
  maxBytes: positiveInt.optional(),
  allowPrivate: z.boolean().optional(),
});

export const registerAnalyze: Register = (program, { io, exit }) => {
  program
    .command('analyze')
    .description('analyse inputs in memory (no store) and print the multi-outlet report')
    .argument('<inputs...>', 'files (.txt .html .htm .jsonl), directories, URLs, or - for stdin')
    .option('--json', 'print the JSON contract (docs/output.md)')
    .option('--md', 'print Markdown (the default on a terminal)')
    .option('--max-bytes <n>', 'largest input accepted, in bytes')
    .option('--allow-private', 'let URL inputs reach private and loopback addresses')
    .action(async (inputs: string[], raw: unknown) => {
      const options = parseOptions(schema, raw);
      const format = outputFormat(options, io.isTTY);
      const { readInputs } = await import('../../ingest/index.ts');
      const { analyzeOne } = await import('../../store/ingestDocuments.ts');
      const { analyze } = await import('../../pipeline.ts');
      const context = defaultContext();
      const docs: RawDocument[] = [];
      let rejected = 0;
      for await (const item of readInputs(inputs, { maxBytes: options.maxBytes, allowPrivate: options.allowPrivate, stdin: io.stdin })) {
        if (item.ok) docs.push(item.doc);
        else {
          rejected++;
          reportRejection(io, item);
        }
      }
      const report = analyze(docs, context, (doc, documentContext) => {
        const result = analyzeOne(doc, documentContext);
        if (result.ok) return result.article;
        rejected++;
        reportRejection(io, result.rejection);
        return null;
      });
      if (format === 'json') writeJson(io, report);
      else io.stdout.write(renderReportMarkdown(report));
      exit(exitCodeForRejections(rejected));
    });
};
