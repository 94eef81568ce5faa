/**
 * Group and name shapes the speaker resolver reads as a whole: a group tied to a place or a whole
 * ("Many in Hong Kong", "one of our testers"), a group phrase holding another noun phrase ("the most
 * common questions people ask"), and an nlp entity name that runs over a sentence end.
 */
import { ABBREVIATIONS, GROUP_NOUNS } from './lexicon/words.ts';
import { groupHead } from './SpeakerNames.ts';

/** Quantifiers that stand for a group of unnamed people ("many in Hong Kong", "some of the residents"). */
const GROUP_QUANTIFIERS = new Set(['many', 'some', 'most', 'few', 'several', 'others', 'all', 'both']);

/** Prepositions that tie a group to where it is ("in Hong Kong", "across the region"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'across', 'around', 'throughout', 'inside', 'outside', 'near']);

/**
 * A group of unnamed people tied to a place or a whole, which a name at its end must not stand for:
 * "Many in Hong Kong" (as written), "Health authorities in Inner Mongolia" → "Health authorities",
 * "many of the residents" → "residents", and one member of a group, "one of our testers" → null
 * (an unnamed individual, as the annotation guide has it). Undefined when the mention is none of these.
 */
export function groupWithPlace(mention: string, named: boolean): string | null | undefined {
  const words = mention.split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase());
  const prep = lower.findIndex((w, k) => k > 0 && (PLACE_PREPOSITIONS.has(w) || w === 'of'));
  if (prep < 1) return undefined;
  const head = words.slice(0, prep);
  const first = lower[0] ?? '';
  // "One of RuPaul’s …": a name after "of" is an owner the name path reads.
  if (lower[prep] === 'of' && named) return undefined;
  if (lower[prep] === 'of' && prep === 1) {
    if (first === 'one' || first === 'each' || first === 'either' || first === 'neither') return null;
    if (GROUP_QUANTIFIERS.has(first)) return groupHead(words.slice(2).join(' ')) || null;
    return undefined;
  }
  if (lower[prep] === 'of') return undefined;
  if (prep === 1 && GROUP_QUANTIFIERS.has(first)) return mention;
  // "Health authorities in …": lower-case words after the first, ending in a plural noun.
  const rest = head.slice(1);
  const last = (head[head.length - 1] ?? '').toLowerCase();
  if (rest.length === 0 || !rest.every((w) => /^\p{Ll}/u.test(w)) || !(GROUP_NOUNS.has(last) || /^[a-z-]{3,}[^s'’]s$/.test(last))) return undefined;
  return groupHead(head.join(' '));
}

/**
 * "the most common questions people ask": a plural noun inside a group phrase ends a noun phrase of its
 * own (the object of a relative clause), so the group is the words after it ("people").
 */
export function afterInnerPlural(head: string): string {
  const words = head.split(/\s+/);
  for (let k = words.length - 2; k >= 0; k--) {
    const w = words[k] ?? '';
    if (/^[a-z]{3,}[^s'’u]s$/.test(w) && !/(?:ss|us|is|news|sales|arms|series)$/.test(w)) return words.slice(k + 1).join(' ');
  }
  return head;
}

/** An nlp entity name that runs over a sentence end ("Kleenex. Purists"): not a name to speak under. */
export function runsOverSentence(name: string): boolean {
  for (const m of name.matchAll(/(\p{L}+)\.\s+\p{Lu}/gu)) {
    const word = m[1] ?? '';
    if (word.length > 2 && !ABBREVIATIONS.has(word.toLowerCase())) return true;
  }
  return false;
}
