/**
 * The records that flow between Chorus's stages.
 *
 * Every record is plain JSON-safe data: it survives `JSON.parse(JSON.stringify(x))`
 * unchanged, so the same shapes go to SQLite, PostgreSQL, fixtures and HTTP.
 * Offsets (`Span`) are character offsets (UTF-16 code units, as JavaScript strings
 * index them) into the article's clean `text`.
 */

/** Half-open character range `[start, end)` into an article's clean text. */
export type Span = [start: number, end: number];

/** The stages of the pipeline, in order. A record says which one produced it. */
export type StageName = 'ingest' | 'extract' | 'nlp' | 'quotes' | 'stories' | 'compare' | 'store';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found while processing a document. Problems are values carried on the
 * record (like vfile messages), never thrown: finding nothing is not an error.
 */
export interface Problem {
  severity: Severity;
  /** Stable machine-readable id of the rule that raised it, e.g. `ingest/empty-file`. */
  ruleId: string;
  /** Human-readable sentence. */
  reason: string;
  stage: StageName;
  /** Where: a span in the clean text, a line number in the input, or nothing. */
  place?: { span?: Span; line?: number };
}

/** How an input reached Chorus. */
export type ArrivalKind = 'file' | 'stdin' | 'jsonl' | 'url' | 'feed' | 'sitemap' | 'warc' | 'api';

export interface Arrival {
  kind: ArrivalKind;
  /** ISO timestamp of fetch/read. */
  at?: string;
  httpStatus?: number;
  /** Feed or sitemap URL the item came from. */
  feed?: string;
  /** Line number in a JSONL file. */
  line?: number;
}

/** Metadata given with an input (sidecar `.meta.json`, JSONL fields, feed item). */
export interface GivenMeta {
  url?: string;
  outlet?: string;
  publishedAt?: string;
  title?: string;
  author?: string;
  language?: string;
}

/** Output of `ingest`: one decoded input, not yet cleaned. */
export interface RawDocument {
  /** The input path or URL as given (`-` for stdin, `file.jsonl#12` for a JSONL line). */
  source: string;
  /** `html` for markup, `text` for already-scraped page text. */
  format: 'html' | 'text';
  /** Decoded content. */
  content: string;
  /** Character set the bytes were decoded from (`utf-8`, `windows-1251`, ...). */
  encoding: string;
  given: GivenMeta;
  arrival: Arrival;
  problems: Problem[];
}

/** Where a metadata field's value was found. */
export type MetaOrigin =
  | 'given'
  | 'json-ld'
  | 'opengraph'
  | 'meta'
  | 'microdata'
  | 'time-element'
  | 'byline'
  | 'dateline'
  | 'title-element'
  | 'heading'
  | 'chrome'
  | 'url'
  | 'detected';

/** The metadata fields every article has at its top level (the JSON contract's names). */
export interface CoreMeta {
  url: string | null;
  outlet: string | null;
  title: string | null;
  author: string | null;
  /** ISO date (`YYYY-MM-DD`) or date-time. */
  publishedAt: string | null;
  /** ISO 639-1 code. */
  language: string | null;
}

/** Further metadata, and where every field (core ones included) was found. */
export interface ArticleMeta {
  canonicalUrl: string | null;
  subtitle: string | null;
  modifiedAt: string | null;
  description: string | null;
  section: string | null;
  image: string | null;
  dateline: string | null;
  /** Field name (core or extra) to where its value came from. */
  origins: Partial<Record<keyof CoreMeta | Exclude<keyof ArticleMeta, 'origins'>, MetaOrigin>>;
}

/** Output of `extract`: clean article text and metadata. */
export interface ExtractedArticle extends CoreMeta {
  /** Content hash of the normalised clean text (sha256, first 16 hex chars). */
  id: string;
  source: string;
  format: 'html' | 'text';
  arrival: Arrival;
  meta: ArticleMeta;
  /** Clean body, paragraphs separated by one blank line. */
  text: string;
  /** Paragraph spans into `text`. */
  paragraphs: Span[];
  /** Chrome blocks dropped, in document order. */
  removed: string[];
  /** Which extraction path produced the body (e.g. `html/main`, `html/fallback-readability`, `text/lines`). */
  method: string;
  problems: Problem[];
}

export type EntityType = 'person' | 'organization' | 'place';

/** An entity as found in one article (`nlp`); resolved across articles in the store. */
export interface Entity {
  /** Article-local id, e.g. `e3`. */
  id: string;
  /** Canonical key across the corpus: `person:mikhail-galuzin`. */
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Roles and titles from appositions and pre-name titles ("Deputy Foreign Minister"). */
  roles: string[];
  /** Affiliation (country or organisation name) when the text gives one. */
  affiliation: string | null;
  /** For organisations: acronym and expansions. */
  acronym: string | null;
  /** Every mention (names, surnames, acronyms, descriptions that resolve to it), in text order. */
  mentions: Span[];
  /** For places: ISO country code when known. Metonymic capital uses are noted. */
  countryCode: string | null;
  stage: StageName;
}

