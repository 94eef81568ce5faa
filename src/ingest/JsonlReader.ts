/**
 * JSONL records `{url?, outlet?, publishedAt?, title?, author?, language?, text | html}`, one
 * document per line, streamed so a large file never sits in memory. A malformed line is a
 * rejection naming its line number; the other lines are kept.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RawDocument } from '../model/records.ts';
import { givenFromRecord } from './GivenMetaReader.ts';
import { accepted, rejected, type IngestItem } from './types.ts';

/** One JSONL line to an item; `lineNo` is 1-based. */
export function jsonlLineToItem(file: string, lineNo: number, line: string, at: string, maxBytes: number): IngestItem | null {
  if (line.trim() === '') return null;
  const source = `${file}#${lineNo}`;
  if (Buffer.byteLength(line) > maxBytes) {
    return rejected(source, 'ingest/too-large', `Line ${lineNo} is larger than the ${maxBytes}-byte limit (raise it with --max-bytes).`, lineNo);
  }
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return rejected(source, 'ingest/jsonl-malformed', `Line ${lineNo} is not valid JSON: ${(error as Error).message}`, lineNo);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return rejected(source, 'ingest/jsonl-malformed', `Line ${lineNo} should be a JSON object with "text" or "html".`, lineNo);
  }
  const fields = record as Record<string, unknown>;
  const html = typeof fields.html === 'string' ? fields.html : null;
  const text = typeof fields.text === 'string' ? fields.text : null;
  const content = html ?? text;
  if (content === null) {
    return rejected(source, 'ingest/jsonl-no-content', `Line ${lineNo} has neither a "text" nor an "html" string.`, lineNo);
  }
  if (content.trim() === '') return rejected(source, 'ingest/empty', `Line ${lineNo} has empty content.`, lineNo);
  const { given, problems } = givenFromRecord(fields, `${file} line ${lineNo}`, lineNo);
  const doc: RawDocument = {
    source,
    format: html !== null ? 'html' : 'text',
    content: html !== null ? content : content.replace(/\r\n?/g, '\n'),
    encoding: 'utf-8',
    given,
    arrival: { kind: 'jsonl', at, line: lineNo },
    problems,
  };
  return accepted(doc);
}

export async function* readJsonl(file: string, at: string, maxBytes: number): AsyncGenerator<IngestItem> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const item = jsonlLineToItem(file, lineNo, lineNo === 1 ? raw.replace(/^\ufeff/, '') : raw, at, maxBytes);
    if (item) yield item;
  }
}
