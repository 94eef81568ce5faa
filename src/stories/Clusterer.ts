/**
 * The streaming story clusterer: one pass, articles in publication order.
 *
 * Each article is first checked for copies (exact hash, then MinHash/LSH); a copy joins its
 * original's story, marked `duplicateOf` the earliest copy, and adds nothing to the centroid
 * (syndication is not independent coverage). Otherwise its TF-IDF vector is compared with
 * the stories that share one of its most telling terms (inverted index), with time decay,
 * and it joins the best one above the join threshold or founds a new story.
 * Every MAINTENANCE_INTERVAL articles, touched stories are merged, split and their storylines
 * joined, and stories idle for WINDOW_DAYS (or beyond MAX_ACTIVE_STORIES) leave the
 * in-memory window: they are archived as their final `StoryCluster` (still listed by
 * `clustering()` and in the state, or handed to `onArchive` and dropped when
 * `retainArchived` is false), no longer join candidates.
 */
import type { AnalyzedArticle, Clustering, StoryCluster, StoryMembership } from '../model/records.ts';
import { ActiveStory, byDateThenId, decay } from './ActiveStory.ts';
import { ArchiveBook } from './ArchiveBook.ts';
import { articleFeatures, weigh } from './ArticleVectorizer.ts';
import {
  DEFAULT_OPTIONS,
  ENTITY_PREFIX,
  MAINTENANCE_INTERVAL,
  MAX_ACTIVE_STORIES,
  MAX_CANDIDATES,
  REFINE_PASSES,
  QUERY_TERMS,
  REASON_TERMS,
  WINDOW_DAYS,
} from './constants.ts';
import { dayOf, gapDays } from './dates.ts';
import { type BackgroundIdf, loadBackground, Vocabulary } from './Vocabulary.ts';
import { InvertedIndex } from './InvertedIndex.ts';
import { exactKey, minhash, NearDuplicateIndex } from './NearDuplicateIndex.ts';
import { cosineEntries, pack, unpack } from './sparse.ts';
import { refineMembers, type RefineHost } from './MemberRefiner.ts';
import { mergeTouched, splitTouched } from './StoryMaintainer.ts';
import { type LineMerge, Storylines } from './Storylines.ts';
import type { AddResult, ClustererOptions, ClustererState, Member, SparseVector, TermWeights } from './types.ts';

export interface CreateClustererOptions extends Partial<ClustererOptions> {
  /** Cold-start vocabulary; defaults to the bundled `data/background-idf.json`. */
  background?: BackgroundIdf;
  /** Keep archived stories in memory and in snapshots (default true). Set false when a store keeps them. */
  retainArchived?: boolean;
  /**
   * With `retainArchived`: keep archived stories as signatures only (id, storyline, first
   * day), for a store that saves each story's final membership when it is archived. Then
   * `clustering()` lists an archived story's cluster only in the session that archived it, and
   * its id (in `archivedIds()`, and in its storyline) ever after; the state stays bounded.
   */
  compactArchive?: boolean;
  /**
   * Articles whose document frequencies are counted before clustering starts (a batch knows
   * its whole corpus up front). Without it, IDF is learned as articles arrive.
   */
  primeIdf?: readonly Readonly<AnalyzedArticle>[];
  /** Called with each story as it leaves the in-memory window. */
  onArchive?: (story: StoryCluster) => void;
}

export interface Clusterer {
  add(article: Readonly<AnalyzedArticle>): AddResult;
  /** Runs merge, split, storyline linking and eviction now (also runs every MAINTENANCE_INTERVAL adds). */
  maintain(): void;
  /**
   * The closing pass: replays the in-memory window in publication order (vectors re-weighed
   * with the current IDF), then reassigns members to their best story and maintains. Makes
   * the window's stories independent of arrival order. Costs about two queries per in-memory
   * article: run it at the end of a batch or an ingest run.
   */
  refine(): void;
  snapshot(): ClustererState;
  clustering(): Clustering;
  /** Stories `clustering()` names in storylines but does not list (compact archive: the store has them). */
  archivedIds(): string[];
}

