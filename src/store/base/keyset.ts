/**
 * Keyset conditions: "rows after this sort key" for an ORDER BY over several columns,
 * written once as SQL both dialects accept.
 */
import { sql, type RawBuilder, type SelectQueryBuilder, type Simplify } from 'kysely';
import { decodeCursor, encodeCursor, type CursorValue } from './cursor.ts';

export interface SortColumn {
  /** SQL expression of the sort column, never null (wrap nullable columns in coalesce). */
  expr: RawBuilder<unknown>;
  dir: 'asc' | 'desc';
}

/** `(c1 > v1) OR (c1 = v1 AND c2 > v2) OR …`, with `<` for descending columns. */
export function afterKey(columns: readonly SortColumn[], values: readonly CursorValue[]): RawBuilder<boolean> {
  const alternatives = columns.map((column, i) => {
    const equal = columns.slice(0, i).map((c, j) => sql`${c.expr} = ${values[j]}`);
    const step = column.dir === 'asc' ? sql`${column.expr} > ${values[i]}` : sql`${column.expr} < ${values[i]}`;
    return sql`(${sql.join([...equal, step], sql` and `)})`;
  });
  return sql<boolean>`(${sql.join(alternatives, sql` or `)})`;
}

export function orderBy(columns: readonly SortColumn[]): RawBuilder<unknown> {
  return sql.join(columns.map((c) => (c.dir === 'asc' ? sql`${c.expr} asc` : sql`${c.expr} desc`)));
}

/**
 * One page of `query` in `columns` order, starting after `cursor`. One row more than the
 * page is fetched so that a next cursor is only handed out when there really is a next page;
 * `keyOf` must return the row's values for `columns`, in the same order.
 */
export async function keysetPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  columns: readonly SortColumn[],
  cursor: string | null | undefined,
  limit: number,
  keyOf: (row: Simplify<O>) => CursorValue[],
): Promise<{ rows: Simplify<O>[]; next: string | null }> {
  const key = decodeCursor(cursor, columns.length);
  const filtered = key === null ? query : query.where(afterKey(columns, key));
  const rows = await filtered.orderBy(orderBy(columns)).limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
