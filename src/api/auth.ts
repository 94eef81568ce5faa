import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import { ChorusError } from '../model/errors.ts';
import type { ApiDependencies } from './deps.ts';

/**
 * Write endpoints: open on a loopback-only server (the default), otherwise they need
 * `CHORUS_TOKEN` as a bearer token. A non-loopback server without a token refuses writes.
 */
export function requireWriteAccess(deps: Pick<ApiDependencies, 'token' | 'loopbackOnly'>): MiddlewareHandler {
  return async (c, next) => {
    if (deps.token) {
      const given = (c.req.header('authorization') ?? '').replace(/^Bearer\s+/i, '') || formToken(c.req.header('x-chorus-token'));
      if (!sameSecret(given, deps.token)) throw new ChorusError('unauthorized', 'this endpoint needs the CHORUS_TOKEN as `Authorization: Bearer <token>`');
    } else if (!deps.loopbackOnly) {
      throw new ChorusError('unauthorized', 'writes are disabled: the server listens beyond loopback and no CHORUS_TOKEN is set', {
        hint: 'set CHORUS_TOKEN in the server environment',
      });
    }
    await next();
  };
}

function formToken(value: string | undefined): string {
  return value ?? '';
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
