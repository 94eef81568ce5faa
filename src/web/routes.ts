import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Context } from 'hono';
import type { IngestSummary } from '../api/deps.ts';
import type { ApiDependencies } from '../api/deps.ts';
import { toRawDocuments } from '../api/documents.ts';
import { ingestBody, pageParams, searchParams, storiesParams, entitiesParams } from '../api/params.ts';
import { familiesAcrossStories } from '../compare/index.ts';
import { asChorusError, ChorusError, notFound, toHttpStatus } from '../model/errors.ts';
import type { RawDocument } from '../model/records.ts';
import { STYLESHEET } from './assets.ts';
import { layout, type Markup } from './layout.ts';
import { addPage } from './pages/add.ts';
import { articlePage } from './pages/article.ts';
import { entitiesPage, entityPage } from './pages/entity.ts';
import { searchPage } from './pages/search.ts';
import { storiesPage } from './pages/stories.ts';
import { storyPage } from './pages/story.ts';
import { storylinePage, storylinesPage } from './pages/storyline.ts';
import { plainText } from './safe.ts';

/** Server-rendered pages. Thin: each route reads the store and hands records to a page function. */
export function webRoutes(deps: ApiDependencies): Hono {
  const { store } = deps;
  const web = new Hono();

  web.get('/static/chorus.css', (c) => c.body(STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }));

  web.get('/', async (c) => {
    const query = storiesParams.parse(emptyToUndefined(c.req.query()));
    return page(c, 'Stories', storiesPage(await store.listStories(query), query));
  });
  web.get('/stories/:id', async (c) => {
    const story = await store.getStory(c.req.param('id'));
    if (!story) throw notFound(`no story ${c.req.param('id')}`);
    return page(c, story.title, storyPage(story, await store.getArticles(story.articles)));
  });
  web.get('/storylines', async (c) => page(c, 'Storylines', storylinesPage(await store.listStorylines(pageParams.parse(emptyToUndefined(c.req.query()))))));
  web.get('/storylines/:id', async (c) => {
    const line = await store.getStoryline(c.req.param('id'));
    if (!line) throw notFound(`no storyline ${c.req.param('id')}`);
    const stories = (await Promise.all(line.stories.map((id) => store.getStory(id)))).filter((s) => s !== null);
    const articles = await store.getArticles(stories.flatMap((s) => s.articles));
    return page(c, line.title, storylinePage(line, stories, familiesAcrossStories(stories, articles), articles));
  });
  web.get('/entities', async (c) => {
    const query = entitiesParams.parse(emptyToUndefined(c.req.query()));
    return page(c, 'Entities', entitiesPage(await store.listEntities(query), query.name));
  });
  web.get('/entities/:key', async (c) => {
    const entity = await store.getEntity(c.req.param('key'));
    if (!entity) throw notFound(`no entity ${c.req.param('key')}`);
    return page(c, entity.name, entityPage(entity));
  });
  web.get('/articles/:id', async (c) => {
    const article = await store.getArticle(c.req.param('id'));
    if (!article) throw notFound(`no article ${c.req.param('id')}`);
    return page(c, article.title ?? 'Article', articlePage(article, await store.storyOfArticle(article.id)));
  });
  web.get('/search', async (c) => {
    const raw = emptyToUndefined(c.req.query());
    if (!raw['q']) return page(c, 'Search', searchPage('', null, null));
    const { q, ...rest } = searchParams.parse(raw);
    try {
      return page(c, `Search: ${q}`, searchPage(q, await store.search(q, rest), null), q);
    } catch (error) {
      const typed = asChorusError(error);
      if (typed.code !== 'usage') throw error;
      return page(c, 'Search', searchPage(q, null, typed.message), q, 400);
    }
  });
  web.get('/add', (c) => page(c, 'Add articles', addPage({ urlsAvailable: Boolean(deps.fetchUrls), needsToken: Boolean(deps.token) })));
  web.post('/add', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const token = typeof form['token'] === 'string' ? form['token'] : '';
    checkFormWrite(deps, token);
    const summary = await ingestForm(deps, form);
    const message = `Added ${summary.added}, duplicates ${summary.duplicates}, rejected ${summary.rejected.length}${summary.rejected.length ? ` (${summary.rejected.map((r) => `${r.source}: ${r.reason}`).join('; ')})` : ''}.`;
    return page(c, 'Add articles', addPage({ message, urlsAvailable: Boolean(deps.fetchUrls), needsToken: Boolean(deps.token) }));
  });
  return web;
}

