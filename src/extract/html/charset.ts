/**
 * Sniffs the character set an HTML document declares, for the ingest stage (which
 * decodes bytes) and for the extractor's own checks. Follows the HTML spec's prescan
 * in spirit: BOM first, then `<meta charset>` or `http-equiv="Content-Type"` within
 * the first 1024 bytes (we look at 4096: real pages put the tag after long comments).
 */

const PRESCAN_BYTES = 4096;

/** Encoding label from a byte-order mark, or null. */
export function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Declared charset in markup (bytes read as Latin-1, or an already-decoded string); lower-cased, or null. */
export function sniffHtmlCharset(input: Uint8Array | string): string | null {
  if (typeof input !== 'string') {
    const bom = charsetFromBom(input);
    if (bom) return bom;
  }
  const head = typeof input === 'string' ? input.slice(0, PRESCAN_BYTES) : Buffer.from(input.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (direct) return normaliseLabel(direct[1]!);
  return null;
}

/** Common aliases to the WHATWG label iconv-lite also understands. */
export function normaliseLabel(label: string): string {
  const l = label.trim().toLowerCase();
  if (l === 'utf8') return 'utf-8';
  if (l === 'win-1251' || l === 'cp1251') return 'windows-1251';
  if (l === 'koi8r') return 'koi8-r';
  if (l === 'sjis' || l === 'x-sjis' || l === 'shift-jis') return 'shift_jis';
  if (l === 'latin1' || l === 'iso8859-1') return 'iso-8859-1';
  return l;
}
