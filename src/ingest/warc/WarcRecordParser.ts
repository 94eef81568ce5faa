/**
 * A streaming WARC parser: chunks in, records out, never more than one record's header and
 * (for records the caller keeps) one record's block in memory. Unwanted blocks are counted
 * past without buffering, so a multi-gigabyte archive streams in bounded memory.
 * A malformed record is reported and the parser resynchronises on the next `WARC/` line.
 */

/** Longest header block accepted; real WARC headers are < 2 KB. */
const MAX_HEADER_BYTES = 64 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');
const MAGIC = Buffer.from('WARC/');
const RESYNC = Buffer.from('\nWARC/');

export interface WarcRecord {
  /** Header names lowercased. */
  headers: Record<string, string>;
  /** The block, or null when the caller did not want it (`keep` said no, or it was over the cap). */
  block: Buffer | null;
  contentLength: number;
  /** Byte offset of the record in the (decompressed) stream. */
  offset: number;
  oversized: boolean;
}

export type WarcEvent = { type: 'record'; record: WarcRecord } | { type: 'malformed'; offset: number; reason: string };

export interface WarcParseOptions {
  keep: (headers: Readonly<Record<string, string>>) => boolean;
  maxBlockBytes: number;
}

function parseHeaderBlock(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

interface BlockState {
  headers: Record<string, string>;
  remaining: number;
  parts: Buffer[] | null;
  contentLength: number;
  offset: number;
  oversized: boolean;
}

export async function* parseWarc(chunks: AsyncIterable<Buffer | string>, options: WarcParseOptions): AsyncGenerator<WarcEvent> {
  let buf: Buffer = Buffer.alloc(0);
  let base = 0; // stream offset of buf[0]
  let block: BlockState | null = null;
  let resyncing = false;
  const drop = (n: number) => {
    buf = buf.subarray(n);
    base += n;
  };

  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    for (;;) {
      if (block) {
        const take = Math.min(block.remaining, buf.length);
        if (block.parts && take > 0) block.parts.push(Buffer.from(buf.subarray(0, take)));
        block.remaining -= take;
        drop(take);
        if (block.remaining > 0) break;
        const { headers, parts, contentLength, offset, oversized } = block;
        block = null;
        yield { type: 'record', record: { headers, block: parts ? Buffer.concat(parts) : null, contentLength, offset, oversized } };
        continue;
      }
      if (resyncing) {
        const at = buf.indexOf(RESYNC);
        if (at < 0) {
          drop(Math.max(0, buf.length - RESYNC.length));
          break;
        }
        drop(at + 1);
        resyncing = false;
      }
      let lead = 0;
      while (lead < buf.length && (buf[lead] === 0x0d || buf[lead] === 0x0a)) lead++;
      drop(lead);
      if (buf.length < MAGIC.length) break;
      if (!buf.subarray(0, MAGIC.length).equals(MAGIC)) {
        yield { type: 'malformed', offset: base, reason: 'expected a "WARC/" version line' };
        resyncing = true;
        continue;
      }
      const end = buf.indexOf(HEADER_END);
      if (end < 0) {
        if (buf.length > MAX_HEADER_BYTES) {
          yield { type: 'malformed', offset: base, reason: `header longer than ${MAX_HEADER_BYTES} bytes` };
          drop(MAGIC.length);
          resyncing = true;
          continue;
        }
        break;
      }
      const headers = parseHeaderBlock(buf.subarray(0, end).toString('latin1'));
      const contentLength = Number(headers['content-length']);
      const offset = base;
      if (!Number.isSafeInteger(contentLength) || contentLength < 0) {
        yield { type: 'malformed', offset, reason: 'missing or invalid Content-Length' };
        drop(end + HEADER_END.length);
        resyncing = true;
        continue;
      }
      drop(end + HEADER_END.length);
      const oversized = contentLength > options.maxBlockBytes;
      const wanted = !oversized && options.keep(headers);
      block = { headers, remaining: contentLength, parts: wanted ? [] : null, contentLength, offset, oversized };
    }
  }
  if (block) yield { type: 'malformed', offset: block.offset, reason: `archive ends inside a record (${block.remaining} bytes missing)` };
}
