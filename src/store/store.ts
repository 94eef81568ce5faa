import type { AnalyzedArticle, Entity, EntityType, Quote, Story, Storyline } from '../model/records.ts';
import type { OutletTemplates, TemplateLesson, TemplatePolicy } from '../model/stage.ts';

/**
 * The one store interface. Adapters (SQLite by default, PostgreSQL for scale) implement
 * it with the same file set; nothing here names a driver type, so a new backend needs
 * only a dialect (see docs/architecture.md). All methods are async so network
 * databases fit; the SQLite adapter resolves immediately.
 */
export interface ChorusStore {
  readonly dialect: StoreDialect;

  /**
   * Stores an analysed article; idempotent on `article.id` (content hash). With `rawHash`,
   * the raw input it came from is recorded in the same transaction (see `articleOfRawInput`);
   * with `lesson`, a new article also teaches its outlet's template there (`learnOutletTemplate`).
   */
  putArticle(article: AnalyzedArticle, options?: PutArticleOptions): Promise<{ added: boolean }>;
  hasArticle(id: string): Promise<boolean>;
  /** The id of the article a raw input (`rawInputHash`: format and content) was stored as, or null if it never was. */
  articleOfRawInput(hash: string): Promise<string | null>;
  /** Records that a raw input became an already-stored article (a second scrape of a stored text); idempotent. */
  putRawInput(hash: string, articleId: string): Promise<void>;
  getArticle(id: string): Promise<AnalyzedArticle | null>;
  getArticles(ids: readonly string[]): Promise<AnalyzedArticle[]>;
  /** Every stored article in publication order (oldest first), in batches, for re-clustering. */
  iterateArticles(batchSize?: number): AsyncIterable<AnalyzedArticle>;
  listArticles(query: ArticleQuery): Promise<Page<ArticleSummary>>;
  countArticles(): Promise<number>;

  /** Replaces the stories and storylines (stable ids: a re-computed story overwrites its row). */
  saveStories(stories: readonly Story[], storylines: readonly Storyline[]): Promise<void>;
  getStory(id: string): Promise<Story | null>;
  /** Every stored story, in id order, in batches (re-clustering reuses unchanged ones). */
  iterateStories(batchSize?: number): AsyncIterable<Story>;
  listStories(query: StoryQuery): Promise<Page<StorySummary>>;
  getStoryline(id: string): Promise<Storyline | null>;
  listStorylines(query: PageQuery): Promise<Page<StorylineSummary>>;
  /** The story an article belongs to. */
  storyOfArticle(articleId: string): Promise<string | null>;

  listQuotes(query: QuoteQuery): Promise<Page<QuoteRow>>;
  getEntity(key: string): Promise<EntityPage | null>;
  listEntities(query: EntityQuery): Promise<Page<EntitySummary>>;

  /** Full-text search over article titles, bodies and quotes. Malformed queries are a `usage` ChorusError. */
  search(query: string, options?: PageQuery): Promise<Page<SearchHit>>;

  /**
   * Template learning (text mode): the templates of the given outlet keys, every outlet's when
   * `keys` is null, with only the lines seen on `policy.minLineDocuments` of an outlet's pages.
   */
  getOutletTemplates(keys: readonly string[] | null, policy: Readonly<TemplatePolicy>): Promise<OutletTemplates>;
  /** Adds one stored page's lines to its outlet's template (one transaction; same result as `applyTemplateLesson`). */
  learnOutletTemplate(lesson: Readonly<TemplateLesson>, policy: Readonly<TemplatePolicy>): Promise<void>;

  /**
   * Incremental corpus entity resolution. An article stored without `resolved` awaits
   * resolution; these list and clear that mark (`null`: every article).
   */
  unresolvedArticles(): Promise<string[]>;
  markResolved(ids: readonly string[] | null): Promise<void>;
  /** Stored entities of the resolution groups (`resolutionGroup`), in publication order (undated last), then article id, then position. */
  entitiesOfGroups(groups: readonly string[]): Promise<GroupEntity[]>;

