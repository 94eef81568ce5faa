import type { ExtractedArticle, RawDocument } from '../model/records.ts';
import type { Stage } from '../model/stage.ts';
import { extractHtml } from './html/index.ts';
import { extractText } from './text/extractText.ts';

/**
 * The `extract` stage: markup goes to the HTML extractor, already-scraped page text to
 * text mode. Both return the same record shape through `buildArticle`.
 */
export const extract: Stage<RawDocument, ExtractedArticle> = (raw, context) =>
  raw.format === 'html' ? extractHtml(raw, context) : extractText(raw, context);
