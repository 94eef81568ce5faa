/**
 * Scraped content is hostile input. Everything from an article goes through these
 * before it reaches a page: hono/html escapes markup; these add what escaping does not
 * cover (bidi overrides that reorder text, non-http link schemes).
 */

/** Unicode bidi embedding/override/isolate controls: they can make text read differently from what it is. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function plainText(value: string | null | undefined): string {
  return (value ?? '').replace(BIDI_CONTROLS, '');
}

/** Only absolute http(s) URLs become links; anything else (javascript:, data:, relative) is shown as text. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Path segment for an id taken from data. */
export function idPath(id: string): string {
  return encodeURIComponent(id);
}
