/**
 * The ingest stage's entry point: inputs as the user named them (files, directories, `-`,
 * http(s) URLs) to a stream of IngestItems, in order. Bad input never throws: it becomes a
 * rejected item naming the input, a stable `ruleId` and the reason. Only misuse throws.
 */
import { usageError } from '../model/errors.ts';
import { DEFAULT_MAX_BYTES, ITEM_FETCH_WINDOW } from './constants.ts';
import { readLocalPath, readStdin, type LocalReadSettings } from './LocalInputReader.ts';
import type { IngestItem, IngestOptions } from './types.ts';
import { Fetcher } from './fetch/Fetcher.ts';
import { orderedMap } from './fetch/orderedMap.ts';
import { readUrlInput } from './UrlInputReader.ts';

export function isUrlInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

function validate(inputs: readonly string[], options: IngestOptions): void {
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw usageError('No inputs given.', 'Name files, directories, http(s) URLs, or - for standard input.');
  }
  if (inputs.filter((input) => input === '-').length > 1) throw usageError('Standard input (-) can be read only once.');
  const max = options.maxBytes;
  if (max !== undefined && (!Number.isFinite(max) || max <= 0)) {
    throw usageError(`maxBytes must be a positive number of bytes, got ${String(max)}.`, 'For example --max-bytes 52428800 for 50 MB.');
  }
}

/** One fetcher for all URL inputs of a run, so per-host politeness spans them. */
export function fetcherFor(options: IngestOptions): Fetcher {
  const settings = { ...options.fetch };
  if (options.allowPrivate !== undefined) settings.allowPrivate = options.allowPrivate;
  if (options.userAgent !== undefined) settings.userAgent = options.userAgent;
  if (options.maxBytes !== undefined) settings.maxBytes = options.maxBytes;
  const extra: { cache?: NonNullable<IngestOptions['httpCache']>; fetchImpl?: typeof fetch } = {};
  if (options.httpCache) extra.cache = options.httpCache;
  if (options.fetchImpl) extra.fetchImpl = options.fetchImpl;
  return new Fetcher(settings, extra);
}

export async function* readInputs(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  validate(inputs, options);
  const now = options.now ?? (() => new Date());
  const settings: LocalReadSettings = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, at: () => now().toISOString() };
  let fetcher: Fetcher | null = null;
  try {
    for (let i = 0; i < inputs.length; ) {
      const input = inputs[i] as string;
      if (isUrlInput(input)) {
        // A run of URLs (a --urls list) is fetched concurrently, in order; the fetcher keeps each host polite.
        let end = i;
        while (end < inputs.length && isUrlInput(inputs[end] as string)) end++;
        const client: Fetcher = (fetcher ??= fetcherFor(options));
        const firsts = orderedMap(inputs.slice(i, end), ITEM_FETCH_WINDOW, async (url) => ({ url, first: await client.fetch(url) }));
        for await (const { url, first } of firsts) yield* readUrlInput(url, client, options.sitemapWindow, first);
        i = end;
        continue;
      }
      if (input === '-') yield* readStdin(options.stdin ?? process.stdin, settings);
      else yield* readLocalPath(input, settings);
      i++;
    }
  } finally {
    await fetcher?.close();
  }
}
