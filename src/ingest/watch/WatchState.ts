/**
 * What `watch` remembers per feed, kept in the caller's key-value state store (the Chorus
 * store's getState/putState) and written after every item, so a crash loses nothing and a
 * restart re-does at most the one item in flight (which the store then finds a duplicate).
 */
import type { HttpCacheEntry } from '../fetch/Fetcher.ts';
import { WATCH_SEEN_LIMIT } from '../constants.ts';

export interface WatchStateStore {
  get<T>(key: string): Promise<T | null>;
  put<T>(key: string, value: T): Promise<void>;
}

export interface BacklogItem {
  key: string;
  link: string | null;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  /** From a news sitemap's `news:publication`. */
  language?: string;
  outlet?: string;
}

export interface FeedState {
  /** As the user named it: a feed or sitemap URL, or a site whose page links its feed. */
  input: string;
  /** The feed URL found (the input itself, or the one discovered from the site's page). */
  feedUrl: string | null;
  /** What the feed URL turned out to be (absent in state written before sitemaps were watched: a feed). */
  sourceKind?: 'feed' | 'sitemap';
  title: string | null;
  lastFetchAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  lastErrorAt: string | null;
  consecutiveErrors: number;
  /** Items processed (added, duplicate or rejected). */
  itemsSeen: number;
  added: number;
  /** Keys of processed items, oldest first, capped at WATCH_SEEN_LIMIT. */
  seen: string[];
  /** Items found in the feed and not yet processed. */
  backlog: BacklogItem[];
  /** Recent item publication times (ISO), for the feed's rhythm. */
  publishTimes: string[];
  intervalMs: number;
  nextPollAt: string;
  http: HttpCacheEntry;
}

export interface FeedStatus {
  feed: string;
  feedUrl: string | null;
  title: string | null;
  lastFetchAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  lastErrorAt: string | null;
  itemsSeen: number;
  added: number;
  backlog: number;
  intervalMs: number;
  nextPollAt: string;
}

export const FEEDS_KEY = 'watch/feeds';
export const feedKey = (input: string) => `watch/feed/${input}`;

export function newFeedState(input: string, intervalMs: number, now: Date): FeedState {
  return {
    input,
    feedUrl: null,
    title: null,
    lastFetchAt: null,
    lastStatus: null,
    lastError: null,
    lastErrorAt: null,
    consecutiveErrors: 0,
    itemsSeen: 0,
    added: 0,
    seen: [],
    backlog: [],
    publishTimes: [],
    intervalMs,
    nextPollAt: now.toISOString(),
    http: {},
  };
}

export function markSeen(state: FeedState, key: string): void {
  state.seen.push(key);
  if (state.seen.length > WATCH_SEEN_LIMIT) state.seen.splice(0, state.seen.length - WATCH_SEEN_LIMIT);
}

export function toStatus(state: FeedState): FeedStatus {
  return {
    feed: state.input,
    feedUrl: state.feedUrl,
    title: state.title,
    lastFetchAt: state.lastFetchAt,
    lastStatus: state.lastStatus,
    lastError: state.lastError,
    lastErrorAt: state.lastErrorAt,
    itemsSeen: state.itemsSeen,
    added: state.added,
    backlog: state.backlog.length,
    intervalMs: state.intervalMs,
    nextPollAt: state.nextPollAt,
  };
}

/** Status of every watched feed, for `chorus status` (reads only). */
export async function watchStatus(store: Pick<WatchStateStore, 'get'>): Promise<FeedStatus[]> {
  const feeds = (await store.get<string[]>(FEEDS_KEY)) ?? [];
  const states = await Promise.all(feeds.map((f) => store.get<FeedState>(feedKey(f))));
  return states.filter((s): s is FeedState => s !== null).map(toStatus);
}
