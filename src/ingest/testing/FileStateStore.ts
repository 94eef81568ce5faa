/** A WatchStateStore in one JSON file, replaced atomically on every put (tests and crash drills). */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { WatchStateStore } from '../watch/WatchState.ts';

export function fileStateStore(path: string): WatchStateStore {
  const load = (): Record<string, unknown> => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {});
  return {
    async get<T>(key: string): Promise<T | null> {
      return (load()[key] as T | undefined) ?? null;
    },
    async put<T>(key: string, value: T): Promise<void> {
      const all = load();
      all[key] = value;
      writeFileSync(`${path}.tmp`, JSON.stringify(all));
      renameSync(`${path}.tmp`, path);
    },
  };
}

export function memoryStateStore(): WatchStateStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    async get<T>(key: string): Promise<T | null> {
      const raw = data.get(key);
      return raw === undefined ? null : (JSON.parse(raw) as T);
    },
    async put<T>(key: string, value: T): Promise<void> {
      data.set(key, JSON.stringify(value));
    },
  };
}
