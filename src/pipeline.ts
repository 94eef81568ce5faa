/**
 * The composition of Chorus: the stages in the order they run, and why there.
 * Per-document stages run once per article (and can run in parallel workers);
 * corpus stages run over the set of articles.
 */
import type {
  AnalyzedArticle,
  Clustering,
  ExtractedArticle,
  NlpArticle,
  RawDocument,
  Report,
  Story,
  Storyline,
} from './model/records.ts';
import type { Stage, StageContext } from './model/stage.ts';
import { applyTemplateLesson, extract, rawInputHash, templateLesson } from './extract/index.ts';
import { readNlp, resolveCorpusEntities } from './nlp/index.ts';
import { readQuotes } from './quotes/index.ts';
import { clusterStories, continuingStorylines } from './stories/index.ts';
import { compareStory, compareStoryline } from './compare/index.ts';

/**
 * Per-document stages, in order:
 * 1. extract: everything after it reads clean text and spans into it, so chrome must go first.
 * 2. nlp: sentences, entities and dates; quotes need the entities (with roles) to resolve speakers.
 * 3. quotes: last per-document stage; it reads sentences and entities and adds quotes.
 */
export const documentStages = {
  extract: extract satisfies Stage<RawDocument, ExtractedArticle>,
  nlp: readNlp satisfies Stage<ExtractedArticle, NlpArticle>,
  quotes: readQuotes satisfies Stage<NlpArticle, AnalyzedArticle>,
} as const;

/**
 * Corpus stages, in order:
 * 4. entities: one canonical key per real-world entity across articles ("Galuzin" in one
 *    outlet = "Mikhail Galuzin" in another); stories and compare group by those keys.
 * 5. stories: groups analysed articles (it uses entities as features, so it follows nlp).
 * 6. storylines: a refiner of stories' output keeping only threads that continue across stories
 *    (the clusterer puts every story in a line; a line of one story is not a thread).
 * 7. compare: per story, needs the grouping and every member's quotes and dates.
 */
export const corpusStages = {
  entities: resolveCorpusEntities satisfies Stage<{ articles: readonly AnalyzedArticle[] }, AnalyzedArticle[]>,
  stories: clusterStories satisfies Stage<{ articles: readonly AnalyzedArticle[] }, Clustering>,
  storylines: continuingStorylines satisfies Stage<Clustering, Clustering>,
  compareStory: compareStory satisfies Stage<{ cluster: Clustering['stories'][number]; articles: readonly AnalyzedArticle[] }, Story>,
  compareStoryline,
} as const;

/** Runs the per-document stages on one raw document. */
export function analyzeDocument(raw: Readonly<RawDocument>, context: Readonly<StageContext>): AnalyzedArticle {
  const extracted = documentStages.extract(raw, context);
  const read = documentStages.nlp(extracted, context);
  return documentStages.quotes(read, context);
}

/** Runs the corpus stages over analysed articles: canonical entities, stories, storylines and their comparison. */
export function analyzeCorpus(
  articles: readonly AnalyzedArticle[],
  context: Readonly<StageContext>,
): { articles: AnalyzedArticle[]; stories: Story[]; storylines: Storyline[] } {
  const resolved = corpusStages.entities({ articles }, context);
  const clustering = corpusStages.storylines(corpusStages.stories({ articles: resolved }, context), context);
  return { articles: resolved, ...compareClusters(resolved, clustering, context) };
}

/** Compares each story and storyline of a clustering (stage 7). */
export function compareClusters(
  articles: readonly AnalyzedArticle[],
  clustering: Clustering,
  context: Readonly<StageContext>,
): { stories: Story[]; storylines: Storyline[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories = clustering.stories.map((cluster) =>
    corpusStages.compareStory(
      { cluster, articles: cluster.articles.map((id) => byId.get(id)).filter((a): a is AnalyzedArticle => a !== undefined) },
      context,
    ),
  );
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const storylines = clustering.storylines.map((line) =>
    corpusStages.compareStoryline(
      { storyline: line, stories: line.stories.map((id) => storyById.get(id)).filter((s): s is Story => s !== undefined) },
      context,
    ),
  );
  return { stories, storylines };
}

/** Analyses one raw document, or returns null when it is to be left out (the caller has reported why). */
export type DocumentAnalyser = (raw: Readonly<RawDocument>, context: Readonly<StageContext>) => AnalyzedArticle | null;

/**
 * The per-document stages over a batch, in input order. Text-mode pages teach their outlet's
 * template to the pages after them, as `chorus ingest` does through the store; a raw input given
 * twice, or two inputs with the same article id, are analysed once. `analyseOne` lets a caller
 * turn a failing document into a reported rejection instead of an exception.
 */
export function analyzeDocuments(
  raws: readonly RawDocument[],
  context: Readonly<StageContext>,
  analyseOne: DocumentAnalyser = analyzeDocument,
): AnalyzedArticle[] {
  const seenInputs = new Set<string>();
  const seenArticles = new Set<string>();
  const articles: AnalyzedArticle[] = [];
  let outletTemplates = context.outletTemplates;
  for (const raw of raws) {
    const inputHash = rawInputHash(raw);
    if (seenInputs.has(inputHash)) continue;
    seenInputs.add(inputHash);
    const article = analyseOne(raw, outletTemplates === undefined ? context : { ...context, outletTemplates });
    if (article === null || seenArticles.has(article.id)) continue;
    seenArticles.add(article.id);
    articles.push(article);
    const lesson = templateLesson(raw, article);
    if (lesson !== null) outletTemplates = applyTemplateLesson(outletTemplates, lesson);
  }
  return articles;
}

/** The whole pipeline in memory: raw documents in, report out (`analyzeDocuments`, then the corpus stages). */
export function analyze(raws: readonly RawDocument[], context: Readonly<StageContext>, analyseOne: DocumentAnalyser = analyzeDocument): Report {
  return { version: 1, ...analyzeCorpus(analyzeDocuments(raws, context, analyseOne), context) };
}
