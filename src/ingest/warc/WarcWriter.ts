/**
 * Writes WARC records (each its own gzip member when compressed, as Common Crawl does).
 * Used to build test archives and the benchmark's generated WARC.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface WarcResponseInput {
  uri: string;
  date: string;
  status?: number;
  contentType?: string;
  body: Buffer | string;
  /** Extra HTTP headers (e.g. Content-Encoding). */
  httpHeaders?: Record<string, string>;
}

export function warcRecord(type: string, headers: Record<string, string>, block: Buffer): Buffer {
  const head = [`WARC/1.0`, `WARC-Type: ${type}`, `WARC-Record-ID: <urn:uuid:${randomUUID()}>`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${block.length}`];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), block, Buffer.from('\r\n\r\n')]);
}

export function warcResponse(input: WarcResponseInput): Buffer {
  const body = typeof input.body === 'string' ? Buffer.from(input.body) : input.body;
  const headers = { 'Content-Type': input.contentType ?? 'text/html; charset=utf-8', 'Content-Length': String(body.length), ...input.httpHeaders };
  const http = `HTTP/1.1 ${input.status ?? 200} OK\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
  return warcRecord('response', { 'WARC-Target-URI': input.uri, 'WARC-Date': input.date, 'Content-Type': 'application/http; msgtype=response' }, Buffer.concat([Buffer.from(http, 'latin1'), body]));
}

export function gzipMember(record: Buffer): Buffer {
  return gzipSync(record, { level: 1 });
}
