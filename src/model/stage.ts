import type { Problem, Severity, Span, StageName } from './records.ts';

/**
 * What every stage may read besides its input. Stages never reach for globals
 * (clock, environment, files): whatever varies comes in here, so a stage is a
 * pure function of `(input, context)` and its fixtures are reproducible.
 */
export interface StageContext {
  /** Reference time for documents with no publication date (ISO). Defaults to the run's start. */
  now: string;
  /** Outlet templates learned from earlier documents (lines that repeat across an outlet's pages). */
  outletTemplates?: OutletTemplates;
  /** Document-frequency statistics learned from the corpus so far (for TF-IDF). */
  termStats?: TermStats;
}

/**
 * Lines seen repeatedly on one outlet's pages: strong evidence of chrome. The store keeps
 * these counts (tables `outlet_templates`, `outlet_template_lines`) and hands the ones a
 * document may need to text mode; learning and matching live in
 * `src/extract/text/OutletTemplates.ts`.
 */
export interface OutletTemplates {
  /** Outlet key (`outletKey`: the given outlet's name, else the URL's host, else the outlet found in the page) → its template. */
  outlets: Record<string, OutletTemplate>;
}

export interface OutletTemplate {
  /** How many of the outlet's documents taught it (the newest document's ordinal). */
  documents: number;
  /** Line fingerprint (hash of the normalised line, digits folded) → how often and when it was seen. */
  lines: Record<string, TemplateLineCount>;
}

export interface TemplateLineCount {
  /** Distinct documents of the outlet containing the line. */
  documents: number;
  /** Ordinal of the outlet's document where the line was first seen (1-based). */
  first: number;
  /** Ordinal of the outlet's document where the line was last seen. */
  last: number;
}

/** What one text-mode document teaches its outlet's template: the outlet key and its distinct lines' fingerprints. */
export interface TemplateLesson {
  outlet: string;
  fingerprints: string[];
}

/**
 * How template counts are kept (owned by text mode, applied by the store too): a line seen on
 * one page only is forgotten when `pruneAfter` more of the outlet's pages pass without it,
 * checked every `pruneEvery` pages; lines loaded for matching need `minLineDocuments`.
 */
export interface TemplatePolicy {
  pruneAfter: number;
  pruneEvery: number;
  minLineDocuments: number;
}

export interface TermStats {
  documents: number;
  /** term → number of documents containing it. */
  df: Record<string, number>;
}

/** A pipeline stage: pure, never mutating its input. */
export type Stage<In, Out> = (input: Readonly<In>, context: Readonly<StageContext>) => Out;

export function defaultContext(overrides: Partial<StageContext> = {}): StageContext {
  return { now: new Date().toISOString(), ...overrides };
}

/** Builds a problem value; stages append these to a record's `problems`. */
export function problem(
  stage: StageName,
  severity: Severity,
  ruleId: string,
  reason: string,
  place?: { span?: Span; line?: number },
): Problem {
  return place ? { severity, ruleId, reason, stage, place } : { severity, ruleId, reason, stage };
}
