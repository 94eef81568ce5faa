export { extract } from './extract.ts';
export { extractText } from './text/extractText.ts';
export {
  applyTemplateLesson, learnOutletTemplates, outletKey, TEMPLATE_POLICY, templateKeysOf, templateLesson, type TemplateLesson,
} from './text/OutletTemplates.ts';
export { detectLanguage } from './language.ts';
export { buildArticle, articleId, joinParagraphs, rawInputHash, type ExtractionResult } from './article.ts';
