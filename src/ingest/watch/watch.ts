/**
 * `chorus watch`: polls feeds (or sites, whose feed is discovered) on per-feed adaptive
 * intervals and hands each new item's page to `onDocument` exactly once. State is persisted
 * after every item. On abort, the item in flight is finished and the function returns.
 */
import type { RawDocument } from '../../model/records.ts';
import { ChorusError, usageError } from '../../model/errors.ts';
import { WATCH_INITIAL_INTERVAL_MS, WATCH_MAX_INTERVAL_MS, WATCH_MIN_INTERVAL_MS, MAX_ITEMS_PER_SOURCE } from '../constants.ts';
import { discoverFeeds } from '../feeds/FeedDiscovery.ts';
import { parseFeed } from '../feeds/FeedParser.ts';
import type { FetchSettings, FetchSuccess } from '../fetch/Fetcher.ts';
import { Fetcher } from '../fetch/Fetcher.ts';
import { classifyBody, decodeFetched, feedItemGiven, fetchPage } from '../UrlInputReader.ts';
import { errorInterval, mergePublishTimes, nextInterval, type IntervalBounds } from './PollInterval.ts';
import { sitemapItems } from './SitemapSource.ts';
import { FEEDS_KEY, feedKey, markSeen, newFeedState, type BacklogItem, type FeedState, type WatchStateStore } from './WatchState.ts';

export interface WatchOptions {
  minIntervalMs?: number;
  maxIntervalMs?: number;
  initialIntervalMs?: number;
  allowPrivate?: boolean;
  userAgent?: string;
  maxBytes?: number;
  fetch?: Partial<FetchSettings>;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  /** Poll every feed once (processing its new items), then return: `chorus ingest <feed>` with memory. */
  once?: boolean;
}

export type DocumentOutcome = 'added' | 'duplicate' | 'rejected';

export interface WatchRun extends WatchOptions {
  state: WatchStateStore;
  onDocument(doc: RawDocument): Promise<DocumentOutcome>;
  signal: AbortSignal;
  log(event: object): void;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

class FeedPoller {
  constructor(
    private readonly run: WatchRun,
    private readonly fetcher: Fetcher,
    private readonly bounds: IntervalBounds,
    private readonly now: () => Date,
  ) {}

  private save(state: FeedState): Promise<void> {
    return this.run.state.put(feedKey(state.input), state);
  }

  private async failed(state: FeedState, ruleId: string, reason: string, status?: number): Promise<void> {
    state.lastError = reason;
    state.lastErrorAt = this.now().toISOString();
    state.lastStatus = status ?? null;
    state.consecutiveErrors++;
    state.intervalMs = errorInterval(state.intervalMs, this.bounds);
    state.nextPollAt = new Date(this.now().getTime() + state.intervalMs).toISOString();
    this.run.log({ event: 'feed-error', feed: state.input, ruleId, reason, nextPollAt: state.nextPollAt });
    await this.save(state);
  }

