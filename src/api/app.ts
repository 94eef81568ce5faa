import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { timing } from 'hono/timing';
import { webRoutes, errorPage } from '../web/routes.ts';
import { notFound } from '../model/errors.ts';
import type { ApiDependencies } from './deps.ts';
import { handleApiError } from './errors.ts';
import { apiRoutes } from './routes.ts';

/**
 * The whole HTTP surface as one Hono app: `fetch(request)` in, response out. Servers,
 * tests and benchmarks all call this; nothing here listens on a socket.
 */
export function createApp(deps: ApiDependencies): Hono {
  const app = new Hono();
  // Server-Timing on every response: the load benchmark reads server time from it.
  app.use('*', timing({ totalDescription: 'server time' }));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  app.use('/add', csrf());
  app.route('/api/v1', apiRoutes(deps));
  app.route('/', webRoutes(deps));
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: { code: 'not-found', message: 'no such API route; see /api/v1/openapi.json' } }, 404) : errorPage(c, notFound('no such page'))));
  app.onError((error, c) => {
    // Hono's own middleware (CSRF, body limit) answers with HTTPExceptions that already carry their status.
    if (error instanceof HTTPException) return error.getResponse();
    return c.req.path.startsWith('/api/') ? handleApiError(error, c) : errorPage(c, error);
  });
  return app;
}
