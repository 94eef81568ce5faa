/** Reads a WARC in its own process (so its peak RSS is the reader's alone) and prints a JSON summary. */
import { statSync } from 'node:fs';
import { emptyWarcStats, readWarcFile } from '../../src/ingest/warc/WarcReader.ts';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/constants.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: warcReadChild.ts <file.warc[.gz]>');
const stats = emptyWarcStats();
// Sampled, not getrusage's maxRSS: on Linux that high-water mark survives fork+exec, so a child
// would report its parent's peak (the benchmark parent holds the whole page corpus).
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
let chars = 0;
let rejected = 0;
const started = performance.now();
for await (const item of readWarcFile(path, { maxRecordBytes: DEFAULT_MAX_BYTES, stats })) {
  if (item.ok) chars += item.doc.content.length;
  else rejected++;
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(JSON.stringify({ seconds, fileBytes: statSync(path).size, chars, rejected, stats, maxRssMB: peakRss / 2 ** 20 }));
