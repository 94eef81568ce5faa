/** Entities of one article: propose name runs, classify them, refine with context, assemble. */
import type { Entity } from '../model/records.ts';
import { assembleEntities } from './EntityAssembler.ts';
import { institutionLists } from './InstitutionLists.ts';
import { refineMentions } from './MentionContextRefiner.ts';
import { extractNameRuns } from './NameRunExtractor.ts';
import { classifyRun, type Mention } from './RunClassifier.ts';
import type { Token } from './Tokens.ts';

export function extractMentions(text: string, tokens: readonly Token[]): Mention[] {
  const { runs, items } = institutionLists(text, tokens, extractNameRuns(text, tokens));
  // A plain loop: Array.prototype.flatMap was a visible share of the stage's time.
  const classified: Mention[] = [];
  for (const run of runs) {
    const listed = items.get(run);
    if (listed) classified.push(listed);
    else classified.push(...classifyRun(text, tokens, run));
  }
  return refineMentions(text, tokens, classified);
}

export function extractEntities(text: string, tokens: readonly Token[]): Entity[] {
  return assembleEntities(text, tokens, extractMentions(text, tokens));
}
