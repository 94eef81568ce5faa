/** HTML pages for the fetch/WARC benchmarks: the extraction benchmark corpora, or synthetic pages when absent. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const EXTRACTION_DATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'extraction');

export function loadPages(limit: number): { pages: Buffer[]; origin: string } {
  const pages: Buffer[] = [];
  if (existsSync(EXTRACTION_DATA)) {
    for (const corpus of readdirSync(EXTRACTION_DATA).sort()) {
      const dir = join(EXTRACTION_DATA, corpus, 'html');
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).sort()) {
        if (pages.length >= limit) break;
        const raw = readFileSync(join(dir, file));
        pages.push(file.endsWith('.gz') ? gunzipSync(raw) : raw);
      }
    }
  }
  if (pages.length > 0) return { pages, origin: `${pages.length} pages from ../shared/data/extraction/*/html` };
  const synthetic = Array.from({ length: Math.min(limit, 200) }, (_, i) =>
    Buffer.from(`<!DOCTYPE html><html><head><title>Page ${i}</title></head><body>${'<p>Officials said talks would continue next week.</p>'.repeat(200)}</body></html>`),
  );
  return { pages: synthetic, origin: `${synthetic.length} synthetic pages (../shared/data/extraction absent)` };
}
