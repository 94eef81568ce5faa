export { compareStory } from './compareStory.ts';
export { compareStoryline, familiesAcrossStories } from './compareStoryline.ts';
export { wordDiff } from './WordDiff.ts';
export { headlineFraming, type HeadlineFraming } from './story/HeadlineFraming.ts';
export { buildQuoteFamilies } from './quotes/QuoteFamilyBuilder.ts';
