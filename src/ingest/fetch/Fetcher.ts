/**
 * A polite, safe HTTP fetcher on undici: SSRF-checked hops (redirects followed by hand),
 * robots.txt obeyed, per-host spacing and concurrency, conditional requests, timeouts,
 * size caps on the decoded body, retries on 429/5xx honouring Retry-After.
 * Never throws for what a server does: every failure is a `FetchFailure` with a rule id.
 */
import { Agent, fetch as undiciFetch } from 'undici';
import { MAX_CRAWL_DELAY_MS, MAX_ROBOTS_BYTES, RETRY_STATUSES } from '../constants.ts';
import { DEFAULT_FETCH_SETTINGS, type FetchFailure, type FetchOutcome, type FetchSettings, type HttpCache, type HttpCacheEntry } from './FetchSettings.ts';
import { RobotsCache } from './RobotsCache.ts';
import { discard, readCapped, retryAfterMs, type ReadableBody } from './BodyReader.ts';
import { HostScheduler } from './HostScheduler.ts';
import { checkUrl, guardedLookup, systemResolver, type HostResolver } from './ssrf.ts';

export { DEFAULT_FETCH_SETTINGS } from './FetchSettings.ts';
export type { FetchFailure, FetchOutcome, FetchSettings, FetchSuccess, HttpCache, HttpCacheEntry } from './FetchSettings.ts';

interface MinimalResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: ReadableBody | null;
}
type FetchFn = (url: string, init: { headers: Record<string, string>; redirect: 'manual'; signal: AbortSignal }) => Promise<MinimalResponse>;

type Attempt =
  | { kind: 'done'; outcome: FetchOutcome }
  | { kind: 'redirect'; location: string; status: number }
  | { kind: 'retry'; failure: FetchFailure; delayMs: number | null };

const RETRYABLE = new Set<number>(RETRY_STATUSES);

function fail(url: string, ruleId: string, reason: string, status?: number): FetchFailure {
  return status === undefined ? { ok: false, url, ruleId, reason } : { ok: false, url, ruleId, reason, status };
}

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as NodeJS.ErrnoException).code;
}

export class Fetcher {
  readonly settings: FetchSettings;
  readonly cache: HttpCache;
  private readonly scheduler: HostScheduler;
  private readonly fetchFn: FetchFn;
  private readonly agent: Agent | null;
  private readonly robots: RobotsCache;
  private readonly resolve: HostResolver;

  constructor(settings: Partial<FetchSettings> = {}, options: { cache?: HttpCache; fetchImpl?: typeof fetch; resolveHost?: HostResolver } = {}) {
    this.settings = { ...DEFAULT_FETCH_SETTINGS, ...settings };
    this.cache = options.cache ?? {};
    this.resolve = options.resolveHost ?? systemResolver;
    this.robots = new RobotsCache(
      (url) => this.follow(url, { accept: 'text/plain', maxBytes: MAX_ROBOTS_BYTES }, false),
      (host, delayMs) => this.scheduler.setHostInterval(host, Math.min(MAX_CRAWL_DELAY_MS, delayMs)),
    );
    this.scheduler = new HostScheduler({
      perHost: this.settings.perHostConcurrency,
      total: this.settings.totalConcurrency,
      intervalMs: this.settings.perHostIntervalMs,
    });
    if (options.fetchImpl) {
      this.agent = null;
      // The DOM fetch type and our minimal response shape are structurally compatible for what we read.
      this.fetchFn = options.fetchImpl as unknown as FetchFn;
    } else {
      this.agent = new Agent({ connect: { lookup: guardedLookup(this.settings.allowPrivate) }, connections: this.settings.perHostConcurrency * 2 });
      const agent = this.agent;
      // undici's Response type differs from the DOM one only in members we do not use.
      this.fetchFn = ((url, init) => undiciFetch(url, { ...init, dispatcher: agent })) as FetchFn;
    }
  }

  /** Closes pooled connections (call when done, so the process can exit). */
  async close(): Promise<void> {
    await this.agent?.close();
  }

  /** GET `url`, following redirects; `conditional` sends the cached validators. */
  async fetch(url: string, options: { conditional?: boolean; accept?: string; maxBytes?: number } = {}): Promise<FetchOutcome> {
    return this.follow(url, options, true);
  }

