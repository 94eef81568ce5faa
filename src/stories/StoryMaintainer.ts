/**
 * Periodic repair of the single pass, over the stories touched since the last run:
 * - merge: two in-memory stories whose centroids (time-decayed) reach the merge threshold
 *   are one story that arrived as two (usually because its first articles came in a
 *   different order); the smaller joins the larger.
 * - split: a story whose members fall into two groups (2-means over member vectors, seeded
 *   by the member farthest from the centroid) whose group centroids are below the split
 *   threshold merged by chance through a bridging article; each group needs 2+ members.
 */
import { ActiveStory, decay, spanGap } from './ActiveStory.ts';
import { MERGE_QUERY_TERMS } from './constants.ts';
import type { InvertedIndex } from './InvertedIndex.ts';
import { addInto, cosine, norm } from './sparse.ts';
import type { MemberState, SparseVector } from './types.ts';

export interface MaintenanceHost {
  stories: Map<number, ActiveStory>;
  index: InvertedIndex;
  newKey(): number;
  /** Called after a story's members changed (reindex, storyline refresh). */
  changed(story: ActiveStory): void;
  /** Called when a story disappears into another. */
  absorbed(gone: ActiveStory, into: ActiveStory): void;
  /** Called for the new half of a split. */
  created(story: ActiveStory): void;
}

export function mergeTouched(host: MaintenanceHost, touched: Set<number>, threshold: number, sizePenalty: number): void {
  for (const key of [...touched].sort((a, b) => a - b)) {
    let story = host.stories.get(key);
    while (story) {
      const partner = bestPartner(host, story, threshold, sizePenalty);
      if (!partner) break;
      const [keep, gone] = partner.members.length > story.members.length || (partner.members.length === story.members.length && partner.key < story.key) ? [partner, story] : [story, partner];
      for (const member of gone.members) keep.members.push(member);
      keep.lastSeq = Math.max(keep.lastSeq, gone.lastSeq);
      keep.rebuild();
      host.absorbed(gone, keep);
      host.changed(keep);
      touched.delete(gone.key);
      touched.add(keep.key);
      story = keep;
    }
  }
}

function bestPartner(host: MaintenanceHost, story: ActiveStory, threshold: number, sizePenalty: number): ActiveStory | null {
  let best: { story: ActiveStory; score: number } | null = null;
  for (const key of host.index.candidates(story.indexTerms().slice(0, MERGE_QUERY_TERMS), 6, story.key)) {
    const other = host.stories.get(key);
    if (!other) continue;
    const score = cosine(story.centroid, other.centroid, story.norm, other.norm) * decay(spanGap(story, other));
    // Two established stories need more evidence to merge than a fragment does to be absorbed.
    const smaller = Math.min(independentCount(story), independentCount(other));
    const needed = threshold + sizePenalty * Math.log2(Math.max(1, smaller));
    if (score >= needed && (best === null || score > best.score)) best = { story: other, score };
  }
  return best?.story ?? null;
}

function independentCount(story: ActiveStory): number {
  let n = 0;
  for (const m of story.members) if (m.terms.length > 0) n++;
  return n;
}

export function splitTouched(host: MaintenanceHost, touched: Set<number>, threshold: number): void {
  if (threshold <= 0) return;
  for (const key of [...touched].sort((a, b) => a - b)) {
    const story = host.stories.get(key);
    if (!story) continue;
    const halves = twoMeans(story.members);
    if (!halves) continue;
    const [a, b] = halves;
    if (cosine(centroidOf(a), centroidOf(b)) >= threshold) continue;
    // The half holding the earliest member keeps the story (and so its stable id).
    const first = [...story.members].sort((x, y) => (x.day ?? Infinity) - (y.day ?? Infinity) || (x.article < y.article ? -1 : 1))[0]!;
    const [stay, leave] = a.includes(first) ? [a, b] : [b, a];
    story.members = stay;
    story.rebuild();
    const fresh = new ActiveStory(host.newKey(), story.line);
    fresh.members = leave;
    fresh.lastSeq = story.lastSeq;
    fresh.rebuild();
    host.stories.set(fresh.key, fresh);
    host.changed(story);
    host.created(fresh);
  }
}

function centroidOf(members: readonly MemberState[]): SparseVector {
  const centroid: SparseVector = new Map();
  for (const m of members) addInto(centroid, m.terms);
  return centroid;
}

/** Two groups of 2+ independent members each, or null. Duplicates follow their original. */
function twoMeans(members: readonly MemberState[]): [MemberState[], MemberState[]] | null {
  const independent = members.filter((m) => m.terms.length > 0);
  if (independent.length < 4) return null;
  const vectors = independent.map((m) => new Map(m.terms) as SparseVector);
  const whole = centroidOf(independent);
  const wholeNorm = norm(whole);
  let seedA = 0;
  let worst = Infinity;
  vectors.forEach((v, i) => {
    const s = cosine(v, whole, 1, wholeNorm);
    if (s < worst) [worst, seedA] = [s, i];
  });
  let centA: SparseVector = vectors[seedA]!;
  let centB: SparseVector = centroidOf(independent.filter((_, i) => i !== seedA));
  let side: boolean[] = [];
  for (let round = 0; round < 3; round++) {
    const na = norm(centA);
    const nb = norm(centB);
    side = vectors.map((v) => cosine(v, centA, 1, na) > cosine(v, centB, 1, nb));
    centA = centroidOf(independent.filter((_, i) => side[i]));
    centB = centroidOf(independent.filter((_, i) => !side[i]));
  }
  const inA = new Set(independent.filter((_, i) => side[i]).map((m) => m.article));
  if (inA.size < 2 || independent.length - inA.size < 2) return null;
  const a: MemberState[] = [];
  const b: MemberState[] = [];
  for (const m of members) {
    const anchor = m.membership.duplicateOf ?? m.article;
    (inA.has(anchor) || inA.has(m.article) ? a : b).push(m);
  }
  return [a, b];
}
