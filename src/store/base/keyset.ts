/**
 * Keyset conditions: "rows after this sort key" for an ORDER BY over several columns,
 * written once as SQL both dialects accept.
 */
import { sql, type RawBuilder } from 'kysely';
import type { CursorValue } from './cursor.ts';

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
