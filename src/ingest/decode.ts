/**
 * Bytes to text. Order of evidence, as browsers do it: a byte-order mark, then the charset
 * the transport declared (HTTP Content-Type), then one declared in the document, then valid
 * UTF-8, then statistical detection. Pure: the same bytes and hint give the same result.
 */
import iconv from 'iconv-lite';
import type { Problem } from '../model/records.ts';
import { problem } from '../model/stage.ts';
import { detectCharset } from './CharsetDetector.ts';
import { findDeclaredCharset, normaliseCharsetLabel } from './CharsetDeclarationFinder.ts';
import { REPLACEMENT_WARN_RATIO } from './constants.ts';

export interface DecodeHint {
  /** `html`/`xml` enable the in-document declaration scan. */
  format?: 'html' | 'text' | 'xml';
  /** A charset label from outside the document (HTTP Content-Type). */
  declared?: string | null;
}

export interface Decoded {
  text: string;
  encoding: string;
  problems: Problem[];
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decoded text when the bytes are valid UTF-8, otherwise null. */
function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function finish(text: string, encoding: string, problems: Problem[]): Decoded {
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) bad++;
  if (text.length > 0 && bad / text.length > REPLACEMENT_WARN_RATIO) {
    problems.push(
      problem('ingest', 'warning', 'ingest/decode-lossy', `${bad} characters could not be decoded as ${encoding} and were replaced with U+FFFD.`),
    );
  }
  return { text, encoding, problems };
}

/** Resolves a declared label; an unknown label becomes a problem and is ignored. */
function resolveDeclared(label: string | null | undefined, where: string, problems: Problem[]): string | null {
  if (!label) return null;
  const name = normaliseCharsetLabel(label);
  if (!name) {
    problems.push(problem('ingest', 'warning', 'ingest/charset-unknown', `The ${where} declares charset "${label}", which Chorus cannot decode; detecting it instead.`));
    return null;
  }
  // A document read as bytes cannot be UTF-16 without a BOM (the BOM case returned earlier); browsers treat the label as UTF-8.
  return name.startsWith('utf-16') ? 'utf-8' : name;
}

export function decodeBytes(bytes: Uint8Array, hint: DecodeHint = {}): Decoded {
  const problems: Problem[] = [];
  const bom = bomEncoding(bytes);
  if (bom) return finish(iconv.decode(asBuffer(bytes.subarray(bom.skip)), bom.encoding, { stripBOM: true }), bom.encoding, problems);

  const transport = resolveDeclared(hint.declared, 'Content-Type header', problems);
  const inDocument =
    transport === null && (hint.format === 'html' || hint.format === 'xml') ? resolveDeclared(findDeclaredCharset(bytes), 'document', problems) : null;
  const declared = transport ?? inDocument;

  const utf8 = tryUtf8(bytes);
  // Saved pages are often re-encoded to UTF-8 by the scraper with the old <meta charset> left in;
  // a whole document that is valid UTF-8 with multi-byte sequences is practically never legacy text.
  if (inDocument && inDocument !== 'utf-8' && utf8 !== null && /[^\u0000-\u007f]/.test(utf8) && !utf8.includes('\ufffd')) {
    problems.push(problem('ingest', 'info', 'ingest/charset-override', `The document declares ${inDocument} but its bytes are valid UTF-8; read as UTF-8.`));
    return finish(utf8, 'utf-8', problems);
  }
  if (declared && declared !== 'utf-8') return finish(iconv.decode(asBuffer(bytes), declared), declared, problems);
  if (utf8 !== null) return finish(utf8, 'utf-8', problems);

  const guess = detectCharset(bytes);
  if (declared === 'utf-8') {
    problems.push(problem('ingest', 'warning', 'ingest/charset-mismatch', `Declared UTF-8 but the bytes are not valid UTF-8; decoded as ${guess.encoding} instead.`));
  } else {
    problems.push(
      problem(
        'ingest',
        guess.confident ? 'info' : 'warning',
        'ingest/charset-detected',
        `No charset declared and the bytes are not UTF-8; detected ${guess.encoding}${guess.confident ? '' : ' (low confidence)'}.`,
      ),
    );
  }
  return finish(iconv.decode(asBuffer(bytes), guess.encoding), guess.encoding, problems);
}
