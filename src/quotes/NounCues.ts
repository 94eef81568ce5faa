/**
 * Reported speech introduced by a noun rather than a verb: "following Mr Smith's warning that …",
 * "repeated his accusation that …", "went public with an allegation that …". The speaker is the
 * noun's possessor, or the sentence's subject when a verb of issuing puts the noun forward; the
 * clause after "that" is the indirect quote (ClauseFinder.ts reads it like a verb cue's).
 */
import type { Attribution } from './AttributionFinder.ts';
import { mainSubject } from './AttributionFinder.ts';
import type { Cue } from './CueFinder.ts';
import { POSSESSED_ONLY_SPEECH_NOUNS, SPEECH_NOUN_VERBS, SPEECH_NOUNS } from './lexicon/cues.ts';
import { COMMON_VERBS, TITLE_WORDS } from './lexicon/words.ts';
import type { Mention } from './Mention.ts';
import type { QuoteUnit } from './QuoteUnit.ts';
import { subjectBefore } from './SubjectFinder.ts';

/** Most adjectives between a possessor or article and the speech noun ("his repeated, unfounded accusation" has two). */
const MAX_ADJECTIVES = 2;

const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);

/** "that" followed by a verb opens a relative clause ("a warning that was ignored"), not a reported one. */
function opensRelative(unit: QuoteUnit, k: number): boolean {
  const t = unit.tokens[k];
  if (!t || !t.word || !unit.frame[k]) return true;
  return COMMON_VERBS.has(t.lower) || /^\p{Ll}+ed$/u.test(t.text);
}

/** The possessor ending at token `k` ("Mr Smith’s", "the ministry's"), without the "’s". */
function namedPossessor(unit: QuoteUnit, k: number): Mention | null {
  const t = unit.tokens[k];
  if (!t || !t.word || !/['’]s$/.test(t.text) || !t.cap) return null;
  let first = k;
  while (first > 0 && first > k - 5) {
    const p = unit.tokens[first - 1];
    if (!p || !p.word || !unit.frame[first - 1] || !(p.cap || TITLE_WORDS.has(p.lower))) break;
    first--;
  }
  while (first < k && !unit.tokens[first]?.cap) first++;
  const a = unit.tokens[first];
  if (!a) return null;
  const span: [number, number] = [a.start, t.end - 2];
  return { span, text: '', kind: 'name', first, last: k };
}

/** The speaker of the speech noun at `n`, whose modifiers start at `m` (the first adjective, or `n`). */
function speakerOf(unit: QuoteUnit, n: number, m: number, text: string): Mention | null {
  const before = unit.tokens[m - 1];
  if (!before || !before.word || !unit.frame[m - 1]) return null;
  const pronoun = POSSESSIVE_PRONOUNS.get(before.lower);
  if (pronoun) return { span: [before.start, before.end], text: pronoun, kind: 'pronoun', first: m - 1, last: m - 1 };
  const named = namedPossessor(unit, m - 1);
  if (named) return { ...named, text: text.slice(named.span[0], named.span[1]) };
  if (POSSESSED_ONLY_SPEECH_NOUNS.has(unit.tokens[n]?.lower ?? '')) return null;
  // "repeated an accusation that …", "went public with an allegation that …": the sentence's subject.
  if (!/^(?:a|an|the)$/.test(before.lower)) return null;
  const verb = unit.tokens[m - 2];
  if (!verb || !verb.word || !unit.frame[m - 2] || !SPEECH_NOUN_VERBS.has(verb.lower)) return null;
  // The subject stands before the verb, or before the verb and its particle ahead of "with" ("went public with").
  const reach = verb.lower === 'with' ? 3 : 1;
  for (let k = m - 2; k >= Math.max(1, m - 2 - reach); k--) {
    if (!unit.tokens[k]?.word || !unit.frame[k]) break;
    const found = subjectBefore(unit, k, text);
    if (found) return found;
  }
  const subject = mainSubject(unit, m - 2, text);
  return subject && subject.last < m - 2 ? subject : null;
}

/** Attributions whose cue is a speech noun followed by "that" and a clause. */
export function findNounCueAttributions(unit: QuoteUnit, text: string): Attribution[] {
  const out: Attribution[] = [];
  const toks = unit.tokens;
  for (let n = 1; n + 2 < toks.length; n++) {
    const t = toks[n];
    if (!t || !t.word || !unit.frame[n] || !SPEECH_NOUNS.has(t.lower)) continue;
    if (toks[n + 1]?.lower !== 'that' || !unit.frame[n + 1] || opensRelative(unit, n + 2)) continue;
    let m = n;
    while (m > 0 && n - m < MAX_ADJECTIVES && /^\p{Ll}+$/u.test(toks[m - 1]?.text ?? '') && !POSSESSIVE_PRONOUNS.has(toks[m - 1]?.lower ?? '') && !/^(?:a|an|the)$/.test(toks[m - 1]?.lower ?? '')) m--;
    const subject = speakerOf(unit, n, m, text);
    if (!subject) continue;
    const cue: Cue = { entry: { form: t.lower, lemma: t.lower, tense: 'past', frame: 'plain' }, first: n, last: n, text: t.text };
    out.push({ cue, subject, order: 'main' });
  }
  return out;
}
