import type { Clustering } from '../model/records.ts';
import type { Stage } from '../model/stage.ts';

/**
 * A storyline is a thread that continues across stories; the clusterer assigns every story
 * to one (so its benchmarks can score every article), but a story alone in its line is not
 * a thread. Reports, the store and the UI keep only lines of at least this many stories.
 */
export const MIN_STORIES_PER_STORYLINE = 2;

/** Drops storylines that do not continue beyond one story; stories are untouched. */
export const continuingStorylines: Stage<Clustering, Clustering> = (clustering) => ({
  stories: clustering.stories,
  storylines: clustering.storylines.filter((line) => line.stories.length >= MIN_STORIES_PER_STORYLINE),
});
