/**
 * WARC and WARC.gz files (Common Crawl's news crawl) to IngestItems: each HTML `response`
 * record becomes a RawDocument whose `arrival.at` is the capture date (WARC-Date) and whose
 * `given.url` is WARC-Target-URI. The capture date is not the publication date, so it is not
 * given as one. Non-HTML and non-2xx records are skipped and counted; malformed records are
 * rejections with a reason; a corrupt archive ends with one rejection, never a throw.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { charsetFromContentType } from '../CharsetDeclarationFinder.ts';
import { documentFromBytes } from '../RawDocumentBuilder.ts';
import { rejected, type IngestItem } from '../types.ts';
import { parseHttpResponse } from './HttpPayloadParser.ts';
import { chunksOf } from './StreamChunks.ts';
import { parseWarc, type WarcRecord } from './WarcRecordParser.ts';

export interface WarcStats {
  records: number;
  documents: number;
  skippedNotResponse: number;
  skippedNotHtml: number;
  skippedStatus: number;
  oversized: number;
  malformed: number;
}

export interface WarcReadOptions {
  maxRecordBytes: number;
  /** Filled in as the archive is read (for summaries and benchmarks). */
  stats?: WarcStats;
}

export function emptyWarcStats(): WarcStats {
  return { records: 0, documents: 0, skippedNotResponse: 0, skippedNotHtml: 0, skippedStatus: 0, oversized: 0, malformed: 0 };
}

/** Read size: small enough that a corrupt gzip tail loses at most this much compressed input (zlib fails a whole write), large enough for throughput. */
const READ_CHUNK_BYTES = 64 * 1024;

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

function isHttpResponse(headers: Readonly<Record<string, string>>): boolean {
  return (headers['warc-type'] ?? '').toLowerCase() === 'response' && /application\/http/i.test(headers['content-type'] ?? 'application/http');
}

function recordToItem(path: string, record: WarcRecord, options: WarcReadOptions, stats: WarcStats): IngestItem | null {
  const uri = (record.headers['warc-target-uri'] ?? '').replace(/^<|>$/g, '');
  const source = uri || `${path}@${record.offset}`;
  if (!isHttpResponse(record.headers)) {
    stats.skippedNotResponse++;
    return null;
  }
  if (record.oversized) {
    stats.oversized++;
    return rejected(source, 'ingest/too-large', `WARC record at byte ${record.offset} is ${record.contentLength} bytes, over the ${options.maxRecordBytes}-byte limit.`);
  }
  let payload;
  try {
    payload = record.block ? parseHttpResponse(record.block, options.maxRecordBytes) : null;
  } catch (error) {
    stats.malformed++;
    return rejected(source, 'ingest/warc-malformed', `WARC record at byte ${record.offset}: body cannot be decoded (${(error as Error).message}).`);
  }
  if (!payload) {
    stats.malformed++;
    return rejected(source, 'ingest/warc-malformed', `WARC record at byte ${record.offset} does not hold an HTTP response.`);
  }
  if (payload.status < 200 || payload.status >= 300) {
    stats.skippedStatus++;
    return null;
  }
  const contentType = payload.headers['content-type'] ?? '';
  if (!HTML_TYPES.test(contentType)) {
    stats.skippedNotHtml++;
    return null;
  }
  const date = record.headers['warc-date'];
  const at = date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : undefined;
  const item = documentFromBytes({
    source,
    bytes: payload.body,
    format: 'html',
    given: uri ? { url: uri } : {},
    arrival: at ? { kind: 'warc', at, httpStatus: payload.status } : { kind: 'warc', httpStatus: payload.status },
    declaredCharset: charsetFromContentType(contentType),
  });
  if (item.ok) stats.documents++;
  return item;
}

export async function* readWarcFile(path: string, options: WarcReadOptions): AsyncGenerator<IngestItem> {
  const stats = options.stats ?? emptyWarcStats();
  const file = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  // Node's gunzip reads concatenated members, which is how WARC.gz compresses each record.
  const stream = path.toLowerCase().endsWith('.gz') ? file.pipe(createGunzip()) : file;
  if (stream !== file) file.on('error', (error) => stream.destroy(error));
  const events = parseWarc(chunksOf(stream), { keep: isHttpResponse, maxBlockBytes: options.maxRecordBytes });
  try {
    for await (const event of events) {
      if (event.type === 'malformed') {
        stats.malformed++;
        yield rejected(`${path}@${event.offset}`, 'ingest/warc-malformed', `Malformed WARC record at byte ${event.offset}: ${event.reason}; skipped.`);
        continue;
      }
      stats.records++;
      const item = recordToItem(path, event.record, options, stats);
      if (item) yield item;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const ruleId = code === 'ENOENT' ? 'ingest/not-found' : 'ingest/warc-corrupt';
    yield rejected(path, ruleId, `Cannot read the archive past this point: ${(error as Error).message}`);
  } finally {
    stream.destroy();
    file.destroy();
  }
}
