/**
 * The streaming story clusterer: one pass, articles in publication order.
 *
 * Each article is first checked for copies (exact hash, then MinHash/LSH); a copy joins its
 * original's story, marked `duplicateOf` the earliest copy, and adds nothing to the centroid
 * (syndication is not independent coverage). Otherwise its TF-IDF vector is compared with
 * the stories that share one of its most telling terms (inverted index), with time decay,
 * and it joins the best one above the join threshold or founds a new story.
 * Every MAINTENANCE_INTERVAL articles, touched stories are merged, split and linked into
 * storylines, and stories idle for WINDOW_DAYS (or beyond MAX_ACTIVE_STORIES) leave the
 * in-memory window: they are archived as their final `StoryCluster` (still listed by
 * `clustering()` and in the state, or handed to `onArchive` and dropped when
 * `retainArchived` is false), no longer join candidates.
 */
import type { AnalyzedArticle, Clustering, StoryCluster, StoryMembership } from '../model/records.ts';
import { ActiveStory, decay } from './ActiveStory.ts';
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
import { cosineEntries, pack } from './sparse.ts';
import { refineMembers, type RefineHost } from './MemberRefiner.ts';
import { mergeTouched, splitTouched } from './StoryMaintainer.ts';
import { Storylines } from './Storylines.ts';
import type { AddResult, ClustererOptions, ClustererState, Member, SparseVector, TermWeights } from './types.ts';

export interface CreateClustererOptions extends Partial<ClustererOptions> {
  /** Cold-start vocabulary; defaults to the bundled `data/background-idf.json`. */
  background?: BackgroundIdf;
  /** Keep archived stories in memory and in snapshots (default true). Set false when a store keeps them. */
  retainArchived?: boolean;
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
   * Reassigns members of in-memory stories to their best story, then maintains. Costs about
   * one query per in-memory article: run it at the end of a batch or an ingest run.
   */
  refine(): void;
  snapshot(): ClustererState;
  clustering(): Clustering;
}

export function createClusterer(state?: ClustererState, options: CreateClustererOptions = {}): Clusterer {
  const settings: ClustererOptions = { ...DEFAULT_OPTIONS, ...stripUndefined(options) };
  const vocabulary = new Vocabulary(options.background ?? loadBackground(), state?.vocabulary);
  const stories = new Map<number, ActiveStory>();
  const index = new InvertedIndex();
  const dups = new NearDuplicateIndex();
  const lines = new Storylines(state?.storylines);
  const retainArchived = options.retainArchived ?? true;
  const archive = new ArchiveBook(retainArchived, state?.archived);
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
  for (const line of archive.lines()) countLine(line, 1);

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
      index.remove(story.key);
      stories.delete(story.key);
      touched.delete(story.key);
      lines.withdraw(story);
      countLine(story.line, -1);
      dropIfEmpty(story.line);
    },
  };

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
        story = best.story;
        membership = explain(vocabulary, article.id, null, terms, story.centroid, best.score);
      } else {
        const line = nextKey++;
        story = new ActiveStory(nextKey++, line);
        lines.create(line);
        countLine(line, 1);
        stories.set(story.key, story);
        membership = { article: article.id, duplicateOf: null, sharedTerms: [], sharedEntities: [], similarity: 1 };
      }
    }
    const member: Member = { article: article.id, day, vector: independent ? pack(terms) : null, independent, membership };
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
    for (const key of order) {
      const story = stories.get(key);
      if (!story) continue;
      const before = story.line;
      lines.link(story, settings.storylineThreshold, (line) => lineSizes.get(line) ?? 0, round === undefined);
      if (story.line !== before) {
        countLine(before, -1);
        countLine(story.line, 1);
        dropIfEmpty(before);
      }
    }
    touched.clear();
    evict();
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
      ...[...stories.values()].map((s) => ({ cluster: s.toCluster(), line: s.line, day: s.firstKey()[0] })),
      ...archive.entries().map((a) => ({ cluster: a.cluster, line: a.line, day: a.from ?? Number.POSITIVE_INFINITY })),
    ];
    entries.sort((a, b) => (a.cluster.id < b.cluster.id ? -1 : 1));
    const byLine = new Map<number, typeof entries>();
    for (const entry of entries) {
      const list = byLine.get(entry.line);
      if (list) list.push(entry);
      else byLine.set(entry.line, [entry]);
    }
    const storylines = [...byLine.values()].map((list) => {
      list.sort((a, b) => a.day - b.day || (a.cluster.id < b.cluster.id ? -1 : 1));
      return { id: `l-${list[0]!.cluster.id}`, stories: list.map((e) => e.cluster.id) };
    });
    storylines.sort((a, b) => (a.id < b.id ? -1 : 1));
    return { stories: entries.map((e) => e.cluster), storylines };
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
      storylines: lines.toJSON(),
      touched: [...touched].sort((a, b) => a - b),
      exact,
      near,
    };
  }

  function refine(): void {
    for (let pass = 0; pass < REFINE_PASSES; pass++) {
      const moved = refineMembers(host, settings.joinThreshold);
      for (const key of stories.keys()) touched.add(key);
      maintain();
      if (moved === 0) break;
    }
  }

  return { add, maintain: () => maintain(), refine, snapshot, clustering };
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
  return out;
}
