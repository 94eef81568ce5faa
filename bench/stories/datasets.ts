/**
 * The clustering benchmark corpora (../shared/data/clustering, see its README) as minimal
 * AnalyzedArticle records with their gold labels. Neither corpus carries NLP output, so
 * entities are empty (text alone) unless `withNlp` runs Chorus's own nlp stage over them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AnalyzedArticle } from '../../src/model/records.ts';
import { defaultContext } from '../../src/model/stage.ts';
import { corpusStages, documentStages } from '../../src/pipeline.ts';
import { minimalArticle } from '../../src/stories/minimalArticle.ts';
import { SHARED_DATA } from '../lib/report.ts';
import { mulberry32, seededShuffle } from '../seeded.ts';

export const CLUSTERING_DATA = join(SHARED_DATA, 'clustering');
export const ECB_FILE = join(CLUSTERING_DATA, 'ecbplus', 'ecbplus_documents.jsonl.gz');
export const UCI_FILE = join(CLUSTERING_DATA, 'uci-news-aggregator-sample', 'uci_news_aggregator_head.jsonl.gz');

export interface Corpus {
  name: string;
  articles: AnalyzedArticle[];
  /** Gold label sets by level name (e.g. `event`, `topic`). */
  gold: Record<string, Map<string, string>>;
}

function readJsonl<T>(file: string): T[] {
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function hasClusteringData(): boolean {
  return existsSync(ECB_FILE) && existsSync(UCI_FILE);
}

interface EcbRecord {
  doc_id: string;
  topic: number;
  gold_cluster: string;
  text: string;
}

/** ECB+: no dates and no titles; every document undated (content alone decides). */
export function loadEcb(): Corpus {
  const records = readJsonl<EcbRecord>(ECB_FILE);
  const event = new Map<string, string>();
  const topic = new Map<string, string>();
  const articles = records.map((r) => {
    event.set(r.doc_id, r.gold_cluster);
    topic.set(r.doc_id, String(r.topic));
    return minimalArticle({ id: r.doc_id, text: r.text });
  });
  return { name: 'ECB+', articles, gold: { event, topic } };
}

interface UciRecord {
  id: number;
  title: string;
  story: string;
  publisher: string;
  category: string;
  time_utc: string;
}

/** UCI News Aggregator sample: headlines only (title = text), with timestamps. */
export function loadUci(): Corpus {
  const records = readJsonl<UciRecord>(UCI_FILE);
  const story = new Map<string, string>();
  const category = new Map<string, string>();
  const articles = records.map((r) => {
    const id = `u${r.id}`;
    story.set(id, r.story);
    category.set(id, r.category);
    return minimalArticle({ id, title: r.title, text: r.title, publishedAt: r.time_utc, outlet: r.publisher });
  });
  // `category` (business, tech, entertainment, health) is a coarse guard: one storyline should not span two.
  return { name: 'UCI', articles, gold: { story, category } };
}

/** A reproducible shuffle: Fisher–Yates over mulberry32 from a fixed seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  return seededShuffle(items, mulberry32(seed));
}

/**
 * The corpus as production sees it: Chorus's own nlp stage (src/nlp `readNlp`, the
 * per-document stage that runs before stories) and the corpus entity resolver fill in
 * `entities`, as the pipeline does before clustering. The benchmark corpora carry no NLP
 * output of their own; nothing from the gold labels is used.
 */
export function withNlp(corpus: Corpus): Corpus {
  const context = defaultContext({ now: '2026-01-01T00:00:00Z' });
  const read = corpus.articles.map((a) => ({ ...a, ...documentStages.nlp(a, context), quotes: a.quotes }));
  const articles = corpusStages.entities({ articles: read }, context);
  return { name: `${corpus.name} +nlp`, articles, gold: corpus.gold };
}
