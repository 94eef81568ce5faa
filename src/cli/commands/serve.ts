/**
 * `chorus serve` (HTTP API and web pages from src/api), and `chorus watch` / `chorus status`
 * (feed polling from src/ingest, its state kept in the store). The CLI only wires flags to those modules.
 */
import { z } from 'zod';
import { usageError } from '../../model/errors.ts';
import type { RawDocument } from '../../model/records.ts';
import { defaultContext } from '../../model/stage.ts';
import { reportRejection } from '../errors.ts';
import { renderFeedStatus } from '../render/lists.ts';
import type { ChorusStore } from '../../store/store.ts';
import type { CliIo } from '../io.ts';
import { parseOptions, positiveInt } from '../options.ts';
import { dbOption, withStore, writeJson, type Register } from './shared.ts';

/** Same default port as src/api (DEFAULT_PORT); repeated here so --help needs no import of the server. */
export const SERVE_DEFAULT_PORT = '4317';

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
  const { ingestDocuments, ingestItems } = await import('../../store/ingestDocuments.ts');
  const { readInputs } = await import('../../ingest/index.ts');
  const server = await startServer(
    {
      store,
      ingest: (docs: readonly RawDocument[]) => ingestDocuments(store, docs),
      // URLs from the Add page go through the same fetcher as `chorus ingest <url>`: SSRF guard on, robots.txt obeyed.
      fetchUrls: (urls: readonly string[]) => ingestItems(store, readInputs(urls, { allowPrivate: false })),
      token: options.token,
    },
    { port: options.port, host: options.host },
  );
  io.stderr.write(`chorus: serving ${server.url} (Ctrl-C to stop)\n`);
  await untilSignal();
  await server.close();
}

/** While watching, stories are re-clustered at most this often (ms): clustering is global, so not once per item. */
export const RECLUSTER_INTERVAL_MS = 30_000;

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

  const watchSchema = z.object({
    db: z.string().min(1),
    opml: z.string().optional(),
    once: z.boolean().optional(),
    allowPrivate: z.boolean().optional(),
    maxBytes: positiveInt.optional(),
    json: z.boolean().optional(),
  });
  dbOption(program.command('watch').description('poll RSS/Atom feeds, sites and sitemaps, ingesting new articles until stopped').argument('[feeds...]', 'feed, site or sitemap URLs'), io)
    .option('--opml <file>', 'also watch the feeds of an OPML reading list')
    .option('--once', 'poll each feed once, ingest what is new, and stop')
    .option('--allow-private', 'let feeds and pages on private and loopback addresses through')
    .option('--max-bytes <n>', 'largest page accepted, in bytes')
    .action(async (feeds: string[], raw: unknown) => {
      const o = parseOptions(watchSchema, raw);
      const { watch, readOpmlFeeds } = await import('../../ingest/index.ts');
      const { ingestDocument } = await import('../../store/ingestDocuments.ts');
      const { recluster } = await import('../../store/recluster.ts');
      const all = [...feeds, ...(o.opml === undefined ? [] : await readOpmlFeeds(o.opml))];
      if (all.length === 0) throw usageError('watch: no feeds given', 'name feed or site URLs, or --opml FILE');
      await withStore(o.db, { mustExist: false }, async (store) => {
        const controller = new AbortController();
        void untilSignal().then(() => controller.abort());
        let pending = 0;
        let lastCluster = 0;
        const counts = { added: 0, duplicate: 0, rejected: 0 };
        await watch(all, {
          state: { get: (key) => store.getState(key), put: (key, value) => store.putState(key, value) },
          onDocument: async (doc) => {
            const result = await ingestDocument(store, doc, defaultContext());
            counts[result.outcome]++;
            if (result.outcome === 'rejected') reportRejection(io, result.rejection);
            if (result.outcome === 'added') pending++;
            if (pending > 0 && Date.now() - lastCluster >= RECLUSTER_INTERVAL_MS) {
              await recluster(store);
              pending = 0;
              lastCluster = Date.now();
            }
            return result.outcome;
          },
          signal: controller.signal,
          log: (event) => io.stderr.write(`${JSON.stringify(event)}\n`),
          once: o.once,
          allowPrivate: o.allowPrivate,
          maxBytes: o.maxBytes,
        });
        const stories = pending > 0 ? await recluster(store) : null;
        io.stdout.write(`added ${counts.added}, duplicates ${counts.duplicate}, rejected ${counts.rejected}${stories === null ? '' : `, ${stories} stories`}\n`);
      });
      exit(0);
    });

  const statusSchema = z.object({ db: z.string().min(1), json: z.boolean().optional() });
  dbOption(program.command('status').description('what the feed watcher has seen: feeds, last poll, errors, backlog'), io)
    .option('--json', 'print JSON')
    .action(async (raw: unknown) => {
      const o = parseOptions(statusSchema, raw);
      const { watchStatus } = await import('../../ingest/index.ts');
      await withStore(o.db, { mustExist: true }, async (store) => {
        const feeds = await watchStatus({ get: (key) => store.getState(key) });
        if (o.json === true) writeJson(io, feeds);
        else io.stdout.write(renderFeedStatus(feeds));
      });
      exit(0);
    });
};