export function createClusterer(state?: ClustererState, options: CreateClustererOptions = {}): Clusterer {
  const settings: ClustererOptions = { ...DEFAULT_OPTIONS, ...stripUndefined(options) };
  const vocabulary = new Vocabulary(options.background ?? loadBackground(), state?.vocabulary);
  const stories = new Map<number, ActiveStory>();
  const index = new InvertedIndex();
  const dups = new NearDuplicateIndex();
  // A story's storyline signature discounts words in proportion to how often they are written as names.
  const discount = settings.storylineNameDiscount;
  const lines = new Storylines(state?.storylines, state?.lineAliases, discount > 0 ? (term) => 1 - discount * vocabulary.nameShare(term) : undefined);
  const retainArchived = options.retainArchived ?? true;
  const archive = new ArchiveBook(retainArchived ? (options.compactArchive ? 'compact' : 'full') : 'none', state?.archived, state?.archivedSignatures);
  const home = new Map<string, number>(archive.homes());
  const touched = new Set<number>(state?.touched ?? []);
  /** In-memory copies → the original they repeat (the `duplicateOf` of later copies of them). */
  const copyOf = new Map<string, string>();
  let seq = state?.seq ?? 0;
  let nextKey = state?.nextKey ?? 1;
  let latestDay = state?.latestDay ?? null;

  const memberDays = new Map<string, number | null>();
  for (const s of state?.active ?? []) {
    const story = ActiveStory.fromJSON(s);
    stories.set(story.key, story);
    index.post(story.key, story.indexTerms());
    for (const m of story.members) {
      home.set(m.article, story.key);
      memberDays.set(m.article, m.day);
      if (m.membership.duplicateOf !== null) copyOf.set(m.article, m.membership.duplicateOf);
    }
  }
  dups.restore(state?.exact ?? [], state?.near ?? [], (article) => memberDays.get(article) ?? null);

  for (const article of options.primeIdf ?? []) vocabulary.observe(articleFeatures(article, vocabulary).counts.keys());

  const lineSizes = new Map<number, number>();
  const countLine = (line: number, delta: number) => {
    const size = (lineSizes.get(line) ?? 0) + delta;
    if (size > 0) lineSizes.set(line, size);
    else lineSizes.delete(line);
  };
  /** A line left with no story (its story merged away or moved) is forgotten. */
  const dropIfEmpty = (line: number) => {
    if (!lineSizes.has(line)) lines.drop(line);
  };
  for (const story of stories.values()) countLine(story.line, 1);
  for (const line of archive.lines()) countLine(lines.resolve(line), 1);

  const host: RefineHost = {
    stories,
    index,
    newKey: () => nextKey++,
    changed(story) {
      index.post(story.key, story.indexTerms());
      touched.add(story.key);
      for (const m of story.members) home.set(m.article, story.key);
    },
    absorbed(gone) {
      index.remove(gone.key);
      stories.delete(gone.key);
      lines.withdraw(gone);
      countLine(gone.line, -1);
      dropIfEmpty(gone.line);
    },
    created(story) {
      host.changed(story);
      countLine(story.line, 1);
    },
    emptied(story) {
      retire(story);
    },
  };

  /** Takes a story out of the window, the index and its storyline (emptied, or taken apart to be re-placed). */
  function retire(story: ActiveStory): void {
    index.remove(story.key);
    stories.delete(story.key);
    touched.delete(story.key);
    lines.withdraw(story);
    countLine(story.line, -1);
    dropIfEmpty(story.line);
  }

  function add(article: Readonly<AnalyzedArticle>): AddResult {
    const known = home.get(article.id);
    if (known !== undefined) return resultFor(known, article.id);
    seq += 1;
    const day = dayOf(article.publishedAt);
    if (day !== null && (latestDay === null || day > latestDay)) latestDay = day;
    const features = articleFeatures(article, vocabulary);
    const terms = weigh(features.counts, vocabulary);
    vocabulary.observe(features.counts.keys());
    const hashKey = exactKey(article.text);
    const signature = minhash(features.tokens);

    let story: ActiveStory | undefined;
    let membership: StoryMembership;
    let independent = true;
    const copy = dups.find(hashKey, signature);
    const copyHome = copy ? stories.get(home.get(copy.article) ?? -1) : undefined;
    if (copy && copyHome) {
      story = copyHome;
      independent = false;
      const original = copyOf.get(copy.article) ?? copy.article;
      copyOf.set(article.id, original);
      membership = explain(vocabulary, article.id, original, terms, story.centroid, copy.similarity);
    } else {
      ({ story, membership } = place(article.id, terms, day));
    }
    const member: Member = { article: article.id, day, vector: independent ? pack(terms) : null, tf: independent ? frequencies(terms, features.counts) : null, independent, membership };
    story.add(member, seq);
    // A big story's top terms barely move with one more article: reindex it every 4th.
    if (story.members.length <= 8 || story.members.length % 4 === 0) index.post(story.key, story.indexTerms());
    touched.add(story.key);
    home.set(article.id, story.key);
    dups.add(article.id, hashKey, signature, day);
    const id = story.id();
    const result: AddResult = { story: id, storyline: lines.lineId(story.line, id), membership: { ...membership } };
    if (seq % MAINTENANCE_INTERVAL === 0) maintain(seq / MAINTENANCE_INTERVAL);
    return result;
  }

  /** Joins the best story above the join threshold, or founds a new one (in its own storyline). */
  function place(article: string, terms: TermWeights, day: number | null): { story: ActiveStory; membership: StoryMembership } {
    let best: { story: ActiveStory; score: number } | null = null;
    for (const key of index.candidates(terms.slice(0, QUERY_TERMS).map(([t]) => t), MAX_CANDIDATES)) {
      const candidate = stories.get(key)!;
      const timeFactor = decay(gapDays(day, candidate.from, candidate.to));
      // Cosine is at most 1: a story too far in time cannot reach the threshold.
      if (timeFactor < settings.joinThreshold) continue;
      const score = cosineEntries(terms, 1, candidate.centroid, candidate.norm) * timeFactor;
      if (best === null || score > best.score) best = { story: candidate, score };
    }
    if (best !== null && best.score >= settings.joinThreshold) {
      return { story: best.story, membership: explain(vocabulary, article, null, terms, best.story.centroid, best.score) };
    }
    const line = nextKey++;
    const story = new ActiveStory(nextKey++, line);
    lines.create(line);
    countLine(line, 1);
    stories.set(story.key, story);
    return { story, membership: { article, duplicateOf: null, sharedTerms: [], sharedEntities: [], similarity: 1 } };
  }

  /**
   * The closing pass's first step: the in-memory window is clustered again, one pass in
   * publication order (date, then id) over the members' vectors re-weighed with the IDF
   * learned so far (see `reweigh`), with the periodic merges, so the stories it ends with
   * depend on which articles are in the window, not on the order they arrived in (nor on how
   * much IDF had been learned when each arrived). Copies travel with their original. Stories with folded
   * members (long-running ones past MEMBER_VECTORS) cannot be taken apart: they stay as they
   * are, and replayed articles may join them. Their storylines are re-derived by the
   * maintenance that follows (lines holding archived stories stay link targets).
   */
  function replay(): void {
    const movable = [...stories.values()].filter((story) => !story.folded).sort((a, b) => a.key - b.key);
    if (movable.length === 0) return;
    // `seq`: the old story's last activity, kept so the least-recently-updated eviction order survives.
    const groups: { lead: Member; copies: Member[]; seq: number }[] = [];
    for (const story of movable) {
      const leads = new Map<string, { lead: Member; copies: Member[]; seq: number }>();
      for (const m of story.members) if (m.vector !== null && m.vector.ids.length > 0) leads.set(m.article, { lead: m, copies: [], seq: story.lastSeq });
      const ordered = [...leads.values()].sort((a, b) => byDateThenId(a.lead, b.lead));
      // A story with no member vector left (copies of emptied originals) cannot be re-placed.
      if (ordered.length === 0) continue;
      for (const m of story.members) if (!leads.has(m.article)) (leads.get(m.membership.duplicateOf ?? '') ?? ordered[0]!).copies.push(m);
      groups.push(...ordered);
      retire(story);
    }
    // A copy group takes the place of its earliest member, whichever copy arrived first.
    const earliest = (g: { lead: Member; copies: Member[] }) => g.copies.reduce((first, m) => (byDateThenId(m, first) < 0 ? m : first), g.lead);
    const placed = groups.map((g) => ({ ...g, at: earliest(g) })).sort((a, b) => byDateThenId(a.at, b.at));
    placed.forEach(({ lead, copies, seq: last }, i) => {
      const { terms, tf } = reweigh(lead);
      const { story, membership } = place(lead.article, terms, lead.day);
      story.add({ ...lead, vector: pack(terms), tf, membership }, last);
      for (const copy of copies) story.add(copy, last);
      if (story.members.length <= 8 || story.members.length % 4 === 0) index.post(story.key, story.indexTerms());
      touched.add(story.key);
      for (const m of [lead, ...copies]) home.set(m.article, story.key);
      if ((i + 1) % MAINTENANCE_INTERVAL === 0) mergeTouched(host, touched, settings.mergeThreshold, settings.mergeSizePenalty, settings.mergeSupport, (i + 1) / MAINTENANCE_INTERVAL);
    });
    for (const key of touched) {
      const story = stories.get(key);
      if (story) index.post(story.key, story.indexTerms());
    }
  }

  /**
   * A member's vector re-weighed with the IDF learned so far (its term frequencies times the
   * current IDF, unit length, strongest first), as the batch form, which knows the whole
   * corpus, weighs it. Without stored frequencies (older snapshots), the vector as it is.
   */
  function reweigh(member: Member): { terms: TermWeights; tf: Float32Array | null } {
    const { vector, tf } = member;
    if (!vector || !tf || tf.length !== vector.ids.length) return { terms: vector ? unpack(vector) : [], tf: null };
    const order: { term: number; tf: number; weight: number }[] = [];
    let sum = 0;
    for (let i = 0; i < tf.length; i++) {
      const weight = tf[i]! * vocabulary.idf(vector.ids[i]!);
      order.push({ term: vector.ids[i]!, tf: tf[i]!, weight });
      sum += weight * weight;
    }
    const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    order.sort((a, b) => b.weight - a.weight || a.term - b.term);
    return { terms: order.map((e) => [e.term, e.weight * scale]), tf: Float32Array.from(order, (e) => e.tf) };
  }

  function resultFor(key: number, article: string): AddResult {
    const story = stories.get(key);
    if (story) {
      const membership = story.members.find((m) => m.article === article)!.membership;
      const id = story.id();
      return { story: id, storyline: lines.lineId(story.line, id), membership: { ...membership } };
    }
    const archived = archive.lookup(key, article);
    return { story: archived.story, storyline: lines.lineId(archived.line, archived.story), membership: archived.membership };
  }

  /** `round`: set by the periodic run from `add` (see mergeTouched); a direct call checks everything. */
  function maintain(round?: number): void {
    mergeTouched(host, touched, settings.mergeThreshold, settings.mergeSizePenalty, settings.mergeSupport, round);
    splitTouched(host, touched, settings.splitThreshold);
    const order = [...touched].sort((a, b) => a - b);
    for (const key of order) {
      const story = stories.get(key);
      if (story) lines.refresh(story);
    }
    const linking = order.map((key) => stories.get(key)).filter((story) => story !== undefined);
    for (const merge of lines.linkAll(linking, settings.storylineThreshold, round === undefined)) joinLines(merge);
    touched.clear();
    evict();
  }

  /** Two storylines became one: their in-memory stories and counts follow (archived ones resolve the alias). */
  function joinLines({ from, into }: LineMerge): void {
    for (const story of stories.values()) if (story.line === from) story.line = into;
    countLine(into, lineSizes.get(from) ?? 0);
    lineSizes.delete(from);
  }

  function evict(): void {
    const leaving: ActiveStory[] = [];
    for (const story of stories.values()) {
      if (latestDay !== null && story.to !== null && latestDay - story.to > WINDOW_DAYS) leaving.push(story);
    }
    if (stories.size - leaving.length > MAX_ACTIVE_STORIES) {
      const gone = new Set(leaving);
      const rest = [...stories.values()].filter((s) => !gone.has(s)).sort((a, b) => a.lastSeq - b.lastSeq);
      leaving.push(...rest.slice(0, rest.length - MAX_ACTIVE_STORIES));
    }
    for (const story of leaving) {
      index.remove(story.key);
      stories.delete(story.key);
      for (const m of story.members) {
        dups.remove(m.article);
        copyOf.delete(m.article);
      }
      const cluster = story.toCluster();
      archive.put(story.key, { cluster, line: story.line, from: story.from, to: story.to });
      options.onArchive?.(cluster);
      // Without a retained archive, re-ingests of archived articles are the store's job (it dedupes by content hash).
      if (!retainArchived) for (const m of story.members) home.delete(m.article);
      // A one-article story alone in its line is too thin to continue a thread, and a line that
      // never became a link target holds only this story: either way the line is forgotten.
      if (!lines.isLinkable(story.line) || (story.independent < 2 && (lineSizes.get(story.line) ?? 0) <= 1)) {
        lines.drop(story.line);
        lineSizes.delete(story.line);
      }
    }
    // Lines age out over months, copies after the story window: checking every 16th maintenance is plenty.
    if (seq % (16 * MAINTENANCE_INTERVAL) < MAINTENANCE_INTERVAL) {
      const inUse = new Set([...stories.values()].map((s) => s.line));
      for (const line of lines.expire(latestDay, inUse)) lineSizes.delete(line);
      if (latestDay !== null) dups.expire(latestDay - WINDOW_DAYS);
    }
  }

  function clustering(): Clustering {
    const entries = [
      ...[...stories.values()].map((s) => ({ cluster: s.toCluster() as StoryCluster | null, id: s.id(), line: s.line, day: s.firstKey()[0] })),
      ...archive.entries().map((a) => ({ cluster: a.cluster, id: a.id, line: lines.resolve(a.line), day: a.from ?? Number.POSITIVE_INFINITY })),
    ];
    entries.sort((a, b) => (a.id < b.id ? -1 : 1));
    const byLine = new Map<number, typeof entries>();
    for (const entry of entries) {
      const list = byLine.get(entry.line);
      if (list) list.push(entry);
      else byLine.set(entry.line, [entry]);
    }
    const storylines = [...byLine.values()].map((list) => {
      list.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : 1));
      return { id: `l-${list[0]!.id}`, stories: list.map((e) => e.id) };
    });
    storylines.sort((a, b) => (a.id < b.id ? -1 : 1));
    return { stories: entries.flatMap((e) => (e.cluster ? [e.cluster] : [])), storylines };
  }

  function archivedIds(): string[] {
    return archive.entries().flatMap((a) => (a.cluster ? [] : [a.id]));
  }

  function snapshot(): ClustererState {
    const { exact, near } = dups.toJSON();
    return {
      version: 1,
      seq,
      nextKey,
      latestDay,
      vocabulary: vocabulary.toJSON(),
      active: [...stories.values()].map((s) => s.toJSON()),
      archived: archive.toJSON(),
      ...(options.compactArchive && retainArchived ? { archivedSignatures: archive.signaturesToJSON() ?? [] } : {}),
      storylines: lines.toJSON(),
      lineAliases: lines.aliasesToJSON(),
      touched: [...touched].sort((a, b) => a - b),
      exact,
      near,
    };
  }

  function refine(): void {
    replay();
    for (let pass = 0; pass < REFINE_PASSES; pass++) {
      const moved = refineMembers(host, settings.joinThreshold);
      for (const key of stories.keys()) touched.add(key);
      maintain();
      if (moved === 0) break;
    }
  }

  return { add, maintain: () => maintain(), refine, snapshot, clustering, archivedIds };
}

