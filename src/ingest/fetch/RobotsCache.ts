/**
 * robots.txt per origin, fetched once and shared by concurrent requests. RFC 9309: an
 * unavailable robots.txt (4xx) allows everything; an unreachable one (5xx, network error)
 * disallows everything, and the refusal names the underlying failure.
 */
import { ROBOTS_PRODUCT_TOKEN } from '../constants.ts';
import type { FetchFailure, FetchOutcome } from './FetchSettings.ts';
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, parseRobots, type RobotsRules } from './RobotsRules.ts';

interface RobotsEntry {
  rules: RobotsRules;
  failure?: FetchFailure;
}

export class RobotsCache {
  private readonly entries = new Map<string, Promise<RobotsEntry>>();

  constructor(
    private readonly load: (robotsUrl: string) => Promise<FetchOutcome>,
    private readonly onCrawlDelay: (host: string, delayMs: number) => void,
  ) {}

  /** Null when allowed; otherwise the failure to report (disallowed, or robots.txt unreachable). */
  async verdict(url: URL): Promise<FetchFailure | null> {
    let entry = this.entries.get(url.origin);
    if (!entry) {
      entry = this.fetchRules(url);
      this.entries.set(url.origin, entry);
    }
    const { rules, failure } = await entry;
    if (isAllowed(rules, `${url.pathname}${url.search}`)) return null;
    if (failure) {
      return { ok: false, url: url.href, ruleId: failure.ruleId, reason: `robots.txt of ${url.host} is unreachable (${failure.reason}); not fetching from it.` };
    }
    return { ok: false, url: url.href, ruleId: 'ingest/robots', reason: `robots.txt of ${url.host} disallows ${url.pathname}.` };
  }

  private async fetchRules(url: URL): Promise<RobotsEntry> {
    const outcome = await this.load(`${url.origin}/robots.txt`);
    if (!outcome.ok) {
      const unavailable = outcome.status !== undefined && outcome.status >= 400 && outcome.status < 500;
      return unavailable ? { rules: ALLOW_ALL } : { rules: DISALLOW_ALL, failure: outcome };
    }
    const rules = parseRobots(Buffer.from(outcome.bytes).toString('utf8'), ROBOTS_PRODUCT_TOKEN);
    if (rules.crawlDelaySeconds !== null) this.onCrawlDelay(url.host, rules.crawlDelaySeconds * 1000);
    return { rules };
  }
}
