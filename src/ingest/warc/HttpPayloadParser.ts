/**
 * The HTTP response inside a WARC `response` record: status, headers and the entity body,
 * de-chunked and decompressed (under a cap, so a compressed bomb in an archive stops early).
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface HttpPayload {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function decompress(body: Buffer, encoding: string, maxBytes: number): Buffer {
  const options = { maxOutputLength: maxBytes };
  if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(body, options);
  if (encoding === 'deflate') return inflateSync(body, options);
  if (encoding === 'br') return brotliDecompressSync(body, options);
  return body;
}

/** Parses an `application/http; msgtype=response` block; null when it is not an HTTP response. Throws (RangeError) past `maxBytes` decoded. */
export function parseHttpResponse(block: Buffer, maxBytes: number): HttpPayload | null {
  // Some crawlers record bare-LF header lines; accept both.
  const crlf = block.indexOf('\r\n\r\n');
  const lf = block.indexOf('\n\n');
  const bareLf = lf >= 0 && (crlf < 0 || lf < crlf);
  const end = bareLf ? lf : crlf;
  if (end < 0) return null;
  const lines = block.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!status?.[1]) return null;
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = block.subarray(end + (bareLf ? 2 : 4));
  if ((headers['transfer-encoding'] ?? '').toLowerCase().includes('chunked')) body = dechunk(body);
  const encoding = (headers['content-encoding'] ?? '').toLowerCase().trim();
  if (encoding && encoding !== 'identity') body = decompress(body, encoding, maxBytes);
  return { status: Number(status[1]), headers, body };
}
