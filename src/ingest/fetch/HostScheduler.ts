/**
 * Politeness: at most `perHost` requests in flight to one host, request starts to one host
 * spaced by `intervalMs` (or the robots.txt Crawl-delay when longer), and at most `total`
 * in flight overall. Waiters are served first come, first served.
 */

export interface SchedulerLimits {
  perHost: number;
  total: number;
  intervalMs: number;
}

interface HostState {
  active: number;
  nextStart: number;
  intervalMs: number;
}

export class HostScheduler {
  private readonly hosts = new Map<string, HostState>();
  private active = 0;
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly limits: SchedulerLimits) {}

  /** Raises one host's spacing (robots.txt Crawl-delay); never lowers it below the configured interval. */
  setHostInterval(host: string, intervalMs: number): void {
    const state = this.state(host);
    state.intervalMs = Math.max(this.limits.intervalMs, intervalMs);
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, intervalMs: this.limits.intervalMs };
      this.hosts.set(host, state);
    }
    return state;
  }

  private async slot(host: string): Promise<HostState> {
    for (;;) {
      const state = this.state(host);
      if (this.active < this.limits.total && state.active < this.limits.perHost) {
        const wait = state.nextStart - Date.now();
        if (wait <= 0) {
          state.active++;
          this.active++;
          state.nextStart = Date.now() + state.intervalMs;
          return state;
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
        continue;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private release(state: HostState): void {
    state.active--;
    this.active--;
    // Wake everyone: each re-checks its own host's limits; the queue is short (bounded by callers' concurrency).
    for (const wake of this.waiters.splice(0)) wake();
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = await this.slot(host);
    try {
      return await task();
    } finally {
      this.release(state);
    }
  }
}
