/**
 * The shared vocabulary of speaker resolution: what a resolved speaker is, the context the
 * resolvers read, and how a name mention is reduced to the name itself.
 */
import type { Entity, NlpArticle, Span } from '../model/records.ts';
import { DETERMINERS, ORG_NOUNS, TITLE_WORDS } from './lexicon/words.ts';

export interface Resolved {
  speaker: string | null;
  entity: string | null;
}

/** The speaker most recently attributed, for pronouns and follow-on paragraphs. */
export interface CurrentSpeaker extends Resolved {
  at: number;
  para: number;
  kind: 'person' | 'organization' | 'other';
}

export interface ResolveContext {
  article: Readonly<NlpArticle>;
  /** Quoted regions: mentions inside them are not antecedents. */
  quoted: readonly Span[];
  current: CurrentSpeaker | null;
  /** Start offsets of the attribution units, ascending: a mention near one is a sentence subject. */
  unitStarts?: readonly number[];
  /** People already named as speakers in this article: their names in the text are antecedents even without nlp entities. */
  knownPeople?: readonly Resolved[];
}

export const NONE: Resolved = { speaker: null, entity: null };

export function fromEntity(e: Entity): Resolved {
  return { speaker: e.name, entity: e.id };
}

/** A name mention without its titles and determiners: "Russian Deputy Foreign Minister Mikhail Galuzin" → "Mikhail Galuzin". */
export function bareName(text: string): string {
  const words = text.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (ORG_NOUNS.has(last)) {
    while (words.length > 1 && DETERMINERS.has(words[0]?.toLowerCase() ?? '')) words.shift();
    return words.join(' ');
  }
  let i = words.length;
  while (i > 0) {
    const w = (words[i - 1] ?? '').toLowerCase().replace(/\.$/, '');
    if (TITLE_WORDS.has(w) || !/^[\p{Lu}]/u.test(words[i - 1] ?? '')) break;
    i--;
  }
  // "Deputy Foreign Minister of Russia Mikhail Galuzin": the word after "of" belongs to the title.
  if (i > 0 && words.length - i >= 3 && /^(of|for|at)$/i.test(words[i - 1] ?? '')) i++;
  const name = words.slice(i).join(' ');
  return name || words.filter((w) => !DETERMINERS.has(w.toLowerCase())).join(' ');
}

/** Capitalised words that open sentences and are never first names. */
export const SENTENCE_WORDS = new Set(['when', 'after', 'while', 'as', 'if', 'since', 'before', 'but', 'and', 'so', 'then', 'though', 'although', 'because', 'once', 'until', 'says', 'said', 'adds', 'added', 'asked', 'told', 'why', 'how', 'what', 'where', 'now', 'even', 'still', 'yet', 'also', 'only', 'both', 'meanwhile', 'however', 'indeed', 'instead']);

