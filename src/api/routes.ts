import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { notFound, ChorusError } from '../model/errors.ts';
import { requireWriteAccess } from './auth.ts';
import type { ApiDependencies } from './deps.ts';
import { toRawDocuments } from './documents.ts';
import { openApiDocument } from './openapi.ts';
import {
  articlesParams,
  entitiesParams,
  ingestBody,
  pageParams,
  quotesParams,
  searchParams,
  storiesParams,
} from './params.ts';

/** Largest accepted request body: a batch of a few dozen full HTML pages. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

/** The JSON API under `/api/v1/`: every read the web pages show, plus ingestion. */
export function apiRoutes(deps: ApiDependencies): Hono {
  const { store } = deps;
  const api = new Hono();
  api.use('*', etag());

  api.get('/openapi.json', (c) => c.json(openApiDocument()));

  api.get('/stories', async (c) => c.json(await store.listStories(storiesParams.parse(c.req.query()))));
  api.get('/stories/:id', async (c) => {
    const story = (await store.getStory(c.req.param('id'))) ?? missing('story', c.req.param('id'));
    return c.json(story);
  });
  api.get('/storylines', async (c) => c.json(await store.listStorylines(pageParams.parse(c.req.query()))));
  api.get('/storylines/:id', async (c) => {
    const line = (await store.getStoryline(c.req.param('id'))) ?? missing('storyline', c.req.param('id'));
    return c.json(line);
  });
  api.get('/articles', async (c) => c.json(await store.listArticles(articlesParams.parse(c.req.query()))));
  api.get('/articles/:id', async (c) => {
    const article = (await store.getArticle(c.req.param('id'))) ?? missing('article', c.req.param('id'));
    return c.json(article);
  });
  api.get('/entities', async (c) => c.json(await store.listEntities(entitiesParams.parse(c.req.query()))));
  api.get('/entities/:key', async (c) => {
    const entity = (await store.getEntity(c.req.param('key'))) ?? missing('entity', c.req.param('key'));
    return c.json(entity);
  });
  api.get('/quotes', async (c) => c.json(await store.listQuotes(quotesParams.parse(c.req.query()))));
  api.get('/search', async (c) => {
    const { q, ...page } = searchParams.parse(c.req.query());
    return c.json(await store.search(q, page));
  });

  api.post(
    '/ingest',
    requireWriteAccess(deps),
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ChorusError('payload-too-large', `request body over ${MAX_BODY_BYTES} bytes; send fewer documents per request`);
      },
    }),
    async (c) => {
      const body = ingestBody.parse(await readJson(c.req.raw));
      const summary = await deps.ingest(toRawDocuments(body, new Date().toISOString()));
      return c.json(summary, summary.added > 0 ? 201 : 200);
    },
  );

  return api;
}

function missing(kind: string, id: string): never {
  throw notFound(`no ${kind} with id ${JSON.stringify(id)}`);
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ChorusError('usage', 'the request body is not valid JSON', { hint: 'send Content-Type: application/json and a body like {"documents":[{"text":"…"}]}' });
  }
}
