/**
 * Finds a charset declared inside a document or an HTTP header: `<meta charset>`,
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, an XML prolog's `encoding`.
 * Works on the first bytes read as Latin-1, so it never depends on the charset it looks for.
 */
import iconv from 'iconv-lite';
import { SNIFF_BYTES } from './constants.ts';

/**
 * WHATWG maps these labels to a superset: browsers decode "iso-8859-1" pages as windows-1252,
 * so we do too (the 0x80–0x9F range holds curly quotes on such pages, never C1 controls).
 */
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-user-defined': 'windows-1252',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  'ks_c_5601-1987': 'euc-kr',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  'ms_kanji': 'shift_jis',
  'windows-31j': 'shift_jis',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
};

/** Canonical lowercase name for a charset label, or null when iconv-lite cannot decode it. */
export function normaliseCharsetLabel(label: string): string | null {
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (clean === '') return null;
  const name = LABEL_ALIASES[clean] ?? clean;
  return iconv.encodingExists(name) ? name : null;
}

/** The `charset` parameter of a Content-Type header value, as written (not normalised). */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return match?.[2] ?? null;
}

/** The charset label declared in the first bytes of an HTML or XML document, as written. */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
  const prolog = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (prolog?.[1]) return prolog[1];
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const text = tag[0];
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(text);
    if (direct?.[1] && !/http-equiv/i.test(text)) return direct[1];
    if (/http-equiv\s*=\s*["']?content-type/i.test(text)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(text);
      const label = charsetFromContentType(content?.[2]);
      if (label) return label;
    }
    if (direct?.[1]) return direct[1];
  }
  return null;
}
