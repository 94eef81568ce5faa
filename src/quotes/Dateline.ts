/** Datelines opening a story's first clause, cut from an indirect quote's span. */
import type { Span } from '../model/records.ts';

/** A clause opening a story carries its dateline ("MOSCOW — ", "LONDON (Reuters) - "); it is not reported speech. */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{N} .,'’()\/-]{1,60}?\s[—–-]{1,2}\s+/u;
/** An outlet-name dateline: capitalised words only, then a dash ("PanARMENIAN.Net - "). */
const NAME_DATELINE = /^\p{Lu}[\p{L}\p{N}.\/()]*(?: \p{Lu}[\p{L}\p{N}.\/()]*){0,3}\s[—–-]{1,2}\s+/u;

/** The span without a leading dateline. */
export function withoutDateline(text: string, span: Span): Span {
  const clause = text.slice(span[0], span[1]);
  const m = DATELINE.exec(clause);
  if (m && !/\p{Ll}{2}/u.test(m[0].replace(/\((Reuters|AP|AFP)\)/g, ''))) return [span[0] + m[0].length, span[1]];
  const n = NAME_DATELINE.exec(clause);
  return n ? [span[0] + n[0].length, span[1]] : span;
}
