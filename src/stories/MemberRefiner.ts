/**
 * Reassignment pass (k-means style) over the in-memory stories: each member is compared
 * with its own story without itself (leave-one-out centroid) and with the best other
 * candidate story; it moves when the other is above the join threshold and better by
 * REFINE_MARGIN. Its copies move with it. Centroids are those at the start of a round
 * (moves are decided together, then stories rebuilt), so the result does not depend on
 * which member is looked at first.
 *
 * Why: a single pass decides with what it has seen so far; an article that came before the
 * rest of its story joined whatever was there. Reassignment undoes that, which is what
 * makes different arrival orders agree. It costs a query per member, so it runs on demand
 * (`Clusterer.refine()`: at the end of a batch, or of an ingest run), not on every add.
 */
import type { ActiveStory } from './ActiveStory.ts';
import { decay } from './ActiveStory.ts';
import { MAX_CANDIDATES, QUERY_TERMS, REFINE_MARGIN, REFINE_ROUNDS } from './constants.ts';
import { gapDays } from './dates.ts';
import type { MaintenanceHost } from './StoryMaintainer.ts';
import { cosine, leadingIds, packedToMap } from './sparse.ts';
import type { Member, SparseVector } from './types.ts';

export interface RefineHost extends MaintenanceHost {
  /** A story left with no members. */
  emptied(story: ActiveStory): void;
}

export function refineMembers(host: RefineHost, joinThreshold: number): number {
  let moved = 0;
  for (let round = 0; round < REFINE_ROUNDS; round++) {
    const moves: { member: Member; from: ActiveStory; to: ActiveStory }[] = [];
    const stories = [...host.stories.values()].sort((a, b) => a.key - b.key);
    for (const story of stories) {
      for (const member of story.members) {
        if (member.vector === null || member.vector.ids.length === 0) continue;
        const vector = packedToMap(member.vector);
        const own = leaveOneOut(vector, story);
        let best: { story: ActiveStory; score: number } | null = null;
        for (const key of host.index.candidates(leadingIds(member.vector, QUERY_TERMS), MAX_CANDIDATES, story.key)) {
          const other = host.stories.get(key)!;
          const score = cosine(vector, other.centroid, 1, other.norm) * decay(gapDays(member.day, other.from, other.to));
          if (best === null || score > best.score) best = { story: other, score };
        }
        if (best && best.score >= joinThreshold && best.score > own + REFINE_MARGIN) moves.push({ member, from: story, to: best.story });
      }
    }
    if (moves.length === 0) break;
    const changed = new Set<ActiveStory>();
    for (const { member, from, to } of moves) {
      const travelling = from.members.filter((m) => m === member || m.membership.duplicateOf === member.article);
      from.members = from.members.filter((m) => !travelling.includes(m));
      to.members.push(...travelling);
      changed.add(from).add(to);
      moved += travelling.length;
    }
    for (const story of [...changed].sort((a, b) => a.key - b.key)) {
      if (story.members.length === 0) host.emptied(story);
      else {
        story.rebuild();
        host.changed(story);
      }
    }
  }
  return moved;
}

/** Cosine of a unit member vector with its story's centroid minus itself. */
function leaveOneOut(vector: SparseVector, story: ActiveStory): number {
  let dotWith = 0;
  let selfIn = 0;
  let crossIn = 0;
  for (const [term, w] of vector) {
    const c = story.centroid.get(term);
    if (c === undefined) continue;
    dotWith += w * c;
    selfIn += w * w;
    crossIn += w * c;
  }
  const normSquared = story.norm * story.norm - 2 * crossIn + selfIn;
  if (normSquared <= 1e-9) return 0;
  return (dotWith - selfIn) / Math.sqrt(normSquared);
}
