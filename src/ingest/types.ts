/** The ingest stage's public types: options for reading inputs and the items it yields. */
import type { RawDocument } from '../model/records.ts';
import type { DateWindow } from './feeds/Sitemap.ts';
import type { FetchSettings, HttpCache } from './fetch/Fetcher.ts';

export interface IngestOptions {
  /** Per-input size cap in bytes (default 10 MiB, `DEFAULT_MAX_BYTES`); a bigger input is rejected, not truncated. */
  maxBytes?: number;
  /** Let URL inputs reach loopback/private/link-local addresses (tests, intranets). Off by default (SSRF guard). */
  allowPrivate?: boolean;
  /** User-Agent for URL inputs. */
  userAgent?: string;
  /** Where `-` reads from (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /** Replaces the network for URL inputs (tests). */
  fetchImpl?: typeof fetch;
  /** Clock for `arrival.at` (tests). */
  now?: () => Date;
  /** Fetcher tuning for URL inputs (politeness, timeouts, retries); `allowPrivate`, `userAgent`, `maxBytes` above take precedence. */
  fetch?: Partial<FetchSettings>;
  /** ETag/Last-Modified validators by URL; filled in as pages are fetched, for the caller to persist. */
  httpCache?: HttpCache;
  /** Sitemap entries outside this window (news publication date, else lastmod) are skipped. */
  sitemapWindow?: DateWindow;
}

/** One input read: a document, or a rejection that names the input and why. */
export type IngestItem =
  | { ok: true; doc: RawDocument }
  | { ok: false; source: string; ruleId: string; reason: string; line?: number };

export type Rejection = Extract<IngestItem, { ok: false }>;

export function rejected(source: string, ruleId: string, reason: string, line?: number): Rejection {
  return line === undefined ? { ok: false, source, ruleId, reason } : { ok: false, source, ruleId, reason, line };
}

export function accepted(doc: RawDocument): IngestItem {
  return { ok: true, doc };
}
