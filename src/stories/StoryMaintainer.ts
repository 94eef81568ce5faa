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
import { ARTICLE_TERMS, BIG_STORY, MERGE_CHECK_EVERY, MERGE_QUERY_TERMS } from './constants.ts';
import type { InvertedIndex } from './InvertedIndex.ts';
import { addPackedInto, cosine, dotPacked, norm, normPacked, packedToMap } from './sparse.ts';
import type { Member, SparseVector } from './types.ts';

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

/** `round`: the periodic maintenance's number (big stories are checked every MERGE_CHECK_EVERY-th); undefined checks all. */
export function mergeTouched(host: MaintenanceHost, touched: Set<number>, threshold: number, sizePenalty: number, support: number, round?: number): void {
  for (const key of [...touched].sort((a, b) => a - b)) {
    let story = host.stories.get(key);
    if (story && round !== undefined && story.independent > BIG_STORY && (round + key) % MERGE_CHECK_EVERY !== 0) continue;
    while (story) {
      const partner = bestPartner(host, story, threshold, sizePenalty, support);
      if (!partner) break;
      const [keep, gone] = partner.members.length > story.members.length || (partner.members.length === story.members.length && partner.key < story.key) ? [partner, story] : [story, partner];
      // Centroids are sums: the merged one is their (capped) sum, no rebuild over the members.
      keep.absorb(gone);
      host.absorbed(gone, keep);
      host.changed(keep);
      touched.delete(gone.key);
      touched.add(keep.key);
      story = keep;
    }
  }
}

function bestPartner(host: MaintenanceHost, story: ActiveStory, threshold: number, sizePenalty: number, support: number): ActiveStory | null {
  let best: { story: ActiveStory; score: number } | null = null;
  for (const key of host.index.candidates(story.indexTerms().slice(0, MERGE_QUERY_TERMS), 6, story.key)) {
    const other = host.stories.get(key);
    if (!other) continue;
    const score = cosine(story.centroid, other.centroid, story.norm, other.norm) * decay(spanGap(story, other));
    // Two established stories need more evidence to merge than a fragment does to be absorbed.
    const smaller = Math.min(story.independent, other.independent);
    const needed = threshold + sizePenalty * Math.log2(Math.max(1, smaller));
    if (score >= needed && support > 0 && !supported(story, other, support)) continue;
    if (score >= needed && (best === null || score > best.score)) best = { story: other, score };
  }
  return best?.story ?? null;
}

export function splitTouched(host: MaintenanceHost, touched: Set<number>, threshold: number): void {
  if (threshold <= 0) return;
  for (const key of [...touched].sort((a, b) => a - b)) {
    const story = host.stories.get(key);
    // A story with folded members cannot be re-divided member by member (and is long established).
    if (!story || story.folded) continue;
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

function centroidOf(members: readonly Member[]): SparseVector {
  const centroid: SparseVector = new Map();
  for (const m of members) if (m.vector) addPackedInto(centroid, m.vector);
  return centroid;
}

/** Two groups of 2+ independent members each, or null. Duplicates follow their original. */
function twoMeans(members: readonly Member[]): [Member[], Member[]] | null {
  const independent = members.filter((m) => m.vector !== null);
  if (independent.length < 4) return null;
  const vectors = independent.map((m) => packedToMap(m.vector!));
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
  const a: Member[] = [];
  const b: Member[] = [];
  for (const m of members) {
    const anchor = m.membership.duplicateOf ?? m.article;
    (inA.has(anchor) || inA.has(m.article) ? a : b).push(m);
  }
  return [a, b];
}


/**
 * Merge support: the smaller story's members, on average, resemble the other story at least
 * `ratio` times as much as their own story without themselves (leave-one-out). Fragments of
 * one story pass (their members fit either side); two events of the same kind (same topic
 * words, different actors and places) fail: each side's members fit their own side better.
 */
function supported(a: ActiveStory, b: ActiveStory, ratio: number): boolean {
  const [small, large] = a.independent <= b.independent ? [a, b] : [b, a];
  if (small.independent < 2) return true;
  let toOther = 0;
  let toOwn = 0;
  let terms = 0;
  let counted = 0;
  for (const m of small.members) {
    if (!m.vector) continue;
    terms += m.vector.ids.length;
    counted++;
    toOther += dotPacked(m.vector, large.centroid) / large.norm;
    const self = dotPacked(m.vector, small.centroid);
    const selfSq = normPacked(m.vector) ** 2;
    const n2 = small.norm * small.norm - 2 * self + selfSq;
    toOwn += n2 > 1e-9 ? (self - selfSq) / Math.sqrt(n2) : 0;
  }
  // Short texts (headlines: vectors far from full) give too few terms for member-level evidence.
  if (counted === 0 || terms / counted < ARTICLE_TERMS / 2) return true;
  return toOther >= ratio * toOwn;
}
