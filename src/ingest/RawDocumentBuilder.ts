/**
 * Turns the bytes of one input into a RawDocument, or a rejection when they cannot become
 * an article (empty, binary). Every source (file, stdin, URL, archive) ends here, so the
 * same bytes are judged the same way however they arrived.
 */
import type { Arrival, GivenMeta, Problem, RawDocument } from '../model/records.ts';
import { hasUtf16Bom, looksBinary, sniffFormat } from './BinarySniffer.ts';
import { decodeBytes } from './decode.ts';
import { accepted, rejected, type IngestItem } from './types.ts';

export interface BytesInput {
  source: string;
  bytes: Uint8Array;
  /** `sniff` decides between markup and text from the content (stdin, URLs without a content type). */
  format: 'html' | 'text' | 'sniff';
  given: GivenMeta;
  arrival: Arrival;
  /** Charset from the transport (HTTP Content-Type). */
  declaredCharset?: string | null;
  problems?: readonly Problem[];
}

export function documentFromBytes(input: BytesInput): IngestItem {
  const { source, bytes } = input;
  if (bytes.length === 0) return rejected(source, 'ingest/empty', 'The input is empty (0 bytes).');
  if (!hasUtf16Bom(bytes) && looksBinary(bytes)) {
    return rejected(source, 'ingest/binary', 'The input looks binary (NUL or control bytes), not text or HTML.');
  }
  const requested = input.format;
  const decoded = decodeBytes(bytes, { format: requested === 'sniff' ? 'html' : requested, declared: input.declaredCharset ?? null });
  const format = requested === 'sniff' ? sniffFormat(decoded.text) : requested;
  const content = format === 'text' ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
  if (content.trim() === '') return rejected(source, 'ingest/empty', 'The input holds only white space.');
  const doc: RawDocument = {
    source,
    format,
    content,
    encoding: decoded.encoding,
    given: { ...input.given },
    arrival: { ...input.arrival },
    problems: [...(input.problems ?? []), ...decoded.problems],
  };
  return accepted(doc);
}