  private async follow(url: string, options: { conditional?: boolean; accept?: string; maxBytes?: number }, robots: boolean): Promise<FetchOutcome> {
    const redirects: string[] = [];
    let current = url;
    for (let hop = 0; hop <= this.settings.maxRedirects; hop++) {
      const check = await checkUrl(current, this.settings.allowPrivate, this.resolve);
      if (!check.ok) return fail(url, check.ruleId, hop === 0 ? check.reason : `Redirect to ${current}: ${check.reason}`);
      const refusal = robots && this.settings.obeyRobots ? await this.robots.verdict(check.url) : null;
      if (refusal) return { ...refusal, url };
      const attempt = await this.withRetries(check.url, options);
      if (attempt.kind === 'done') {
        return attempt.outcome.ok ? { ...attempt.outcome, url, redirects } : { ...attempt.outcome, url };
      }
      if (attempt.kind === 'retry') return attempt.failure;
      let next: string;
      try {
        next = new URL(attempt.location, current).href;
      } catch {
        return fail(url, 'ingest/bad-redirect', `Redirect (${attempt.status}) to an invalid Location: ${attempt.location}`, attempt.status);
      }
      redirects.push(next);
      current = next;
    }
    return fail(url, 'ingest/too-many-redirects', `More than ${this.settings.maxRedirects} redirects.`);
  }

  private async withRetries(url: URL, options: { conditional?: boolean; accept?: string; maxBytes?: number }): Promise<Attempt> {
    for (let attempt = 0; ; attempt++) {
      const result = await this.scheduler.run(url.host, () => this.once(url, options));
      if (result.kind !== 'retry' || attempt >= this.settings.retries) return result;
      const delay = result.delayMs ?? this.settings.backoffMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
      if (delay > this.settings.maxRetryAfterMs) {
        return { kind: 'done', outcome: { ...result.failure, reason: `${result.failure.reason}; server asked to retry after ${Math.round(delay / 1000)} s, over the limit.` } };
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  private headersFor(url: URL, options: { conditional?: boolean; accept?: string }): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.settings.userAgent,
      accept: options.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      'accept-encoding': 'gzip, deflate, br',
    };
    const cached = options.conditional ? this.cache[url.href] : undefined;
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
    return headers;
  }

  private async once(url: URL, options: { conditional?: boolean; accept?: string; maxBytes?: number }): Promise<Attempt> {
    const href = url.href;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.settings.timeoutMs);
    const maxBytes = options.maxBytes ?? this.settings.maxBytes;
    try {
      const response = await this.fetchFn(href, { headers: this.headersFor(url, options), redirect: 'manual', signal: controller.signal });
      const { status } = response;
      const location = response.headers.get('location');
      if (status >= 300 && status < 400 && status !== 304 && location) {
        await discard(response.body);
        return { kind: 'redirect', location, status };
      }
      if (RETRYABLE.has(status)) {
        await discard(response.body);
        return { kind: 'retry', failure: fail(href, 'ingest/http-status', `HTTP ${status}`, status), delayMs: retryAfterMs(response.headers.get('retry-after')) };
      }
      if (status !== 304 && (status < 200 || status >= 300)) {
        await discard(response.body);
        return { kind: 'done', outcome: fail(href, 'ingest/http-status', `HTTP ${status}`, status) };
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
      if (!encoded && declared > maxBytes) {
        await discard(response.body);
        return { kind: 'done', outcome: fail(href, 'ingest/too-large', `Content-Length ${declared} is over the ${maxBytes}-byte limit.`, status) };
      }
      const body = status === 304 ? ({ ok: true, bytes: new Uint8Array(0) } as const) : await readCapped(response.body, maxBytes);
      if (!body.ok) {
        return { kind: 'done', outcome: fail(href, 'ingest/too-large', `Body (decoded) is over the ${maxBytes}-byte limit; download stopped.`, status) };
      }
      if (status !== 304) this.remember(href, response.headers);
      return {
        kind: 'done',
        outcome: {
          ok: true,
          url: href,
          finalUrl: href,
          status,
          notModified: status === 304,
          contentType: response.headers.get('content-type') ?? '',
          bytes: body.bytes,
          redirects: [],
          fetchedAt: new Date().toISOString(),
        },
      };
    } catch (error) {
      if (controller.signal.aborted) {
        return { kind: 'done', outcome: fail(href, 'ingest/timeout', `No complete answer within ${this.settings.timeoutMs} ms.`) };
      }
      const code = errorCode(error);
      if (code === 'ESSRF') return { kind: 'done', outcome: fail(href, 'ingest/ssrf', `Refused to connect: ${(error as { cause?: Error }).cause?.message ?? code}`) };
      const reason = `Network error: ${code ?? (error as Error).message}`;
      return { kind: 'retry', failure: fail(href, 'ingest/network', reason), delayMs: null };
    } finally {
      clearTimeout(timer);
    }
  }

  private remember(href: string, headers: { get(name: string): string | null }): void {
    const etag = headers.get('etag');
    const lastModified = headers.get('last-modified');
    if (!etag && !lastModified) return;
    const entry: HttpCacheEntry = {};
    if (etag) entry.etag = etag;
    if (lastModified) entry.lastModified = lastModified;
    this.cache[href] = entry;
  }
}
