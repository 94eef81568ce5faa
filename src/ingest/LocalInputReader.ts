/**
 * Files, directories and stdin to IngestItems.
 *
 * Directories are walked recursively in sorted order (deterministic runs), skipping hidden
 * entries, sidecars and files whose extension Chorus does not read (a directory holds images,
 * notes and the like; naming each skip would drown the summary). A file named explicitly with
 * an unknown extension is a rejection (`ingest/unknown-extension`): the user asked for it.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HTML_EXTENSIONS, JSONL_EXTENSIONS, SIDECAR_SUFFIX, TEXT_EXTENSIONS, WARC_EXTENSIONS } from './constants.ts';
import { readSidecar } from './GivenMetaReader.ts';
import { readJsonl } from './JsonlReader.ts';
import { documentFromBytes } from './RawDocumentBuilder.ts';
import { rejected, type IngestItem, type Rejection } from './types.ts';
import { readWarcFile } from './warc/WarcReader.ts';

export type LocalKind = 'text' | 'html' | 'jsonl' | 'warc' | 'sidecar' | 'unknown';

/** True for gzip-compressed content files (`page.html.gz`, as the benchmark corpora store pages). */
export function isGzipped(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.gz') && !lower.endsWith('.warc.gz');
}

export function classifyPath(path: string): LocalKind {
  const lower = path.toLowerCase();
  if (lower.endsWith(SIDECAR_SUFFIX)) return 'sidecar';
  if (isGzipped(lower)) {
    const inner = classifyPath(lower.slice(0, -3));
    return inner === 'text' || inner === 'html' ? inner : 'unknown';
  }
  const has = (list: readonly string[]) => list.some((ext) => lower.endsWith(ext));
  if (has(TEXT_EXTENSIONS)) return 'text';
  if (has(HTML_EXTENSIONS)) return 'html';
  if (has(JSONL_EXTENSIONS)) return 'jsonl';
  if (has(WARC_EXTENSIONS)) return 'warc';
  return 'unknown';
}

export interface LocalReadSettings {
  maxBytes: number;
  at: () => string;
}

/** A file-system error as a rejection of that path: one unreadable path must not stop the run. */
function fsRejection(path: string, error: unknown): Rejection {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return rejected(path, 'ingest/not-found', 'No such file or directory.');
  if (code === 'EACCES' || code === 'EPERM') return rejected(path, 'ingest/unreadable', 'Permission denied.');
  return rejected(path, 'ingest/unreadable', `Cannot read it: ${(error as Error).message}`);
}

/** stat() with its failure as a rejection (`ok: false`) rather than a throw. */
async function statOrReject(path: string): Promise<Stats | Rejection> {
  try {
    return await stat(path);
  } catch (error) {
    return fsRejection(path, error);
  }
}

async function* readContentFile(path: string, kind: 'text' | 'html', size: number, settings: LocalReadSettings): AsyncGenerator<IngestItem> {
  if (size > settings.maxBytes) {
    yield rejected(path, 'ingest/too-large', `The file is ${size} bytes, over the ${settings.maxBytes}-byte limit (raise it with --max-bytes).`);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield fsRejection(path, error);
    return;
  }
  if (isGzipped(path)) {
    try {
      // The cap applies to the decompressed size, so a small bomb cannot exhaust memory.
      bytes = gunzipSync(bytes, { maxOutputLength: settings.maxBytes });
    } catch (error) {
      const tooLarge = error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      yield tooLarge
        ? rejected(path, 'ingest/too-large', `Decompressed, the file is over the ${settings.maxBytes}-byte limit (raise it with --max-bytes).`)
        : rejected(path, 'ingest/unreadable', `Not valid gzip data: ${(error as Error).message}`);
      return;
    }
  }
  const sidecar = await readSidecar(path);
  yield documentFromBytes({ source: path, bytes, format: kind, given: sidecar.given, arrival: { kind: 'file', at: settings.at() }, problems: sidecar.problems });
}

async function* readFileByKind(path: string, size: number, explicit: boolean, settings: LocalReadSettings): AsyncGenerator<IngestItem> {
  const kind = classifyPath(path);
  if (kind === 'text' || kind === 'html') yield* readContentFile(path, kind, size, settings);
  else if (kind === 'jsonl') yield* readJsonl(path, settings.at(), settings.maxBytes);
  else if (kind === 'warc') yield* readWarcFile(path, { maxRecordBytes: settings.maxBytes });
  else if (explicit) {
    const reason =
      kind === 'sidecar'
        ? 'A .meta.json sidecar is read with its content file; name the .txt or .html file instead.'
        : 'Unknown extension: Chorus reads .txt, .html/.htm (also gzipped, .html.gz), .jsonl and .warc/.warc.gz files.';
    yield rejected(path, 'ingest/unknown-extension', reason);
  }
}

async function* walkDirectory(dir: string, settings: LocalReadSettings): AsyncGenerator<IngestItem> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield fsRejection(dir, error);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    // Symlinked directories are not followed: a link loop must not hang the run.
    if (entry.isDirectory()) yield* walkDirectory(path, settings);
    else if (entry.isFile() || entry.isSymbolicLink()) {
      const kind = classifyPath(path);
      if (kind === 'unknown' || kind === 'sidecar') continue;
      const info = await statOrReject(path);
      if ('ok' in info) yield info;
      else if (info.isFile()) yield* readFileByKind(path, info.size, false, settings);
    }
  }
}

/** One path as given on the command line: a file or a directory. */
export async function* readLocalPath(path: string, settings: LocalReadSettings): AsyncGenerator<IngestItem> {
  const info = await statOrReject(path);
  if ('ok' in info) yield info;
  else if (info.isDirectory()) yield* walkDirectory(path, settings);
  else if (info.isFile()) yield* readFileByKind(path, info.size, true, settings);
  else yield rejected(path, 'ingest/unreadable', 'Not a regular file or directory.');
}

/** `-`: reads the stream to its end (stopping past the size cap) and sniffs markup vs text. */
export async function* readStdin(stream: NodeJS.ReadableStream, settings: LocalReadSettings): AsyncGenerator<IngestItem> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buffer.length;
    if (total > settings.maxBytes) {
      yield rejected('-', 'ingest/too-large', `Standard input is over the ${settings.maxBytes}-byte limit (raise it with --max-bytes).`);
      return;
    }
    chunks.push(buffer);
  }
  yield documentFromBytes({ source: '-', bytes: Buffer.concat(chunks), format: 'sniff', given: {}, arrival: { kind: 'stdin', at: settings.at() } });
}