/** Renders an error as a page (the API answers JSON instead). */
export function errorPage(c: Context, error: unknown): Response | Promise<Response> {
  const typed = asChorusError(error);
  const status = toHttpStatus(typed);
  const title = status === 404 ? 'Not found' : 'Something went wrong';
  // The message may echo a user-supplied id: it goes through the escaping template like any text.
  const body = html`<h1>${title}</h1><p class="notice">${plainText(typed.message)}</p><p><a href="/">Back to stories</a></p>`;
  return c.html(layout(title, body), status as 404);
}

async function page(c: Context, title: string, body: Markup, query?: string, status = 200): Promise<Response> {
  return c.html(await layout(title, body, query === undefined ? {} : { query }), status as 200);
}

function emptyToUndefined(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
}

function checkFormWrite(deps: ApiDependencies, token: string): void {
  if (deps.token ? token !== deps.token : !deps.loopbackOnly) {
    throw new ChorusError('unauthorized', deps.token ? 'wrong or missing token' : 'writes are disabled on a non-loopback server without CHORUS_TOKEN');
  }
}

type FormValue = string | File | (string | File)[];

async function ingestForm(deps: ApiDependencies, form: Record<string, FormValue>): Promise<IngestSummary> {
  const text = typeof form['text'] === 'string' ? form['text'] : '';
  const raws: RawDocument[] = [];
  const received = new Date().toISOString();
  if (text.trim()) {
    const looksHtml = /^\s*</.test(text);
    raws.push(
      ...toRawDocuments(
        ingestBody.parse({ documents: [{ [looksHtml ? 'html' : 'text']: text, ...optional(form, ['outlet', 'publishedAt', 'url']) }] }),
        received,
      ),
    );
  }
  const files = ([] as (string | File)[]).concat(form['files'] ?? []).filter((f): f is File => typeof f !== 'string' && f.size > 0);
  for (const file of files) {
    const content = await file.text();
    if (/\.jsonl$/i.test(file.name)) {
      raws.push(...toRawDocuments(ingestBody.parse({ documents: parseJsonLines(content, file.name) }), received));
      continue;
    }
    const format = /\.html?$/i.test(file.name) ? 'html' : 'text';
    raws.push({ source: file.name, format, content, encoding: 'utf-8', given: {}, arrival: { kind: 'api', at: received }, problems: [] });
  }
  const urls = typeof form['urls'] === 'string' ? form['urls'].split(/\s+/).filter(Boolean) : [];
  const fromDocs = raws.length > 0 ? await deps.ingest(raws) : { added: 0, duplicates: 0, rejected: [], stories: 0 };
  if (urls.length === 0 || !deps.fetchUrls) return fromDocs;
  const fromUrls = await deps.fetchUrls(urls);
  return {
    added: fromDocs.added + fromUrls.added,
    duplicates: fromDocs.duplicates + fromUrls.duplicates,
    rejected: [...fromDocs.rejected, ...fromUrls.rejected],
    stories: fromUrls.stories,
  };
}

function optional(form: Record<string, FormValue>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, form[k]]).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

function parseJsonLines(content: string, name: string): unknown[] {
  return content
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== '')
    .map(({ line, index }) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new ChorusError('usage', `${name} line ${index + 1} is not valid JSON`);
      }
    });
}
