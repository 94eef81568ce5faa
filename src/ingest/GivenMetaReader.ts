/**
 * Metadata given with an input: a sidecar `<file>.meta.json` (or `<stem>.meta.json`), or the
 * fields of a JSONL record. A malformed sidecar is a warning on the document, never a rejection:
 * the content is still worth reading.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { GivenMeta, Problem } from '../model/records.ts';
import { problem } from '../model/stage.ts';
import { GIVEN_FIELDS, SIDECAR_SUFFIX } from './constants.ts';

export interface GivenResult {
  given: GivenMeta;
  problems: Problem[];
}

/** Copies the known string fields of a record; wrong types and unparseable dates are warnings. */
export function givenFromRecord(record: Record<string, unknown>, where: string, line?: number): GivenResult {
  const given: GivenMeta = {};
  const problems: Problem[] = [];
  const place = line === undefined ? undefined : { line };
  for (const field of GIVEN_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') {
      problems.push(problem('ingest', 'warning', 'ingest/meta-field-type', `${where}: "${field}" should be a string; ignored.`, place));
      continue;
    }
    if (field === 'publishedAt' && Number.isNaN(Date.parse(value))) {
      problems.push(problem('ingest', 'warning', 'ingest/meta-bad-date', `${where}: publishedAt "${value}" is not a date; ignored.`, place));
      continue;
    }
    given[field] = value.trim();
  }
  return { given, problems };
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Sidecar paths tried for a content file, most specific first. */
export function sidecarPaths(path: string): string[] {
  const stem = path.slice(0, path.length - extname(path).length);
  return [`${path}${SIDECAR_SUFFIX}`, `${stem}${SIDECAR_SUFFIX}`];
}

export async function readSidecar(path: string): Promise<GivenResult> {
  for (const candidate of sidecarPaths(path)) {
    let raw: string | null;
    try {
      raw = await readIfExists(candidate);
    } catch (error) {
      const reason = `Cannot read sidecar ${candidate}: ${(error as Error).message}`;
      return { given: {}, problems: [problem('ingest', 'warning', 'ingest/sidecar-unreadable', reason)] };
    }
    if (raw === null) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.replace(/^\ufeff/, ''));
    } catch (error) {
      const reason = `Sidecar ${candidate} is not valid JSON (${(error as Error).message}); its metadata was ignored.`;
      return { given: {}, problems: [problem('ingest', 'warning', 'ingest/sidecar-malformed', reason)] };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      const reason = `Sidecar ${candidate} should hold a JSON object; its metadata was ignored.`;
      return { given: {}, problems: [problem('ingest', 'warning', 'ingest/sidecar-malformed', reason)] };
    }
    return givenFromRecord(parsed as Record<string, unknown>, `sidecar ${candidate}`);
  }
  return { given: {}, problems: [] };
}
