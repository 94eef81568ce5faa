/**
 * `chorus serve` (HTTP API and web pages from src/api), and `chorus watch` / `chorus status`
 * (feed polling from src/ingest). The CLI only wires flags to those modules.
 */
import { z } from 'zod';
import { ChorusError } from '../../model/errors.ts';
import type { RawDocument } from '../../model/records.ts';
import type { ChorusStore } from '../../store/store.ts';
import type { CliIo } from '../io.ts';
import { parseOptions } from '../options.ts';
import { dbOption, withStore, writeJson, type Register } from './shared.ts';

/** Same default port as src/api (DEFAULT_PORT); repeated here so --help needs no import of the server. */
export const SERVE_DEFAULT_PORT = '4317';
/** State key under which the feed watcher keeps its cursors. */
export const WATCH_STATE_KEY = 'ingest/watch';

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

/**
 * Starts the HTTP server on a store until SIGINT/SIGTERM. The one hook the web/API
 * package plugs into: it provides `startServer` in src/api/index.ts.
 */
export async function serveStore(io: CliIo, store: ChorusStore, options: { port: number; host: string; token?: string | undefined }): Promise<void> {
  const { startServer } = await import('../../api/index.ts');
  const { ingestDocuments } = await import('../../store/ingestDocuments.ts');
  const server = await startServer(
    { store, ingest: (docs: readonly RawDocument[]) => ingestDocuments(store, docs), token: options.token },
    { port: options.port, host: options.host },
  );
  io.stderr.write(`chorus: serving ${server.url} (Ctrl-C to stop)\n`);
  await untilSignal();
  await server.close();
}

/** The feed watcher's API, as src/ingest provides it (looked up at run time: it may be absent in a build). */
interface WatchModule {
  watch(
    feeds: readonly string[],
    options: {
      state: { get<T>(key: string): Promise<T | null>; put<T>(key: string, value: T): Promise<void> };
      onDocument(doc: RawDocument): Promise<'added' | 'duplicate' | 'rejected'>;
      signal: AbortSignal;
      log(line: string): void;
    },
  ): Promise<void>;
  watchStatus(state: { get<T>(key: string): Promise<T | null> }): Promise<unknown>;
}

async function watchModule(): Promise<WatchModule> {
  const ingest = (await import('../../ingest/index.ts')) as unknown as Partial<WatchModule>;
  if (typeof ingest.watch !== 'function' || typeof ingest.watchStatus !== 'function') {
    throw new ChorusError('unavailable', 'feed watching is not available in this build (src/ingest has no watch yet)', { hint: 'use chorus ingest with files or URLs' });
  }
  return ingest as WatchModule;
}

export const registerServe: Register = (program, { io, exit }) => {
  const serveSchema = z.object({ db: z.string().min(1), port: z.coerce.number().int().min(0).max(65535), host: z.string().min(1), token: z.string().optional() });
  dbOption(program.command('serve').description('serve the HTTP API and web pages over the store'), io)
    .option('--port <n>', 'port to listen on', SERVE_DEFAULT_PORT)
    .option('--host <host>', 'address to listen on (loopback by default)', '127.0.0.1')
    .option('--token <token>', 'bearer token required for writes ($CHORUS_TOKEN)')
    .action(async (raw: unknown) => {
      const o = parseOptions(serveSchema, raw);
      await withStore(o.db, { mustExist: false }, (store) => serveStore(io, store, { port: o.port, host: o.host, token: o.token ?? io.env.CHORUS_TOKEN }));
      exit(0);
    });

  const watchSchema = z.object({ db: z.string().min(1) });
  dbOption(program.command('watch').description('poll RSS/Atom feeds and sitemaps, ingesting new articles until stopped').argument('<feeds...>', 'feed or sitemap URLs'), io)
    .action(async (feeds: string[], raw: unknown) => {
      const o = parseOptions(watchSchema, raw);
      const { watch } = await watchModule();
      const { ingestDocument, recluster } = await import('../../store/ingestDocuments.ts');
      const { defaultContext } = await import('../../model/stage.ts');
      await withStore(o.db, { mustExist: false }, async (store) => {
        const controller = new AbortController();
        void untilSignal().then(() => controller.abort());
        await watch(feeds, {
          state: { get: (key) => store.getState(`${WATCH_STATE_KEY}/${key}`), put: (key, value) => store.putState(`${WATCH_STATE_KEY}/${key}`, value) },
          onDocument: async (doc) => {
            const result = await ingestDocument(store, doc, defaultContext());
            if (result.outcome === 'added') await recluster(store);
            return result.outcome;
          },
          signal: controller.signal,
          log: (line) => io.stderr.write(`${line}\n`),
        });
      });
      exit(0);
    });

  dbOption(program.command('status').description('what the feed watcher has seen: feeds, last poll, errors'), io)
    .action(async (raw: unknown) => {
      const o = parseOptions(watchSchema, raw);
      const { watchStatus } = await watchModule();
      await withStore(o.db, { mustExist: true }, async (store) => {
        writeJson(io, await watchStatus({ get: (key) => store.getState(`${WATCH_STATE_KEY}/${key}`) }));
      });
      exit(0);
    });
};
