/**
 * Bounded, order-preserving concurrency: start up to `limit` analyses, yield each result in
 * input order as soon as it and everything before it are done. Memory stays bounded because
 * no new input is read while `limit` results are pending. Items without a document (an
 * ingest rejection, say) pass through in their place with a null result.
 */
import type { AnalyzedArticle, RawDocument } from '../model/records.ts';

export type AnalyzeResult = { ok: true; article: AnalyzedArticle } | { ok: false; error: string };

export async function* inOrder<T>(
  items: AsyncIterable<T> | Iterable<T>,
  limit: number,
  pick: (item: T) => RawDocument | null,
  analyze: (raw: RawDocument) => Promise<AnalyzedArticle>,
): AsyncGenerator<{ item: T; result: AnalyzeResult | null }> {
  const source: AsyncIterator<T> | Iterator<T> = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const window: { item: T; result: Promise<AnalyzeResult> | null }[] = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && window.length < Math.max(1, limit)) {
        const next = await source.next();
        if (next.done === true) {
          exhausted = true;
        } else {
          const raw = pick(next.value);
          window.push({ item: next.value, result: raw === null ? null : settle(analyze(raw)) });
        }
      }
      const head = window.shift();
      if (head === undefined) return;
      yield { item: head.item, result: head.result === null ? null : await head.result };
    }
  } finally {
    // The consumer stopped early: let the input release its resources (open files, sockets).
    if (!exhausted) await source.return?.();
  }
}

function settle(promise: Promise<AnalyzedArticle>): Promise<AnalyzeResult> {
  return promise.then(
    (article): AnalyzeResult => ({ ok: true, article }),
    (error: unknown): AnalyzeResult => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
}

/** analyzeAll in terms of inOrder: every item is a document, so every result is present. */
export async function* inOrderDocuments(
  raws: AsyncIterable<RawDocument> | Iterable<RawDocument>,
  limit: number,
  analyze: (raw: RawDocument) => Promise<AnalyzedArticle>,
): AsyncGenerator<{ raw: RawDocument; result: AnalyzeResult }> {
  for await (const { item, result } of inOrder(raws, limit, (raw) => raw, analyze)) {
    if (result !== null) yield { raw: item, result };
  }
}
