/**
 * Proposes cues: reporting verbs and phrases from the lexicon found in a unit's frame
 * (outside quote marks), with the uses that are not speech filtered out: nouns after
 * a determiner ("the claims"), passives ("was told"), bare base forms without a modal.
 */
import { CUE_FIRST_WORDS, CUES, MAX_CUE_WORDS, MODALS, type CueEntry } from './lexicon/cues.ts';
import { CLAUSE_GAP_OPENERS, DETERMINERS, GROUP_NOUNS, SKIPPABLE_BEFORE_CUE } from './lexicon/words.ts';

const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'people', 'others', 'many', 'some', 'both', 'all']);
import type { QuoteUnit } from './QuoteUnit.ts';
import { HYPOTHETICAL_MODALS, HYPOTHETICAL_SKIPPABLE, MAX_GAP_TO_THAT } from './constants.ts';

export interface Cue {
  entry: CueEntry;
  /** Token indexes in the unit, inclusive. */
  first: number;
  last: number;
  text: string;
}

const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', "isn't", "wasn't"]);

function precedingWord(unit: QuoteUnit, i: number): string | null {
  const t = unit.tokens[i - 1];
  return t && t.word ? t.lower : null;
}

/** A base form is a present plural after a plural subject ("officials say", "Republicans insist", "they now say"). */
function pluralSubjectBefore(unit: QuoteUnit, first: number): boolean {
  let i = first - 1;
  while (i >= 0 && unit.tokens[i]?.word && (SKIPPABLE_BEFORE_CUE.has(unit.tokens[i]?.lower ?? '') || /ly$/.test(unit.tokens[i]?.lower ?? ''))) i--;
  const t = unit.tokens[i];
  if (!t || !t.word || !unit.frame[i]) return false;
  if (PLURAL_PRONOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower) || /^\d+%$/.test(t.text)) return true;
  if (/[^s'’]s$/.test(t.lower) && !DETERMINERS.has(t.lower) && !/(ss|us|is)$/.test(t.lower)) return true;
  // "Attorneys for Donald Trump say": the plural head may stand before a prepositional phrase.
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = unit.tokens[k];
    if (!w || !w.word || !unit.frame[k]) return false;
    if (w.lower === 'for' || w.lower === 'of' || w.lower === 'at' || w.lower === 'with' || w.lower === 'to' || w.lower === 'in' || w.lower === 'from') {
      let h = k - 1;
      // "sources close to", "people familiar with": step over the adjective to the noun.
      if (/^(close|familiar|loyal|near|linked|opposed)$/.test(unit.tokens[h]?.lower ?? '')) h--;
      const head = unit.tokens[h];
      return !!head && head.word && (GROUP_NOUNS.has(head.lower) || /^[a-z]+[^s'’]s$/i.test(head.text));
    }
  }
  return false;
}

/** Whether "that" follows the token at `last` within a few words of adverbials ("charged in March that"). */
function thatFollows(unit: QuoteUnit, last: number): boolean {
  for (let k = last + 1; k < unit.tokens.length && k - last <= MAX_GAP_TO_THAT; k++) {
    const t = unit.tokens[k];
    if (!t || !unit.frame[k] || !t.word) return false;
    if (t.lower === 'that') return true;
  }
  return false;
}

/**
 * "Party guests may even say …", "retailers might think …", "the author could write: …": a cue after a modal of
 * possibility or advice reports nothing anyone said (hypothetical words, the annotation guide's non-speech).
 */
function hypothetical(unit: QuoteUnit, first: number): boolean {
  let i = first - 1;
  while (i >= 0 && unit.tokens[i]?.word && (HYPOTHETICAL_SKIPPABLE.has(unit.tokens[i]?.lower ?? '') || /^[a-z]{3,}ly$/.test(unit.tokens[i]?.text ?? ''))) i--;
  return i >= 0 && !!unit.tokens[i]?.word && HYPOTHETICAL_MODALS.has(unit.tokens[i]?.lower ?? '');
}

/** Words after "As noted" that point into the text itself ("As noted above", "As explained earlier"). */
const DISCOURSE_PLACES: ReadonlySet<string> = new Set(['above', 'below', 'earlier', 'before', 'previously', 'here', 'elsewhere', 'later']);

function acceptable(unit: QuoteUnit, entry: CueEntry, first: number, last: number): boolean {
  const before = precedingWord(unit, first);
  const beforeTok = unit.tokens[first - 1];
  const after = unit.tokens[last + 1];
  if (entry.frame === 'source') return true;
  if (entry.lemma === 'say' && entry.tense === 'participle' && entry.form === 'quoted as saying') return true;
  if (before && DETERMINERS.has(before) && before !== 'that') return false;
  if (before && /'s$/.test(before) && entry.lemma !== 'read') return false;
  if (before && PASSIVE.has(before) && entry.lemma !== 'continue') return false;
  if (entry.tense === 'base' && !(before && MODALS.has(before)) && !pluralSubjectBefore(unit, first)) return false;
  if (entry.tense === 'base' && before === 'to') return false; // "to say", "wants to add": intentions, not reports
  if (entry.tense === 'base' && hypothetical(unit, first)) return false;
  // "Having said that,", "That said,", "As noted above,": the writer's discourse markers, not reports.
  if (before === 'having' && after && /^(?:that|this)$/.test(after.lower)) return false;
  if (before === 'as' && entry.tense === 'past' && (!after || !after.word || DISCOURSE_PLACES.has(after.lower))) return false;
  if (after && after.word && after.lower === 'to' && entry.lemma !== 'tell' && entry.lemma !== 'say') return false; // "continued to rise"
  if (after && after.word && (after.lower === 'by' || after.lower === 'off')) return false; // "charged by", "told off"
  if (beforeTok && beforeTok.word && /^(so-called|self)$/.test(beforeTok.lower)) return false;
  // "Wireless Charging Case", "CDC WONDER data": a capitalised cue word after another word is part of a name, not a verb.
  const own = unit.tokens[first];
  if (own && own.cap && beforeTok && beforeTok.word && unit.frame[first - 1]) return false;
  // "a USB-C charging cable", "charged the battery": "charge" reports speech only with its clause ("charged that …") or as a tag.
  if (entry.lemma === 'charge' && after && after.word && !(after.lower === 'that' || ((CLAUSE_GAP_OPENERS.has(after.lower) || after.cap) && thatFollows(unit, last)))) return false;
  // "said" as an adjective: "the said agreement"
  return true;
}

/**
 * A speech tag with a verb outside the lexicon: right after a closing mark and its comma, a
 * pronoun or one to three capitalised words, then one past-tense verb ending the sentence
 * ("“…,” Fridman began.", "“…,” she shrugged."). The tag's shape, not the verb, says it is speech.
 */
function tagCue(unit: QuoteUnit): Cue | null {
  const toks = unit.tokens;
  for (let i = 1; i < toks.length; i++) {
    const comma = toks[i];
    if (!comma || comma.text !== ',' || unit.frame[i] || unit.frame[i + 1] !== false) continue;
    // the comma inside the closing mark: "…,” X verbed."
    let j = i + 2;
    const first = j;
    const t0 = toks[j];
    if (!t0 || !unit.frame[j]) continue;
    if (/^(he|she|they)$/.test(t0.lower)) j++;
    else while (j < toks.length && j - first < 3 && toks[j]?.cap && unit.frame[j]) j++;
    const verb = toks[j];
    const end = toks[j + 1];
    if (j === first || !verb || !verb.word || verb.cap || !unit.frame[j] || !/^(?:[a-z]{3,}ed|began)$/.test(verb.lower) || CUES.has(verb.lower)) continue;
    if (end && !/^[.!?]$/.test(end.text)) continue;
    const entry: CueEntry = { form: verb.lower, lemma: verb.lower, tense: 'past', frame: 'tag' };
    return { entry, first: j, last: j, text: verb.text };
  }
  return null;
}

/** Every acceptable cue in the unit's frame, in order. */
export function findCues(unit: QuoteUnit): Cue[] {
  const out: Cue[] = [];
  const toks = unit.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || !t.word || !unit.frame[i] || !CUE_FIRST_WORDS.has(t.lower)) continue;
    let matched: Cue | null = null;
    let phrase = '';
    for (let n = 0, j = i; n < MAX_CUE_WORDS && j < toks.length; n++, j++) {
      const tj = toks[j];
      if (!tj || !tj.word || !unit.frame[j]) break;
      phrase = n === 0 ? tj.lower : `${phrase} ${tj.lower}`;
      const entry = CUES.get(phrase);
      if (entry && acceptable(unit, entry, i, j)) {
        matched = { entry, first: i, last: j, text: '' };
      }
    }
    if (matched) {
      const a = toks[matched.first];
      const b = toks[matched.last];
      matched.text = a && b ? unit.tokens.slice(matched.first, matched.last + 1).map((x) => x.text).join(' ') : phrase;
      out.push(matched);
      i = matched.last;
    }
  }
  const tag = tagCue(unit);
  if (tag && !out.some((c) => c.first <= tag.last && c.last >= tag.first)) {
    out.push(tag);
    out.sort((a, b) => a.first - b.first);
  }
  return out;
}
