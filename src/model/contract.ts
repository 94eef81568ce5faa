/**
 * The JSON contract of `chorus analyze --json` and `chorus story --json`, as a zod schema.
 * `docs/output.schema.json` is generated from it (`node --import tsx scripts/build-schema.ts`),
 * and the compile-time checks at the bottom keep it equal to the `Report` type in records.ts.
 * Objects are closed (`additionalProperties: false`): a new field is a contract change, made
 * here, in records.ts and in docs/output.md together.
 */
import { z } from 'zod';
import type { Report } from './records.ts';

const span = z.tuple([z.number().int().min(0), z.number().int().min(0)]).describe('Half-open [start, end) character offsets (UTF-16 code units) into the article text');
const stageName = z.enum(['ingest', 'extract', 'nlp', 'quotes', 'stories', 'compare', 'store']);
const isoDay = z.string().describe('ISO date (YYYY-MM-DD) or date-time');
const granularity = z.enum(['year', 'month', 'week', 'day']);

const problem = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  ruleId: z.string().describe('Stable id of the rule, e.g. ingest/empty-file'),
  reason: z.string(),
  stage: stageName,
  place: z.object({ span: span.optional(), line: z.number().int().optional() }).optional(),
});

const arrival = z.object({
  kind: z.enum(['file', 'stdin', 'jsonl', 'url', 'feed', 'sitemap', 'warc', 'api']),
  at: z.string().optional(),
  httpStatus: z.number().int().optional(),
  feed: z.string().optional(),
  line: z.number().int().optional(),
});

const metaOrigin = z.enum(['given', 'json-ld', 'opengraph', 'meta', 'microdata', 'time-element', 'byline', 'dateline', 'title-element', 'heading', 'chrome', 'url', 'detected']);
const metaField = z.enum(['url', 'outlet', 'title', 'author', 'publishedAt', 'language', 'canonicalUrl', 'subtitle', 'modifiedAt', 'description', 'section', 'image', 'dateline']);

const articleMeta = z.object({
  canonicalUrl: z.string().nullable(),
  subtitle: z.string().nullable(),
  modifiedAt: z.string().nullable(),
  description: z.string().nullable(),
  section: z.string().nullable(),
  image: z.string().nullable(),
  dateline: z.string().nullable(),
  origins: z.partialRecord(metaField, metaOrigin).describe('Where each field was found'),
});

export const entitySchema = z.object({
  id: z.string().describe('Article-local id, e.g. e3'),
  key: z.string().describe('Canonical key across the corpus, e.g. person:mikhail-galuzin'),
  name: z.string(),
  type: z.enum(['person', 'organization', 'place']),
  aliases: z.array(z.string()),
  roles: z.array(z.string()).describe('Titles and roles, e.g. Deputy Foreign Minister'),
  affiliation: z.string().nullable(),
  acronym: z.string().nullable(),
  mentions: z.array(span),
  countryCode: z.string().nullable(),
  stage: stageName,
});

const datedEvent = z.object({
  summary: z.string(),
  actors: z.array(z.string()).describe('Article-local entity ids'),
  verb: z.string().nullable(),
  span,
});

export const dateSchema = z.object({
  text: z.string(),
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).describe('YYYY, YYYY-MM or YYYY-MM-DD (for weeks, the Monday)'),
  granularity,
  certainty: z.enum(['stated', 'implied']),
  relation: z.enum(['point', 'since', 'until', 'range']),
  span,
  event: datedEvent.nullable(),
  stage: stageName,
});

export const quoteSchema = z.object({
  text: z.string().describe('The quoted or reported words, without quote marks'),
  kind: z.enum(['direct', 'partial', 'indirect', 'scare']),
  speaker: z.string().nullable().describe('Canonical name of the resolved speaker'),
  speakerEntity: z.string().nullable(),
  speakerMention: z.string().nullable().describe('The words naming the speaker: "he", "the Russian diplomat"'),
  speakerSpan: span.nullable(),
  cue: z.string().nullable(),
  via: z.array(z.string()).describe('Channels credited: "TASS"'),
  span,
  stage: stageName,
});

export const articleSchema = z.object({
  id: z.string().describe('Content hash of the clean text (sha256, first 16 hex characters)'),
  source: z.string().describe('The input path or URL as given'),
  format: z.enum(['html', 'text']),
  arrival,
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.string().nullable(),
  language: z.string().nullable(),
  meta: articleMeta,
  text: z.string().describe('Clean body, paragraphs separated by a blank line'),
  paragraphs: z.array(span),
  removed: z.array(z.string()).describe('Chrome blocks dropped, in document order'),
  method: z.string(),
  problems: z.array(problem),
  sentences: z.array(span),
  entities: z.array(entitySchema),
  dates: z.array(dateSchema),
  quotes: z.array(quoteSchema),
});

const diffPart = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });

export const quoteFamilySchema = z.object({
  id: z.string(),
  speaker: z.string().nullable(),
  canonical: z.string(),
  members: z.array(
    z.object({
      article: z.string(),
      quote: z.number().int().min(0).describe("Index into that article's quotes"),
      relation: z.enum(['earliest', 'verbatim', 'excerpt', 'retranslation', 'paraphrase']),
      diff: z.array(diffPart),
    }),
  ),
  origin: z.object({ article: z.string(), via: z.array(z.string()) }),
});

const timelineEntry = z.object({
  date: z.string(),
  granularity,
  summary: z.string(),
  articles: z.array(z.string()),
});

export const storySchema = z.object({
  id: z.string(),
  title: z.string(),
  articles: z.array(z.string()),
  firstReport: z.string(),
  members: z.array(
    z.object({
      article: z.string(),
      duplicateOf: z.string().nullable(),
      sharedTerms: z.array(z.string()),
      sharedEntities: z.array(z.string()),
      similarity: z.number(),
    }),
  ),
  coverage: z.array(z.object({ outlet: z.string().nullable(), article: z.string(), title: z.string().nullable(), publishedAt: z.string().nullable() })),
  quoteFamilies: z.array(quoteFamilySchema),
  exclusive: z.array(z.object({ article: z.string(), sentences: z.array(z.string()) })),
  shared: z.array(z.object({ article: z.string(), spans: z.array(span) })),
  timeline: z.array(timelineEntry),
  framing: z
    .array(z.object({ article: z.string(), outlet: z.string().nullable(), title: z.string(), stresses: z.array(z.string()) }))
    .describe("Per titled article: the headline's content words that no other member's headline uses"),
  span: z.object({ from: isoDay.nullable(), to: isoDay.nullable() }),
});

export const storylineSchema = z.object({
  id: z.string(),
  title: z.string(),
  stories: z.array(z.string()),
  timeline: z.array(timelineEntry),
});

export const reportSchema = z
  .object({
    version: z.literal(1),
    articles: z.array(articleSchema),
    stories: z.array(storySchema),
    storylines: z.array(storylineSchema),
  })
  .meta({ title: 'Chorus report', description: 'Output of `chorus analyze --json` and `chorus story --json` (contract version 1).' });

/** The JSON Schema document (draft 2020-12) of the contract. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportSchema) as Record<string, unknown>;
}

// Compile-time: the schema and the `Report` type describe the same shape, both ways.
type Parsed = z.infer<typeof reportSchema>;
export const _reportMatchesSchema = (r: Report): Parsed => r;
export const _schemaMatchesReport = (r: Parsed): Report => r;
