/**
 * A speaker mention (a name, a pronoun, a description, a group, a document) and how a
 * candidate token range of a unit is classified as one.
 */
import type { Span } from '../model/records.ts';
import { hasAgentNounShape } from '../nlp/AgentNouns.ts';
import { DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, NP_INNER_PREPOSITIONS, ORG_NOUNS, PERSON_NOUNS, PRONOUNS } from './lexicon/words.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

export type MentionKind = 'name' | 'pronoun' | 'description' | 'group' | 'document';

export interface Mention {
  span: Span;
  text: string;
  kind: MentionKind;
  /** Token range in the unit, inclusive. */
  first: number;
  last: number;
}

function kindOfHead(head: string): MentionKind | null {
  const bare = head.replace(/'s$/, '');
  // "Sources at the team": a group noun opening the sentence is capitalised.
  if (GROUP_NOUNS.has(bare) || GROUP_NOUNS.has(bare.toLowerCase())) return 'group';
  if (DOCUMENT_NOUNS.has(bare)) return 'document';
  if (PERSON_NOUNS.has(bare) || ORG_NOUNS.has(bare)) return 'description';
  // A hyphenated compound is named by its last part ("the co-founder", "the ex-minister", "a sub-committee").
  const lastPart = bare.slice(bare.lastIndexOf('-') + 1);
  if (lastPart !== bare && (PERSON_NOUNS.has(lastPart) || ORG_NOUNS.has(lastPart))) return 'description';
  // Jobs the closed list lacks, by their agent ending ("the engineer", "an auctioneer"): the same shape test the nlp stage reads roles with.
  if (hasAgentNounShape(bare)) return 'description';
  // A lower-case plural is a group of speakers ("insurers say", "companies argue").
  if (/^[a-z-]{3,}[^s'’]s$/.test(head) && !/(ss|us|is)$/.test(head)) return 'group';
  return null;
}

/** The head is the last word, or the last word before a preposition ("sources familiar with the matter"). */
function headKind(words: readonly string[]): MentionKind | null {
  // The head stands before any prepositional phrase: "sources at the team", "a spokesperson for the ministry".
  const prep = words.findIndex((w) => NP_INNER_PREPOSITIONS.has(w) || w === 'familiar' || w === 'close');
  const head = prep > 0 ? kindOfHead(words[prep - 1] ?? '') : null;
  return head ?? kindOfHead(words[words.length - 1] ?? '');
}

/** The writer in a contraction ("I’ve", "we're"). */
const FIRST_PERSON_CONTRACTION = /^(?:i|we)['’](?:ve|m|d|ll|re)$/;

/** The reader addressed ("you", "you're"). */
const SECOND_PERSON = /^(?:you|you['’](?:re|ve|ll|d)|yourself|yourselves)$/;

/** Words opening an imperative or question, never a speaker ("Do note that", "Don’t tell", "Please say"). */
const IMPERATIVE_OPENERS: ReadonlySet<string> = new Set(['do', 'don’t', "don't", 'does', 'did', 'please', 'let’s', "let's", 'never']);

/** Capitalised words that are never a name standing alone: prepositions and subordinators opening a sentence, days, "Every". */
const NEVER_NAMES: ReadonlySet<string> = new Set([
  'by', 'despite', 'over', 'under', 'with', 'without', 'within', 'from', 'after', 'before', 'during', 'since', 'through', 'among', 'against',
  'unlike', 'beyond', 'toward', 'towards', 'via', 'per', 'upon', 'although', 'though', 'because', 'unless', 'whether', 'every', 'each',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
]);

/** Adverb endings that no surname has ("Unfortunately", "Originally", "Gradually", "Reportedly"); "Lovely" or "Kelly" keep theirs. */
const ADVERB_ENDING = /\p{Ll}{2,}(?:ally|ately|ually|ously|edly|ingly|ively|fully|lessly|ently|antly|ibly|ably|arily)$/u;

/** Whether one capitalised word cannot be a name ("Despite", "Tuesday", "Unfortunately"). */
function notAName(word: string): boolean {
  return NEVER_NAMES.has(word.toLowerCase()) || ADVERB_ENDING.test(word);
}

/** Words opening a phrase about one unnamed individual ("one tester said", "another said"). */
export const UNNAMED_OPENERS: ReadonlySet<string> = new Set(['one', 'another']);

/** Classifies a candidate phrase; null when it cannot be a speaker. */
export function mentionOf(unit: QuoteUnit, first: number, last: number): Mention | null {
  const toks = unit.tokens.slice(first, last + 1);
  const a = toks[0];
  const b = toks[toks.length - 1];
  // A comma stands inside a phrase only between a place and its state ("Hutchinson County, Texas Office …"; NounPhrase.ts).
  if (!a || !b || !toks.every((t, k) => t.word || t.text === '-' || t.text === '.' || t.text === '&' || (t.text === ',' && k > 0 && toks[k + 1]?.cap))) return null;
  const words = toks.filter((t) => t.word).map((t) => t.lower);
  // "You might respond …": the reader addressed is never a speaker the article quotes.
  if (words.length === 1 && SECOND_PERSON.test(words[0] ?? '')) return null;
  // "Do note that …", "Don't tell them …", "Please remember …": an imperative's auxiliary is not a name.
  if (IMPERATIVE_OPENERS.has(words[0] ?? '') || SECOND_PERSON.test(words[0] ?? '')) return null;
  // "according to your settings", "show your interests:": the reader's things never speak.
  if (words[0] === 'your') return null;
  let kind: MentionKind | null = null;
  // "I’ve always said": a contracted first person is the pronoun (the writer), not a name.
  if (toks.length === 1 && (PRONOUNS.has(a.lower) || FIRST_PERSON_CONTRACTION.test(a.lower))) kind = 'pronoun';
  else if (/^\d+-year-old$/.test(b.lower)) kind = 'description';
  else if (b.cap && !/^\d/.test(b.text) && !DETERMINERS.has(b.lower) && !(toks.length === 1 && notAName(b.text))) kind = 'name';
  else kind = headKind(words);
  // "one tester", "another", "one of the jurors": an unnamed individual, described but never named.
  // Not "no one bothered" nor a verb after "one".
  if (!kind && UNNAMED_OPENERS.has(words[0] ?? '') && toks.slice(1).every((t) => !t.cap) && !/(?:ed|ing)$/.test(words.length > 1 ? (words[words.length - 1] ?? '') : '') && !/^(?:no|any|every|some|each)$/.test(unit.tokens[first - 1]?.lower ?? '')) kind = 'description';
  if (!kind) return null;
  return { span: [a.start, b.end], text: '', kind, first, last };
}

export function withText(m: Mention | null, text: string): Mention | null {
  if (m) m.text = text.slice(m.span[0], m.span[1]);
  return m;
}