export type DateGranularity = 'year' | 'month' | 'week' | 'day';

/** A dated event: the clause a temporal expression anchors. */
export interface DatedEvent {
  /** Short readable summary: "Putin and Pashinyan met in Moscow". */
  summary: string;
  /** Entity ids (article-local) acting in the clause. */
  actors: string[];
  /** Main verb lemma ("meet", "boycott"). */
  verb: string | null;
  /** The clause's span. */
  span: Span;
}

export interface DateMention {
  text: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`; for weeks the Monday's `YYYY-MM-DD`. */
  value: string;
  granularity: DateGranularity;
  /** `stated` when the text gives every part; `implied` when filled from the publication date. */
  certainty: 'stated' | 'implied';
  /** `point` for on/in, `since` for since/from, `range-end` for until/by. */
  relation: 'point' | 'since' | 'until' | 'range';
  span: Span;
  event: DatedEvent | null;
  stage: StageName;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'scare';

export interface Quote {
  /** The quoted or reported words (without surrounding quote marks). */
  text: string;
  kind: QuoteKind;
  /** Canonical name of the resolved speaker (person or organisation), or null. */
  speaker: string | null;
  /** Article-local entity id of the speaker. */
  speakerEntity: string | null;
  /** The words in the text that name the speaker ("he", "the Russian diplomat", "Galuzin"). */
  speakerMention: string | null;
  speakerSpan: Span | null;
  /** Cue verb as written ("warned", "told", "according to"). */
  cue: string | null;
  /** Channels credited: "TASS", "RFE/RL's Armenian". */
  via: string[];
  /** Span of the quoted content in the clean text. */
  span: Span;
  stage: StageName;
}

/** Output of `nlp` + `quotes`: a fully read article. */
export interface AnalyzedArticle extends ExtractedArticle {
  sentences: Span[];
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
}

// ---------------------------------------------------------------------------
// Corpus-level records (stories, compare)

export interface StoryMembership {
  article: string;
  /** Set when the article is an exact or near copy of another article. */
  duplicateOf: string | null;
  /** Why it joined: top shared terms and entities with the story at joining time. */
  sharedTerms: string[];
  sharedEntities: string[];
  similarity: number;
}

export interface QuoteFamilyMember {
  article: string;
  /** Index into that article's `quotes`. */
  quote: number;
  relation: 'earliest' | 'verbatim' | 'excerpt' | 'retranslation' | 'paraphrase';
  /** Word-level diff against the family's canonical text. */
  diff: DiffPart[];
}

export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export interface QuoteFamily {
  id: string;
  speaker: string | null;
  canonical: string;
  members: QuoteFamilyMember[];
  origin: { article: string; via: string[] };
}

export interface TimelineEntry {
  date: string;
  granularity: DateGranularity;
  summary: string;
  articles: string[];
}

export interface OutletCoverage {
  outlet: string | null;
  article: string;
  title: string | null;
  publishedAt: string | null;
}

export interface HeadlineFraming {
  article: string;
  outlet: string | null;
  title: string;
  /** Content words of this headline absent from every other headline of the story, in headline order. */
  stresses: string[];
}

export interface Story {
  id: string;
  title: string;
  articles: string[];
  firstReport: string;
  members: StoryMembership[];
  coverage: OutletCoverage[];
  quoteFamilies: QuoteFamily[];
  exclusive: { article: string; sentences: string[] }[];
  /** Sentences per article shared with at least one other outlet (for shading in the UI). */
  shared: { article: string; spans: Span[] }[];
  timeline: TimelineEntry[];
  /** Per titled article: the headline's content words no other member's headline uses (its framing). */
  framing: HeadlineFraming[];
  /** Start and end publication dates. */
  span: { from: string | null; to: string | null };
}

export interface Storyline {
  id: string;
  title: string;
  stories: string[];
  timeline: TimelineEntry[];
}

/** The JSON contract of `analyze --json` and `story --json`. */
export interface Report {
  version: 1;
  articles: AnalyzedArticle[];
  stories: Story[];
  storylines: Storyline[];
}

/** Output of `nlp`: the article with sentences, entities and dates (quotes come next). */
export interface NlpArticle extends ExtractedArticle {
  sentences: Span[];
  entities: Entity[];
  dates: DateMention[];
}

/** Output of `stories` for one story: which articles, and why; `compare` fills the rest. */
export interface StoryCluster {
  /** Stable id: derived from the story's earliest member, so re-ingest updates instead of duplicating. */
  id: string;
  articles: string[];
  members: StoryMembership[];
}

export interface StorylineCluster {
  id: string;
  stories: string[];
}

/** Output of `stories` for a corpus. */
export interface Clustering {
  stories: StoryCluster[];
  storylines: StorylineCluster[];
}
