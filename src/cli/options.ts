/**
 * Flag validation: each command's raw commander options go through a zod schema into a
 * typed options object; anything malformed is a usage error naming the flag.
 */
import { z } from 'zod';
import { usageError } from '../model/errors.ts';
import { MAX_LIMIT } from '../store/base/cursor.ts';

export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date such as 2024-06-05');
export const positiveInt = z.coerce.number().int().positive();
/** Page sizes on the command line: 20 rows fill a terminal; the most is the store's own page maximum. */
export const DEFAULT_CLI_LIMIT = 20;
export const limit = z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_CLI_LIMIT);
export const format = z.object({ json: z.boolean().optional(), md: z.boolean().optional() });

export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const flag = issue?.path.length ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : 'options';
  throw usageError(`${flag}: ${issue?.message ?? 'invalid value'}`, 'see --help for the accepted values');
}

/** `--json` and `--md` together make no sense; neither means Markdown on a terminal and JSON in a pipe. */
export function outputFormat(flags: { json?: boolean | undefined; md?: boolean | undefined }, isTTY: boolean): 'json' | 'md' {
  if (flags.json === true && flags.md === true) throw usageError('--json and --md exclude each other', 'pick one');
  if (flags.json === true) return 'json';
  if (flags.md === true) return 'md';
  return isTTY ? 'md' : 'json';
}
