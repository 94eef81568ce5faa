import { z } from 'zod';

/**
 * Validated request parameters of the JSON API. The same schemas feed the OpenAPI
 * document, so what is validated is what is documented.
 */

/** Page sizes: 50 by default keeps a story list page small; 200 bounds the work of one request. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'an ISO date such as 2024-06-05');

export const pageParams = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().max(500).optional(),
});

export const storiesParams = pageParams.extend({
  outlet: z.string().max(200).optional(),
  entity: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  order: z.enum(['recent', 'size']).default('recent'),
});

export const articlesParams = pageParams.extend({
  outlet: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const quotesParams = pageParams.extend({
  speaker: z.string().max(200).optional(),
  story: z.string().max(100).optional(),
  article: z.string().max(100).optional(),
});

export const entitiesParams = pageParams.extend({
  type: z.enum(['person', 'organization', 'place']).optional(),
  name: z.string().max(200).optional(),
});

export const searchParams = pageParams.extend({
  q: z.string().min(1).max(500),
});

/** A document posted for ingestion: the same fields as a JSONL input record. */
export const ingestDocument = z
  .object({
    text: z.string().max(5_000_000).optional(),
    html: z.string().max(20_000_000).optional(),
    url: z.string().url().max(2000).optional(),
    outlet: z.string().max(200).optional(),
    publishedAt: isoDate.optional(),
    title: z.string().max(1000).optional(),
    author: z.string().max(500).optional(),
    language: z.string().max(10).optional(),
  })
  .refine((d) => (d.text ?? d.html ?? '').trim() !== '', { message: 'each document needs non-empty `text` or `html`' });

export const ingestBody = z.object({
  documents: z.array(ingestDocument).min(1).max(1000),
});

export type IngestBody = z.infer<typeof ingestBody>;
