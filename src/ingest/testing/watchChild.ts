/**
 * Child process for the crash drill: watches a feed once with a file state store and a file
 * "article store" (one URL a line, written before the slow commit finishes), so a kill -9 can
 * land between storing an article and recording it as seen.
 * Usage: node --import tsx watchChild.ts <feedUrl> <stateFile> <storeFile>
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { watch } from '../watch/watch.ts';
import { fileStateStore } from './FileStateStore.ts';

const [feed, stateFile, storeFile] = process.argv.slice(2);
if (!feed || !stateFile || !storeFile) throw new Error('usage: watchChild.ts <feedUrl> <stateFile> <storeFile>');

await watch([feed], {
  state: fileStateStore(stateFile),
  signal: new AbortController().signal,
  once: true,
  allowPrivate: true,
  fetch: { perHostIntervalMs: 0 },
  log: () => undefined,
  async onDocument(doc) {
    const url = doc.given.url ?? doc.source;
    const stored = existsSync(storeFile) ? readFileSync(storeFile, 'utf8').split('\n') : [];
    if (stored.includes(url)) return 'duplicate';
    appendFileSync(storeFile, `${url}\n`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return 'added';
  },
});
