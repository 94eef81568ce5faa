import { serve, type ServerType } from '@hono/node-server';
import { isIP } from 'node:net';
import { usageError } from '../model/errors.ts';
import { createApp } from './app.ts';
import type { ApiDependencies } from './deps.ts';

export interface ServeOptions {
  port: number;
  /** Loopback by default: the UI is for the analyst's own machine unless they choose otherwise. */
  host: string;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4317;

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** Starts the HTTP server; resolves once it listens, with a function that stops it. */
export async function startServer(
  deps: Omit<ApiDependencies, 'loopbackOnly'>,
  options: ServeOptions,
): Promise<{ url: string; close(): Promise<void>; server: ServerType }> {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw usageError(`--port must be a whole number from 0 to 65535, got ${options.port}`);
  }
  const app = createApp({ ...deps, loopbackOnly: isLoopback(options.host) });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
