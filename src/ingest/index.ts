/**
 * The ingest stage: inputs → RawDocuments. Library API for the CLI (`chorus ingest`,
 * `chorus extract`, `chorus analyze`, `chorus watch`, `chorus status`).
 *
 * readInputs(inputs, options?): AsyncIterable<IngestItem>
 *   inputs: file paths (.txt → text, .html/.htm/.xhtml → html, .jsonl/.ndjson → one doc a
 *   line, .warc/.warc.gz → HTML response records), directories (recursive, sorted; hidden
 *   entries, sidecars and unknown extensions skipped silently), `-` (stdin, html/text
 *   sniffed), http(s) URLs (a page; a feed's items; a sitemap's pages).
 *   Yields `{ ok: true, doc }` or `{ ok: false, source, ruleId, reason, line? }` in input
 *   order; never throws for bad input (only misuse: no inputs, `-` twice, bad maxBytes →
 *   ChorusError 'usage'). Rejection rule ids: ingest/not-found, ingest/unreadable,
 *   ingest/empty, ingest/binary, ingest/too-large, ingest/unknown-extension (named
 *   explicitly only), ingest/jsonl-malformed, ingest/jsonl-no-content, ingest/warc-malformed,
 *   ingest/warc-corrupt, and for URLs ingest/ssrf, ingest/bad-url, ingest/dns, ingest/robots,
 *   ingest/timeout, ingest/http-status, ingest/network, ingest/too-many-redirects,
 *   ingest/xml-entities, ingest/not-a-feed, ingest/feed-item-no-link.
 *   A sidecar `<file>.meta.json` (or `<stem>.meta.json`) fills `doc.given`; a malformed one
 *   is a warning problem on the doc. `options.maxBytes` (default 10 MiB) ↔ `--max-bytes`;
 *   `options.allowPrivate` ↔ `--allow-private`.
 *
 * readUrlList(path): Promise<string[]>           `--urls FILE` (usage error if unreadable/invalid)
 * readOpmlFeeds(path): Promise<string[]>         `watch --opml FILE`
 * decodeBytes(bytes, hint?): { text, encoding, problems }   charset handling (also for extract)
 *
 * watch(feeds, { state, onDocument, signal, log, ...WatchOptions }): Promise<void>
 *   Polls feed (RSS/RDF/Atom/JSON Feed), news-sitemap or site URLs (a site's feed is
 *   discovered from <link rel="alternate">) on adaptive per-feed intervals; each new item's
 *   page goes to `onDocument` once; state is saved after every item through `state` (pass the
 *   store's getState/putState). `log` receives plain JSON-safe event objects ({ event: 'poll' |
 *   'item' | 'feed-error' | 'feed-discovered' | 'watch-start' | 'watch-stop', ... }): write
 *   them as JSON lines, or render a status line on a TTY. `once: true` polls each feed once
 *   and returns: use it for `chorus ingest <feed-url>` so re-runs take only new items. Abort
 *   `signal` on SIGINT/SIGTERM: the item in flight finishes, then it returns.
 * watchStatus(state): Promise<FeedStatus[]>      for `chorus status` (needs only `get`)
 */
export { readInputs, isUrlInput, fetcherFor } from './readInputs.ts';
export type { IngestItem, IngestOptions, Rejection } from './types.ts';
export { readUrlList } from './UrlListReader.ts';
export { decodeBytes } from './decode.ts';
export type { DecodeHint, Decoded } from './decode.ts';
export { charsetFromContentType, findDeclaredCharset, normaliseCharsetLabel } from './CharsetDeclarationFinder.ts';
export { DEFAULT_MAX_BYTES, DEFAULT_USER_AGENT } from './constants.ts';
export { Fetcher, DEFAULT_FETCH_SETTINGS } from './fetch/Fetcher.ts';
export type { FetchSettings, FetchOutcome, HttpCache, HttpCacheEntry } from './fetch/Fetcher.ts';
export { checkUrl, isForbiddenAddress } from './fetch/ssrf.ts';
export { parseFeed } from './feeds/FeedParser.ts';
export type { Feed, FeedItem } from './feeds/FeedParser.ts';
export { discoverFeeds } from './feeds/FeedDiscovery.ts';
export { parseOpml, readOpmlFeeds } from './feeds/Opml.ts';
export { parseSitemap } from './feeds/Sitemap.ts';
export type { DateWindow } from './feeds/Sitemap.ts';
export { readWarcFile, emptyWarcStats } from './warc/WarcReader.ts';
export type { WarcStats } from './warc/WarcReader.ts';
export { watch } from './watch/watch.ts';
export type { WatchOptions, WatchRun, DocumentOutcome } from './watch/watch.ts';
export { watchStatus } from './watch/WatchState.ts';
export type { WatchStateStore, FeedStatus } from './watch/WatchState.ts';
