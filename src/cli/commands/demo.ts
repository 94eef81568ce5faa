/** `chorus demo`: ingests the bundled example corpus and prints its biggest story. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseOptions } from '../options.ts';
import { renderStoryMarkdown } from '../render/markdown.ts';
import { storyReport } from './browse.ts';
import { runIngest } from './ingest.ts';
import { withStore, type Register } from './shared.ts';

export const EXAMPLE_CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples', 'armenia-russia');
export const DEMO_DB = 'chorus-demo.db';

const schema = z.object({ db: z.string().min(1) });

export const registerDemo: Register = (program, { io, exit }) => {
  program
    .command('demo')
    .description('ingest the bundled example corpus and print the report of its biggest story')
    .option('--db <file|url>', 'where to store the demo', DEMO_DB)
    .action(async (raw: unknown) => {
      const { db } = parseOptions(schema, raw);
      io.stdout.write(`Ingesting the example corpus (${EXAMPLE_CORPUS}) into ${db}…\n`);
      const { code } = await runIngest(io, { db, inputs: [EXAMPLE_CORPUS] });
      await withStore(db, { mustExist: true }, async (store) => {
        const biggest = (await store.listStories({ order: 'size', limit: 1 })).items[0];
        if (biggest === undefined) {
          io.stdout.write('No stories were found.\n');
          return;
        }
        const report = await storyReport(store, biggest.id);
        io.stdout.write(`\n${renderStoryMarkdown(report.stories[0]!, new Map(report.articles.map((a) => [a.id, a])), report.storylines)}`);
        const flag = db === DEMO_DB ? ` --db ${DEMO_DB}` : ` --db ${db}`;
        io.stdout.write(
          [
            '',
            'Open the rest:',
            `  chorus stories${flag}                 every story`,
            `  chorus story <id>${flag} [--json]     one story's report (or the JSON contract)`,
            `  chorus quotes --speaker Galuzin${flag}`,
            `  chorus search "rash decisions"${flag}`,
            `  chorus serve${flag}                   browse in a web page`,
            '',
          ].join('\n'),
        );
      });
      exit(code);
    });
};
