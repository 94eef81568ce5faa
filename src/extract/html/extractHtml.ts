/**
 * The `extract` stage for HTML: decoded markup in, clean article out. Guards first
 * (binary, oversize), then one parse into a light tree, metadata from every source,
 * and the body cascade (see cascade.ts). Never throws on content: a page with no
 * article gives an empty body and a problem value.
 */
import type { Problem, RawDocument } from '../../model/records.ts';
import { problem, type StageContext } from '../../model/stage.ts';
import { buildArticle } from '../article.ts';
import { detectLanguage } from '../language.ts';
import { runCascade, type BodyResult } from './cascade.ts';
import { BINARY_CHAR_SHARE, MAX_HTML_CHARS } from './constants.ts';
import { readMetadata } from './metadata.ts';
import { parsePage } from './tree.ts';
import type { ExtractedArticle } from '../../model/records.ts';

/** True when the content is not text (decoded bytes of an image, archive, …). */
export function looksBinary(content: string): boolean {
  const sample = content.slice(0, 4096);
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / sample.length > BINARY_CHAR_SHARE;
}

const EMPTY_BODY: BodyResult = { paragraphs: [], removed: [], method: 'html/none' };

export function extractHtml(raw: Readonly<RawDocument>, context: Readonly<StageContext>): ExtractedArticle {
  const problems: Problem[] = [];
  let html = raw.content;
  if (looksBinary(html)) {
    problems.push(problem('extract', 'error', 'extract/html-binary', 'The input is binary data, not HTML; nothing was extracted.'));
    return buildArticle(raw, { ...EMPTY_BODY, core: {}, meta: {}, problems });
  }
  if (html.length > MAX_HTML_CHARS) {
    problems.push(problem('extract', 'warning', 'extract/html-truncated', `The page is ${html.length} characters; only the first ${MAX_HTML_CHARS} were read.`));
    html = html.slice(0, MAX_HTML_CHARS);
  }
  const page = parsePage(html);
  if (page.truncated) {
    problems.push(problem('extract', 'warning', 'extract/html-too-many-elements', `The page has more than ${page.elements} elements; the rest were ignored.`));
  }
  // A publication date after the page was read (crawl time, else the run's start) is a placeholder.
  const metadata = readMetadata(page.head, page.root, raw.given.url, raw.arrival.at ?? context.now);
  problems.push(...metadata.problems);
  const body = runCascade({ root: page.root, title: metadata.core.title ?? null, structuredBody: metadata.structuredBody });
  if (body.paragraphs.length === 0) {
    problems.push(problem('extract', 'warning', 'extract/html-no-article', 'No article text was found on the page (no paragraph-like content).'));
  }
  const core = { ...metadata.core };
  const origins = { ...(metadata.meta.origins ?? {}) };
  if (!core.language && !raw.given.language) {
    const detected = detectLanguage(body.paragraphs.join('\n'));
    if (detected) {
      core.language = detected;
      origins.language = 'detected';
    }
  }
  return buildArticle(raw, {
    paragraphs: body.paragraphs,
    removed: body.removed,
    core,
    meta: { ...metadata.meta, origins },
    method: body.paragraphs.length ? body.method : 'html/none',
    problems,
  });
}
