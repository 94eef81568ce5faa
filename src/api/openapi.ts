import { z } from 'zod';
import {
  articlesParams,
  entitiesParams,
  ingestBody,
  pageParams,
  quotesParams,
  searchParams,
  storiesParams,
} from './params.ts';

/**
 * The OpenAPI 3.1 document of `/api/v1/`, built from the same zod schemas that validate
 * requests, so the two cannot drift apart.
 */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Chorus API',
      version: '1',
      description:
        'Read stories, storylines, articles, entities and quotes from a Chorus store, search it, and ingest documents. ' +
        'Lists are paginated with opaque cursors: pass `next` from one page as `cursor` for the next. ' +
        'Reads carry an ETag; send If-None-Match to get 304. Writes need `Authorization: Bearer <CHORUS_TOKEN>` ' +
        'unless the server listens on loopback only. Errors are `{"error":{"code","message","hint?"}}`.',
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/stories': listPath('Stories, newest or biggest first', storiesParams, 'StorySummary'),
      '/stories/{id}': itemPath('One story: coverage, quote families, exclusives, timeline', 'Story'),
      '/storylines': listPath('Storylines', pageParams, 'StorylineSummary'),
      '/storylines/{id}': itemPath('One storyline with its merged timeline', 'Storyline'),
      '/articles': listPath('Articles', articlesParams, 'ArticleSummary'),
      '/articles/{id}': itemPath('One analysed article: clean text, entities, quotes, dates', 'Article'),
      '/entities': listPath('People, organisations and places', entitiesParams, 'EntitySummary'),
      '/entities/{key}': itemPath('One entity: aliases, roles over time, quotes, stories, related entities', 'EntityPage', 'key'),
      '/quotes': listPath('Quotes, filtered by speaker, story or article', quotesParams, 'QuoteRow'),
      '/search': listPath('Full-text search over articles and quotes (snippets mark matches with \\u0002…\\u0003)', searchParams, 'SearchHit'),
      '/ingest': {
        post: {
          summary: 'Run the pipeline on posted documents and store them',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(ingestBody, { io: 'input' }) } } },
          responses: {
            '200': jsonResponse('Nothing new (all duplicates or rejected)', 'IngestSummary'),
            '201': jsonResponse('At least one article added', 'IngestSummary'),
            '400': errorResponse('Invalid body'),
            '401': errorResponse('Missing or wrong token'),
            '413': errorResponse('Body too large'),
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, hint: { type: 'string' } }, required: ['code', 'message'] } },
          required: ['error'],
        },
        ...Object.fromEntries(
          ['StorySummary', 'Story', 'StorylineSummary', 'Storyline', 'ArticleSummary', 'Article', 'EntitySummary', 'EntityPage', 'QuoteRow', 'SearchHit', 'IngestSummary'].map((name) => [
            name,
            { type: 'object', description: `See docs/output.md and src/store/store.ts (${name}); full JSON Schema of Story and Article in docs/output.schema.json.` },
          ]),
        ),
      },
    },
  };
}

function queryParameters(schema: z.ZodObject): Record<string, unknown>[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: (json.required ?? []).includes(name),
    schema: property,
  }));
}

function listPath(summary: string, params: z.ZodObject, item: string): Record<string, unknown> {
  return {
    get: {
      summary,
      parameters: queryParameters(params),
      responses: {
        '200': {
          description: 'A page of results',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } }, next: { type: ['string', 'null'] } }, required: ['items', 'next'] },
            },
          },
        },
        '400': errorResponse('Invalid parameters'),
      },
    },
  };
}

function itemPath(summary: string, schema: string, param = 'id'): Record<string, unknown> {
  return {
    get: {
      summary,
      parameters: [{ name: param, in: 'path', required: true, schema: { type: 'string' } }],
      responses: { '200': jsonResponse(summary, schema), '304': { description: 'Not modified (ETag)' }, '404': errorResponse('Not found') },
    },
  };
}

function jsonResponse(description: string, schema: string): Record<string, unknown> {
  return { description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } };
}

function errorResponse(description: string): Record<string, unknown> {
  return { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
}
