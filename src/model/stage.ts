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

/** Lines seen repeatedly on one outlet's pages: strong evidence of chrome. */
export interface OutletTemplates {
  /** outlet key → normalised line → number of that outlet's documents containing it. */
  lines: Record<string, Record<string, number>>;
  /** outlet key → documents seen. */
  documents: Record<string, number>;
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