  /** Digest and storyline of every stored story (small rows: re-clustering skips the unchanged ones). */
  storyDigests(): Promise<Map<string, StoredDigest>>;
  /** Digest of every stored storyline. */
  storylineDigests(): Promise<Map<string, string | null>>;
  /** Saves only what changed (one transaction); `saveStories` replaces everything. */
  applyStoryChanges(changes: Readonly<StoryChanges>): Promise<void>;

  /** Small named JSON state (clustering index, term statistics, feed cursors). */
  getState<T>(key: string): Promise<T | null>;
  putState<T>(key: string, value: T): Promise<void>;

  close(): Promise<void>;
}

export interface PutArticleOptions {
  /** Hash of the raw input the article was extracted from (`rawInputHash`). */
  rawHash?: string;
  /** What the page teaches its outlet's template, learned in the article's transaction when the article is new. */
  lesson?: { lesson: TemplateLesson; policy: TemplatePolicy };
  /** The article's entities are already resolved against the corpus (re-clustering writing back); else it awaits resolution. */
  resolved?: boolean;
}

/** One stored entity and its article (incremental entity resolution). */
export interface GroupEntity {
  article: string;
  entity: Entity;
}

export interface StoredDigest {
  digest: string | null;
  storyline: string | null;
}

/** What one incremental re-clustering changed. */
export interface StoryChanges {
  /** Stories to write (new or changed), with the digest of their clustering and their storyline. */
  stories: { story: Story; digest: string; storyline: string | null }[];
  removedStories: string[];
  /** Stories kept as they are whose storyline changed. */
  storylineOf: [string, string | null][];
  /** Storylines to write, with their digest and their stories (for the date range). */
  storylines: { storyline: Storyline; digest: string; stories: ReadonlyMap<string, Story> }[];
  removedStorylines: string[];
}

export type StoreDialect = 'sqlite' | 'postgres';

export interface PageQuery {
  limit?: number;
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string | null;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface ArticleQuery extends PageQuery {
  outlet?: string;
  from?: string;
  to?: string;
}

export interface StoryQuery extends PageQuery {
  outlet?: string;
  /** Entity key (`person:mikhail-galuzin`). */
  entity?: string;
  from?: string;
  to?: string;
  /** `recent` (newest last article first) or `size` (most articles first). */
  order?: 'recent' | 'size';
}

export interface QuoteQuery extends PageQuery {
  /** Matches the resolved speaker's name or entity key, case-insensitively. */
  speaker?: string;
  story?: string;
  article?: string;
}

export interface EntityQuery extends PageQuery {
  type?: EntityType;
  /** Prefix or substring of the name or an alias. */
  name?: string;
}

export interface ArticleSummary {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  publishedAt: string | null;
  language: string | null;
  story: string | null;
}

export interface StorySummary {
  id: string;
  title: string;
  articleCount: number;
  outlets: { outlet: string | null; count: number }[];
  firstReport: string;
  /** Outlet of the first report (for list pages). */
  firstReportOutlet: string | null;
  from: string | null;
  to: string | null;
  /** Articles per day over the story's span, for spark lines. */
  perDay: { date: string; count: number }[];
}

export interface StorylineSummary {
  id: string;
  title: string;
  storyCount: number;
  from: string | null;
  to: string | null;
}

export interface QuoteRow {
  article: string;
  index: number;
  outlet: string | null;
  publishedAt: string | null;
  story: string | null;
  quote: Quote;
  /** Corpus-wide key of the speaker entity, when resolved. */
  speakerKey: string | null;
}

export interface EntitySummary {
  key: string;
  name: string;
  type: EntityType;
  articleCount: number;
}

export interface EntityPage extends EntitySummary {
  aliases: string[];
  /** Roles with the first and last publication dates they were seen. */
  roles: { role: string; from: string | null; to: string | null }[];
  articles: ArticleSummary[];
  stories: string[];
  quotes: QuoteRow[];
  /** Entities appearing in the same articles, most frequent first. */
  related: { key: string; name: string; type: EntityType; count: number }[];
  /** One of the article-local records, for its type-specific fields. */
  sample: Entity;
}

export interface SearchHit {
  kind: 'article' | 'quote';
  article: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  /** Snippet with matches wrapped in `\u0002` … `\u0003` markers (escape, then highlight). */
  snippet: string;
  quoteIndex: number | null;
}
