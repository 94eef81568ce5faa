/** Tells binary files (images, archives, executables) from text in any charset. */
import { BINARY_CONTROL_RATIO, SNIFF_BYTES } from './constants.ts';

// Tab, LF, VT, FF, CR appear in text; ESC starts ISO-2022 shift sequences.
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

/** True for bytes no text charset produces: a NUL, or many control bytes. Call after ruling out a UTF-16 BOM. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && !TEXT_CONTROLS.has(b)) controls++;
  }
  return sample.length > 0 && controls / sample.length > BINARY_CONTROL_RATIO;
}

/** True when the bytes start with a UTF-16 byte-order mark (such text legitimately contains NULs). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Markup or text, for inputs without a file name (stdin): a document that opens with a tag is HTML. */
export function sniffFormat(text: string): 'html' | 'text' {
  const head = text.slice(0, SNIFF_BYTES).trimStart().toLowerCase();
  if (/^<(!doctype html|html|head|body|meta|title|article|div|p|section|main|!--)[\s>]/.test(head)) return 'html';
  return /<(p|div|br|article)[\s>/]/.test(head) && /<\/(p|div|article|body)>/.test(head) ? 'html' : 'text';
}
