export { readNlp } from './readNlp.ts';
export { resolveCorpusEntities } from './CorpusEntityResolver.ts';
export { findEntityAt, matchDescription } from './DescriptionMatcher.ts';
export { entityKey, slug } from './keys.ts';
