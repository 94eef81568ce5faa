/**
 * Opaque page cursors. A cursor is the sort key of the last item of the previous page
 * (keyset pagination), so pages stay stable when rows are added before or after it.
 * Lists ranked by computed scores (search, entity counts) use an offset cursor instead.
 */
import { usageError } from '../../model/errors.ts';

export type CursorValue = string | number | null;

/** Default page size: small enough for a terminal screen, large enough to be useful. */
export const DEFAULT_LIMIT = 50;
/** Upper bound for one page, so a single call cannot ask for the whole database. */
export const MAX_LIMIT = 1000;

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): CursorValue[] | null {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (
    !Array.isArray(values) ||
    values.length !== arity ||
    !values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
  ) {
    throw usageError(`invalid cursor "${cursor.slice(0, 40)}"`, 'pass the `next` value of a previous page unchanged');
  }
  return values as CursorValue[];
}

export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw usageError(`invalid page limit ${limit}`, 'use a whole number of at least 1');
  return Math.min(limit, MAX_LIMIT);
}

/** Offset cursors for ranked lists. */
export function decodeOffset(cursor: string | null | undefined): number {
  const values = decodeCursor(cursor, 1);
  if (values === null) return 0;
  const offset = values[0];
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw usageError('invalid cursor', 'pass the `next` value of a previous page unchanged');
  return offset;
}
