export { clusterStories, clusterArticles, publicationOrder } from './clusterStories.ts';
export { createClusterer } from './Clusterer.ts';
export type { Clusterer, CreateClustererOptions } from './Clusterer.ts';
export type { AddResult, ClustererOptions, ClustererState } from './types.ts';
export { DEFAULT_OPTIONS } from './constants.ts';
export { continuingStorylines, MIN_STORIES_PER_STORYLINE } from './StorylineRefiner.ts';
