/** Rows per multi-row INSERT: keeps statements under SQLite's and PostgreSQL's parameter limits. */
export const INSERT_CHUNK = 100;
/** Ids per `IN (…)` list, for the same reason. */
export const IN_CHUNK = 500;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
