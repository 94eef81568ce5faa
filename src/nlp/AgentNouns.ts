/**
 * Job titles the role lexicon lacks, read from the shape of the word: agent nouns ("geologist",
 * "defenseman", "co-writers") and verbs of holding an office ("who chairs the panel").
 */
import type { Token } from './Tokens.ts';

/** Verbs of holding an office, after ", who", and the role each gives ("who chairs the panel" → Chair). Closed list from news usage. */
export const OFFICE_VERBS: Readonly<Record<string, string>> = {
  chairs: 'Chair', heads: 'Head', leads: 'Leader', directs: 'Director', manages: 'Manager', coaches: 'Coach', owns: 'Owner',
  founded: 'Founder', cofounded: 'Co-founder', 'co-founded': 'Co-founder', edits: 'Editor', represents: 'Representative', teaches: 'Teacher',
  chaired: 'Chair', headed: 'Head', led: 'Leader', directed: 'Director', managed: 'Manager', coached: 'Coach', edited: 'Editor',
};

/** Agent endings of job nouns ("geologist", "defenseman", "rusher", "librarian", "auctioneer"). */
const AGENT_ENDING = /(?:ist|ian|eer|[^e]man|woman|er|or)$/;
/** Common nouns with an agent ending that are no job (closed list from news usage: relations, ages, groups, things). */
const NOT_AGENTS: ReadonlySet<string> = new Set([
  'mother', 'father', 'brother', 'sister', 'daughter', 'partner', 'member', 'neighbor', 'neighbour', 'customer', 'user', 'viewer', 'reader',
  'voter', 'supporter', 'follower', 'fan', 'number', 'letter', 'chapter', 'order', 'center', 'centre', 'corner', 'sector', 'factor', 'error', 'color', 'colour',
  'water', 'power', 'paper', 'computer', 'monitor', 'motor', 'tractor', 'weather', 'winter', 'summer', 'october', 'november', 'december', 'september',
  'matter', 'minister', 'master', 'human', 'woman', 'german', 'roman', 'shaman', 'daughter-in-law', 'victor', 'senior', 'junior', 'doctor',
  'former', 'other', 'latter', 'further', 'rather', 'after', 'over', 'under', 'per', 'her', 'older', 'younger', 'elder', 'together', 'whether', 'either', 'neither',
  'anchor', 'theater', 'theatre', 'officer', 'manner', 'dinner', 'banner', 'border', 'mirror', 'chamber', 'gender', 'character', 'barrier', 'carrier', 'chancellor',
]);

/** The shape of a lower-case agent noun ("engineer", "auctioneer"), by spelling alone: for callers without part-of-speech tags. */
export function hasAgentNounShape(word: string): boolean {
  return /^[a-z][a-z-]{4,}$/.test(word) && !NOT_AGENTS.has(word) && AGENT_ENDING.test(word);
}

/** A lower-case common noun with an agent ending, read as a job title ("Geologist"); null otherwise. */
export function agentNoun(t: Token | undefined): string | null {
  if (!t || t.pos !== 'NOUN' || !hasAgentNounShape(t.text)) return null;
  return t.text[0]?.toUpperCase() + t.text.slice(1);
}

/** "co-writers", "geologists": the plural of an agent noun, read as the singular job title; null otherwise. */
export function pluralAgentNoun(t: Token | undefined): string | null {
  if (!t || t.pos !== 'NOUN' || !/^[a-z][a-z-]{4,}s$/.test(t.text)) return null;
  const singular = t.text.slice(0, -1);
  if (NOT_AGENTS.has(singular) || !AGENT_ENDING.test(singular) || singular.endsWith('woman') || singular.endsWith('man')) return null;
  return singular[0]?.toUpperCase() + singular.slice(1);
}