/** Top shared terms and entities between an article and a story centroid: why it joined. */
function explain(vocabulary: Vocabulary, article: string, duplicateOf: string | null, terms: TermWeights, centroid: SparseVector, similarity: number): StoryMembership {
  const shared: [number, number][] = [];
  for (const [term, w] of terms) {
    const other = centroid.get(term);
    if (other !== undefined) shared.push([term, w * other]);
  }
  shared.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const entities = shared.filter(([t]) => vocabulary.isEntity(t)).map(([t]) => vocabulary.term(t).slice(ENTITY_PREFIX.length));
  const words = shared.filter(([t]) => !vocabulary.isEntity(t)).map(([t]) => vocabulary.term(t));
  return { article, duplicateOf, sharedTerms: words.slice(0, REASON_TERMS), sharedEntities: entities.slice(0, REASON_TERMS), similarity: round(similarity) };
}

/** Sublinear term frequencies (1 + log count) of the vector's terms, in its order. */
function frequencies(terms: TermWeights, counts: ReadonlyMap<number, number>): Float32Array {
  const tf = new Float32Array(terms.length);
  for (let i = 0; i < terms.length; i++) tf[i] = 1 + Math.log(counts.get(terms[i]![0]) ?? 1);
  return tf;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function stripUndefined(options: CreateClustererOptions): Partial<ClustererOptions> {
  const out: Partial<ClustererOptions> = {};
  if (options.joinThreshold !== undefined) out.joinThreshold = options.joinThreshold;
  if (options.mergeThreshold !== undefined) out.mergeThreshold = options.mergeThreshold;
  if (options.mergeSizePenalty !== undefined) out.mergeSizePenalty = options.mergeSizePenalty;
  if (options.mergeSupport !== undefined) out.mergeSupport = options.mergeSupport;
  if (options.splitThreshold !== undefined) out.splitThreshold = options.splitThreshold;
  if (options.storylineThreshold !== undefined) out.storylineThreshold = options.storylineThreshold;
  if (options.storylineNameDiscount !== undefined) out.storylineNameDiscount = options.storylineNameDiscount;
  return out;
}
