/** Reads a response body under a byte cap, counting decoded bytes (so a gzip bomb stops at the cap). */

export interface ChunkReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}
export interface ReadableBody {
  getReader(): ChunkReader;
}

export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; size: number };

export async function readCapped(body: ReadableBody | null, maxBytes: number): Promise<BodyResult> {
  if (!body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel('size cap').catch(() => undefined);
      return { ok: false, size };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/** Discards a body we do not need (redirects, retryable errors) so the connection is freed. */
export async function discard(body: ReadableBody | null): Promise<void> {
  if (body) await body.getReader().cancel('not needed').catch(() => undefined);
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or null. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
