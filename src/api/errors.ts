import type { Context } from 'hono';
import { ZodError } from 'zod';
import { ChorusError, toErrorBody, toHttpStatus } from '../model/errors.ts';

/** The API's one error handler: typed errors become JSON with the status `src/model/errors.ts` assigns. */
export function handleApiError(error: unknown, c: Context): Response {
  const typed = error instanceof ZodError ? fromZod(error) : error;
  const status = toHttpStatus(typed);
  return c.json(toErrorBody(typed), status as 400);
}

function fromZod(error: ZodError): ChorusError {
  const detail = error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
  return new ChorusError('usage', `invalid request: ${detail}`);
}
