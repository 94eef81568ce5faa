/** Entities of one article: propose name runs, classify them, refine with context, assemble. */
import type { Entity } from '../model/records.ts';
import { assembleEntities } from './EntityAssembler.ts';
import { refineMentions } from './MentionContextRefiner.ts';
import { extractNameRuns } from './NameRunExtractor.ts';
import { classifyRun, type Mention } from './RunClassifier.ts';
import type { Token } from './Tokens.ts';

export function extractMentions(text: string, tokens: readonly Token[]): Mention[] {
  const classified = extractNameRuns(text, tokens).flatMap((run) => classifyRun(text, tokens, run));
  return refineMentions(text, tokens, classified);
}

export function extractEntities(text: string, tokens: readonly Token[]): Entity[] {
  return assembleEntities(text, tokens, extractMentions(text, tokens));
}