  /** Fetches the feed (discovering it from a site page the first time) and queues unseen items. */
  private async refresh(state: FeedState): Promise<number | null> {
    const url = state.feedUrl ?? state.input;
    const result = await this.fetcher.fetch(url, { conditional: state.feedUrl !== null, accept: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/html;q=0.5' });
    state.lastFetchAt = this.now().toISOString();
    if (!result.ok) {
      await this.failed(state, result.ruleId, result.reason, result.status);
      return null;
    }
    state.lastStatus = result.status;
    if (result.notModified) return 0;
    const kind = classifyBody(result.contentType, Buffer.from(result.bytes.subarray(0, 512)).toString('latin1'));
    if (kind !== 'feed' && kind !== 'sitemap') {
      const found = state.feedUrl === null && kind === 'html' ? discoverFeeds(decodeFetched(result, 'html'), result.finalUrl)[0] : undefined;
      if (!found) {
        await this.failed(state, 'ingest/no-feed', `${url} is not a feed or sitemap and links no feed (<link rel="alternate">).`);
        return null;
      }
      state.feedUrl = found;
      this.run.log({ event: 'feed-discovered', feed: state.input, feedUrl: found });
      return this.refresh(state);
    }
    const listed = await this.listItems(kind, result);
    if (!listed.ok) {
      await this.failed(state, listed.ruleId, listed.reason);
      return null;
    }
    state.feedUrl ??= url;
    state.sourceKind = kind;
    state.title = listed.title;
    state.http = { ...this.fetcher.cache[result.finalUrl] };
    const known = new Set([...state.seen, ...state.backlog.map((b) => b.key)]);
    // Queue oldest first so ingestion follows publication order (feeds list newest first).
    const fresh = listed.items.filter((i) => !known.has(i.key)).slice(0, MAX_ITEMS_PER_SOURCE);
    if (kind === 'feed') fresh.reverse();
    if (fresh.every((i) => i.publishedAt !== null)) fresh.sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
    state.backlog.push(...fresh);
    state.publishTimes = mergePublishTimes(state.publishTimes, listed.items.map((i) => i.publishedAt));
    state.lastError = null;
    state.consecutiveErrors = 0;
    return fresh.length;
  }

  private async listItems(kind: 'feed' | 'sitemap', result: FetchSuccess): Promise<{ ok: true; title: string | null; items: BacklogItem[] } | { ok: false; ruleId: string; reason: string }> {
    const body = decodeFetched(result, 'xml');
    if (kind === 'sitemap') {
      const listed = await sitemapItems(this.fetcher, result.finalUrl, body);
      return listed.ok ? { ok: true, title: null, items: listed.items } : listed;
    }
    const parsed = parseFeed(body, result.finalUrl);
    return parsed.ok ? { ok: true, title: parsed.feed.title, items: parsed.feed.items } : parsed;
  }

  async poll(state: FeedState): Promise<void> {
    if (state.feedUrl) this.fetcher.cache[state.feedUrl] = { ...state.http };
    const fresh = await this.refresh(state);
    if (fresh !== null) {
      await this.save(state);
      this.run.log({ event: 'poll', feed: state.input, status: state.lastStatus, newItems: fresh, backlog: state.backlog.length });
    }
    // A backlog left by a crash is worked off even when this refresh failed.
    while (state.backlog.length > 0 && !this.run.signal.aborted) await this.processNext(state);
    if (fresh === null) return;
    state.intervalMs = nextInterval(state.intervalMs, state.publishTimes, fresh, this.bounds);
    state.nextPollAt = new Date(this.now().getTime() + state.intervalMs).toISOString();
    await this.save(state);
  }

  private async processNext(state: FeedState): Promise<void> {
    const item = state.backlog[0];
    if (!item) return;
    let outcome: DocumentOutcome = 'rejected';
    if (!item.link) {
      this.run.log({ event: 'item', feed: state.input, key: item.key, result: 'rejected', ruleId: 'ingest/feed-item-no-link' });
    } else {
      const given = feedItemGiven(item);
      if (item.outlet) given.outlet = item.outlet;
      if (item.language) given.language = item.language;
      const arrival = { kind: state.sourceKind === 'sitemap' ? ('sitemap' as const) : ('feed' as const), feed: state.feedUrl ?? state.input };
      const fetched = await fetchPage(this.fetcher, item.link, given, arrival);
      let detail: object = fetched.ok ? {} : { ruleId: fetched.ruleId, reason: fetched.reason };
      if (fetched.ok) {
        try {
          outcome = await this.run.onDocument(fetched.doc);
        } catch (error) {
          // A backend that is down stops the watch with the item still queued (retried on restart);
          // any other failure is this document's alone and must not block the feed forever.
          if (error instanceof ChorusError && error.code === 'unavailable') throw error;
          detail = { ruleId: 'ingest/document-failed', reason: (error as Error).message };
        }
      }
      this.run.log({ event: 'item', feed: state.input, url: item.link, result: outcome, ...detail });
    }
    state.backlog.shift();
    markSeen(state, item.key);
    state.itemsSeen++;
    if (outcome === 'added') state.added++;
    await this.save(state);
  }
}

function normaliseFeeds(feeds: readonly string[]): string[] {
  const out: string[] = [];
  for (const feed of feeds) {
    let url: URL;
    try {
      url = new URL(feed);
    } catch {
      throw usageError(`Not a URL: ${feed}`, 'watch takes feed or site URLs (http or https).');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw usageError(`Not an http(s) URL: ${feed}`);
    if (!out.includes(url.href)) out.push(url.href);
  }
  if (out.length === 0) throw usageError('No feeds to watch.', 'Name feed or site URLs, or import an OPML reading list.');
  return out;
}

export async function watch(feeds: readonly string[], options: WatchRun): Promise<void> {
  const inputs = normaliseFeeds(feeds);
  const now = options.now ?? (() => new Date());
  const bounds: IntervalBounds = { minMs: options.minIntervalMs ?? WATCH_MIN_INTERVAL_MS, maxMs: options.maxIntervalMs ?? WATCH_MAX_INTERVAL_MS };
  if (!(bounds.minMs > 0 && bounds.maxMs >= bounds.minMs)) throw usageError('Watch interval bounds must satisfy 0 < min ≤ max.');
  const settings: Partial<FetchSettings> = { ...options.fetch };
  if (options.allowPrivate !== undefined) settings.allowPrivate = options.allowPrivate;
  if (options.userAgent !== undefined) settings.userAgent = options.userAgent;
  if (options.maxBytes !== undefined) settings.maxBytes = options.maxBytes;
  const fetcher = new Fetcher(settings, options.fetchImpl ? { fetchImpl: options.fetchImpl } : {});
  const poller = new FeedPoller(options, fetcher, bounds, now);

  const registered = (await options.state.get<string[]>(FEEDS_KEY)) ?? [];
  await options.state.put(FEEDS_KEY, [...registered, ...inputs.filter((f) => !registered.includes(f))]);
  const states: FeedState[] = [];
  for (const input of inputs) {
    const initial = options.initialIntervalMs ?? Math.max(bounds.minMs, Math.min(bounds.maxMs, WATCH_INITIAL_INTERVAL_MS));
    states.push((await options.state.get<FeedState>(feedKey(input))) ?? newFeedState(input, initial, now()));
  }
  options.log({ event: 'watch-start', feeds: inputs, once: options.once === true });
  try {
    if (options.once) {
      for (const state of states) if (!options.signal.aborted) await poller.poll(state);
      return;
    }
    while (!options.signal.aborted) {
      const due = states.reduce((a, b) => (a.nextPollAt <= b.nextPollAt ? a : b));
      const wait = Date.parse(due.nextPollAt) - now().getTime();
      if (wait > 0) await sleep(wait, options.signal);
      if (options.signal.aborted) break;
      await poller.poll(due);
    }
  } finally {
    await fetcher.close();
    options.log({ event: 'watch-stop', reason: options.signal.aborted ? 'aborted' : 'done' });
  }
}
