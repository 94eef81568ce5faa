export { extractHtml } from './extractHtml.ts';
export { extractHtmlMetadata, normaliseDate, cleanTitle } from './metadata.ts';
export { sniffHtmlCharset, charsetFromBom, normaliseLabel } from './charset.ts';
