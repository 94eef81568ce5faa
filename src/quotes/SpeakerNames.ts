/**
 * The shared vocabulary of speaker resolution: what a resolved speaker is, the context the
 * resolvers read, and how a name mention is reduced to the name itself.
 */
import type { Entity, NlpArticle, Span } from '../model/records.ts';
import { DETERMINERS, GROUP_NOUNS, NP_INNER_PREPOSITIONS, ORG_MARKERS, ORG_NOUNS, TITLE_WORDS } from './lexicon/words.ts';
import type { SpeakerKind } from './SpeakerKind.ts';

export interface Resolved {
  speaker: string | null;
  entity: string | null;
}

/** The speaker most recently attributed, for pronouns and follow-on paragraphs. */
export interface CurrentSpeaker extends Resolved {
  at: number;
  para: number;
  kind: SpeakerKind;
  /** End of the last quote given to this speaker: it stays in view while it is being quoted. */
  quoteEnd?: number;
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
  /** Genders learnt from pronouns already resolved to a speaker ("she added" → Reeves is 'f'), by speaker name. */
  learntGenders?: ReadonlyMap<string, 'm' | 'f'>;
}

export const NONE: Resolved = { speaker: null, entity: null };

/** Per entity: the name the article knows it by. */
const usualNames = new WeakMap<Entity, string>();

/**
 * The name an entity speaks under: its canonical name, unless the article calls it by
 * something else that is not its surname — a stage or known-as name the canonical name
 * merely contains ("RuPaul" for "RuPaul Andre Charles"): the most frequent mention, when it
 * is a word of the canonical name other than the last, is used more than the full name, and
 * the surname never stands alone (else it is a familiar first name: "Tucker" for Tucker Carlson).
 */
function usualName(e: Entity, text: string): string {
  let name = usualNames.get(e);
  if (name !== undefined) return name;
  name = e.name;
  const words = e.name.split(/\s+/);
  if (words.length > 1 && e.type === 'person' && e.mentions.length > 2) {
    const counts = new Map<string, number>();
    for (const m of e.mentions) {
      const t = text.slice(m[0], m[1]);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    let best = '';
    let bestCount = 0;
    for (const [t, c] of counts) if (c > bestCount) [best, bestCount] = [t, c];
    const idx = words.indexOf(best);
    // The surname never used alone: the other name is how the article knows the person ("RuPaul"), not a familiar first name ("Tucker").
    const surnameUsed = counts.get(words[words.length - 1] ?? '') ?? 0;
    if (idx >= 0 && idx < words.length - 1 && bestCount > 2 * (counts.get(e.name) ?? 0) && surnameUsed === 0) name = best;
  }
  usualNames.set(e, name);
  return name;
}

export function fromEntity(e: Entity, text?: string): Resolved {
  return { speaker: text === undefined ? e.name : usualName(e, text), entity: e.id };
}

/** A name mention without its titles and determiners: "Russian Deputy Foreign Minister Mikhail Galuzin" → "Mikhail Galuzin". */
export function bareName(text: string): string {
  const words = text.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  // An organisation's name keeps its words ("Office for National Statistics"): only a leading determiner goes.
  const ofOrg = /\b(\p{L}+)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}&.’'-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}&.’'-]*)*$/u.exec(words.join(' '));
  if (ORG_NOUNS.has(last) || (ofOrg?.[1] !== undefined && ORG_MARKERS.has(ofOrg[1].toLowerCase()))) {
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


/** Words that may quantify a group before its noun ("a half-dozen staffers", "two dozen residents"). */
const QUANTIFIERS = /^(?:\d+|half-dozen|dozen|dozens|hundreds|thousands|few|several|many|some|two|three|four|five|six|seven|eight|nine|ten)$/i;

/**
 * A group speaker as the annotation guide names it — its noun as written, without article,
 * quantifier or trailing prepositional phrase: "Sources at the team" → "Sources",
 * "a half-dozen staffers" → "staffers", "Democrats on Capitol Hill" → "Democrats".
 */
export function groupHead(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const prep = words.findIndex((w, i) => i > 0 && (NP_INNER_PREPOSITIONS.has(w.toLowerCase()) || w.toLowerCase() === 'on' || w.toLowerCase() === 'close' || w.toLowerCase() === 'familiar'));
  const head = prep > 0 ? words.slice(0, prep) : words;
  while (head.length > 1 && (DETERMINERS.has(head[0]?.toLowerCase() ?? '') || QUANTIFIERS.test(head[0] ?? ''))) head.shift();
  return head.join(' ');
}

/** A capitalised group noun heading a name-like phrase ("Democrats on Capitol Hill", "Republicans in the House"). */
export function isGroupName(text: string): boolean {
  const words = text.split(/\s+/);
  const first = words[0]?.toLowerCase() ?? '';
  return GROUP_NOUNS.has(first) && first !== 'members' && /s$/.test(first) && (words.length === 1 || NP_INNER_PREPOSITIONS.has(words[1]?.toLowerCase() ?? '') || words[1]?.toLowerCase() === 'on');
}
