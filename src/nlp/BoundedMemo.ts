import { MEMO_LIMIT } from './constants.ts';

/**
 * Answers kept by key for lookups that depend on the key alone (a word's class, a name's
 * initials, a demonym's country): the same words recur within and across articles. Cleared
 * whole when full, so memory stays bounded on an endless stream without per-entry bookkeeping.
 */
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly compute: (key: string) => V, private readonly limit: number = MEMO_LIMIT) {}

  get(key: string): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = this.compute(key);
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }
}
