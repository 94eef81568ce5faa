/** The fetcher's settings (defaults from the stage constants) and the shapes of its answers. */
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_USER_AGENT,
  FETCH_RETRIES,
  FETCH_TIMEOUT_MS,
  MAX_REDIRECTS,
  MAX_RETRY_AFTER_MS,
  PER_HOST_CONCURRENCY,
  PER_HOST_INTERVAL_MS,
  RETRY_BACKOFF_MS,
  TOTAL_CONCURRENCY,
} from '../constants.ts';

export interface FetchSettings {
  userAgent: string;
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  backoffMs: number;
  maxRetryAfterMs: number;
  perHostIntervalMs: number;
  perHostConcurrency: number;
  totalConcurrency: number;
  obeyRobots: boolean;
}

export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  userAgent: DEFAULT_USER_AGENT,
  allowPrivate: false,
  timeoutMs: FETCH_TIMEOUT_MS,
  maxBytes: DEFAULT_MAX_BYTES,
  maxRedirects: MAX_REDIRECTS,
  retries: FETCH_RETRIES,
  backoffMs: RETRY_BACKOFF_MS,
  maxRetryAfterMs: MAX_RETRY_AFTER_MS,
  perHostIntervalMs: PER_HOST_INTERVAL_MS,
  perHostConcurrency: PER_HOST_CONCURRENCY,
  totalConcurrency: TOTAL_CONCURRENCY,
  obeyRobots: true,
};

/** Validators remembered per URL for conditional requests; the caller persists the map. */
export interface HttpCacheEntry {
  etag?: string;
  lastModified?: string;
}
export type HttpCache = Record<string, HttpCacheEntry>;

export interface FetchSuccess {
  ok: true;
  url: string;
  finalUrl: string;
  status: number;
  /** 304: the cached validators matched; `bytes` is empty. */
  notModified: boolean;
  contentType: string;
  bytes: Uint8Array;
  redirects: string[];
  fetchedAt: string;
}
export interface FetchFailure {
  ok: false;
  url: string;
  ruleId: string;
  reason: string;
  status?: number;
}
export type FetchOutcome = FetchSuccess | FetchFailure;
