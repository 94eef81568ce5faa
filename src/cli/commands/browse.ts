/** Read-only commands over the store: stories, story, quotes, search, entity. */
import { z } from 'zod';
import { notFound } from '../../model/errors.ts';
import type { Report } from '../../model/records.ts';
import type { ChorusStore } from '../../store/store.ts';
import { EXIT_OK } from '../errors.ts';
import { isoDate, limit, outputFormat, parseOptions } from '../options.ts';
import { renderEntity, renderQuotes, renderSearch, renderStories } from '../render/lists.ts';
import { renderStoryMarkdown } from '../render/markdown.ts';
import { dbOption, withStore, writeJson, type Register } from './shared.ts';

const page = z.object({ db: z.string().min(1), limit, cursor: z.string().optional(), json: z.boolean().optional() });

/** The contract for one story: its articles, the story, and the storylines it belongs to. */
export async function storyReport(store: ChorusStore, id: string): Promise<Report> {
  const story = await store.getStory(id);
  if (story === null) throw notFound(`no story ${id}; list them with: chorus stories`);
  const articles = await store.getArticles(story.articles);
  const storylines = [];
  let cursor: string | null = null;
  do {
    const lines = await store.listStorylines({ limit: 1000, cursor });
    for (const summary of lines.items) {
      const line = await store.getStoryline(summary.id);
      if (line?.stories.includes(id)) storylines.push(line);
    }
    cursor = lines.next;
  } while (cursor !== null);
  return { version: 1, articles, stories: [story], storylines };
}

const storiesSchema = page.extend({
  outlet: z.string().optional(),
  entity: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  order: z.enum(['recent', 'size']).default('recent'),
});
const storySchema = z.object({ db: z.string().min(1), json: z.boolean().optional(), md: z.boolean().optional() });
const quotesSchema = page.extend({ speaker: z.string().optional(), story: z.string().optional(), article: z.string().optional() });
const entitySchema = z.object({ db: z.string().min(1), json: z.boolean().optional() });

const registerStories: Register = (program, { io, exit }) => {
  dbOption(program.command('stories').description('list stories, newest first (or biggest with --order size)'), io)
    .option('--outlet <name>', 'only stories covered by this outlet')
    .option('--entity <key>', 'only stories mentioning this entity (e.g. person:mikhail-galuzin)')
    .option('--from <date>', 'only stories active on or after this date')
    .option('--to <date>', 'only stories started on or before this date')
    .option('--order <order>', 'recent or size', 'recent')
    .option('--limit <n>', 'stories per page', '20')
    .option('--cursor <cursor>', 'next page, from a previous listing')
    .option('--json', 'print JSON')
    .action(async (raw: unknown) => {
      const o = parseOptions(storiesSchema, raw);
      await withStore(o.db, { mustExist: true }, async (store) => {
        const result = await store.listStories({ limit: o.limit, cursor: o.cursor ?? null, outlet: o.outlet, entity: o.entity, from: o.from, to: o.to, order: o.order });
        if (o.json === true) writeJson(io, result);
        else io.stdout.write(renderStories(result));
      });
      exit(EXIT_OK);
    });
};

const registerStory: Register = (program, { io, exit }) => {
  dbOption(program.command('story').description("print one story's multi-outlet report").argument('<id>', 'story id (from chorus stories)'), io)
    .option('--json', 'print the JSON contract (docs/output.md)')
    .option('--md', 'print Markdown (the default on a terminal)')
    .action(async (id: string, raw: unknown) => {
      const o = parseOptions(storySchema, raw);
      const format = outputFormat(o, io.isTTY);
      await withStore(o.db, { mustExist: true }, async (store) => {
        const report = await storyReport(store, id);
        if (format === 'json') writeJson(io, report);
        else io.stdout.write(renderStoryMarkdown(report.stories[0]!, new Map(report.articles.map((a) => [a.id, a])), report.storylines));
      });
      exit(EXIT_OK);
    });
};

const registerQuotes: Register = (program, { io, exit }) => {
  dbOption(program.command('quotes').description('list quotes, oldest first'), io)
    .option('--speaker <name>', 'speaker name (any part, any case) or entity key')
    .option('--story <id>', 'only quotes in this story')
    .option('--article <id>', 'only quotes in this article')
    .option('--limit <n>', 'quotes per page', '20')
    .option('--cursor <cursor>', 'next page, from a previous listing')
    .option('--json', 'print JSON')
    .action(async (raw: unknown) => {
      const o = parseOptions(quotesSchema, raw);
      await withStore(o.db, { mustExist: true }, async (store) => {
        const result = await store.listQuotes({ limit: o.limit, cursor: o.cursor ?? null, speaker: o.speaker, story: o.story, article: o.article });
        if (o.json === true) writeJson(io, result);
        else io.stdout.write(renderQuotes(result));
      });
      exit(EXIT_OK);
    });
};

const registerSearch: Register = (program, { io, exit }) => {
  dbOption(program.command('search').description('full-text search over titles, article text and quotes').argument('<query...>', 'words; "a phrase"; OR, NOT; prefix*'), io)
    .option('--limit <n>', 'hits per page', '20')
    .option('--cursor <cursor>', 'next page, from a previous search')
    .option('--json', 'print JSON')
    .action(async (words: string[], raw: unknown) => {
      const o = parseOptions(page, raw);
      await withStore(o.db, { mustExist: true }, async (store) => {
        const result = await store.search(words.join(' '), { limit: o.limit, cursor: o.cursor ?? null });
        if (o.json === true) writeJson(io, result);
        else io.stdout.write(renderSearch(result, io.isTTY));
      });
      exit(EXIT_OK);
    });
};

const registerEntity: Register = (program, { io, exit }) => {
  dbOption(program.command('entity').description('an entity: aliases, roles over time, articles, quotes, related entities').argument('<key-or-name...>', 'person:mikhail-galuzin, or a name such as Galuzin'), io)
    .option('--json', 'print JSON')
    .action(async (words: string[], raw: unknown) => {
      const o = parseOptions(entitySchema, raw);
      const wanted = words.join(' ');
      await withStore(o.db, { mustExist: true }, async (store) => {
        let entity = await store.getEntity(wanted);
        if (entity === null) {
          const best = (await store.listEntities({ name: wanted, limit: 1 })).items[0];
          if (best !== undefined) entity = await store.getEntity(best.key);
        }
        if (entity === null) throw notFound(`no entity matches "${wanted}"; try part of the name`);
        if (o.json === true) writeJson(io, entity);
        else io.stdout.write(renderEntity(entity));
      });
      exit(EXIT_OK);
    });
};

/** In this order in `chorus --help`: lists first, then one item. */
export const registerBrowse: Register = (program, context) => {
  for (const register of [registerStories, registerStory, registerQuotes, registerSearch, registerEntity]) register(program, context);
};
