/**
 * Typed errors for misuse and for inputs that cannot be processed at all.
 * Stages report ordinary trouble as `Problem` values; these are thrown only at the
 * edges (bad CLI flags, a missing file, an invalid API request, a store failure).
 * `toExitCode` and `toHttpStatus` are the one place that maps them to the outside.
 */
export type ChorusErrorCode =
  | 'usage'          // the caller asked for something malformed
  | 'not-found'      // an id, file or route that does not exist
  | 'rejected-input' // an input that cannot become an article (empty, binary, too large)
  | 'conflict'       // a write that contradicts stored state
  | 'unauthorized'   // a write without the required token
  | 'payload-too-large'
  | 'unavailable'    // a backend (database, network) that does not answer
  | 'internal';

export class ChorusError extends Error {
  readonly code: ChorusErrorCode;
  readonly hint: string | undefined;
  constructor(code: ChorusErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ChorusError';
    this.code = code;
    this.hint = options.hint;
  }
}

export function usageError(message: string, hint?: string): ChorusError {
  return new ChorusError('usage', message, hint === undefined ? {} : { hint });
}

export function notFound(message: string): ChorusError {
  return new ChorusError('not-found', message);
}

const EXIT_CODES: Record<ChorusErrorCode, number> = {
  usage: 2,
  'not-found': 2,
  'rejected-input': 1,
  conflict: 1,
  unauthorized: 2,
  'payload-too-large': 1,
  unavailable: 3,
  internal: 4,
};

const HTTP_STATUS: Record<ChorusErrorCode, number> = {
  usage: 400,
  'not-found': 404,
  'rejected-input': 422,
  conflict: 409,
  unauthorized: 401,
  'payload-too-large': 413,
  unavailable: 503,
  internal: 500,
};

export function asChorusError(error: unknown): ChorusError {
  if (error instanceof ChorusError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ChorusError('internal', message, { cause: error });
}

export function toExitCode(error: unknown): number {
  return EXIT_CODES[asChorusError(error).code];
}

export function toHttpStatus(error: unknown): number {
  return HTTP_STATUS[asChorusError(error).code];
}

/** The JSON body of an HTTP error response. */
export function toErrorBody(error: unknown): { error: { code: ChorusErrorCode; message: string; hint?: string } } {
  const e = asChorusError(error);
  return { error: e.hint ? { code: e.code, message: e.message, hint: e.hint } : { code: e.code, message: e.message } };
}
