/**
 * Which way an undated day or month points: to the past, the future, or whichever is
 * nearer. Future cues ("will", "upcoming", "to take part in") near the date win over past
 * verbs in the sentence: "he accepted the invitation to take part in the 9 May
 * celebrations" is about the coming 9 May. A present-tense auxiliary nearest the date makes it
 * `present` ("the firm has until March 10"), unless a comparison lies between ("support is up
 * from 66% in January") or it opens a perfect ("has met").
 */
import type { Token } from './Tokens.ts';

/** `present`: the nearest tense marker is a present-tense auxiliary ("he has until March 10"); see pickYear. */
export type Direction = 'past' | 'future' | 'nearest' | 'present';

/** Future cues: modal and scheduling words of news English. */
const FUTURE_CUES = new Set(['will', '’ll', "'ll", 'would', 'could', 'might', 'may', 'upcoming', 'coming', 'next', 'scheduled', 'planned', 'plans', 'plan', 'invitation', 'invited', 'expected', 'due', 'set', 'slated', 'forthcoming', 'shall', 'attend']);
/** A cue right after one of these is itself in the past ("were due to", "was expected"). */
const PAST_AUX = new Set(['was', 'were', 'had', 'been']);
/** Irregular past forms common in news; regular ones are spotted by their "-ed". */
const PAST_FORMS = new Set(['was', 'were', 'had', 'met', 'said', 'held', 'took', 'made', 'went', 'came', 'told', 'gave', 'saw', 'began', 'left', 'sent', 'won', 'lost', 'led', 'spoke', 'wrote', 'became', 'thought', 'brought', 'found', 'felt', 'kept', 'paid', 'ran', 'stood', 'struck', 'fell', 'broke', 'chose', 'drew', 'flew', 'got', 'hit', 'knew', 'put', 'read', 'rose', 'set', 'shot', 'sold', 'spent', 'took', 'did', 'haven’t', "haven't", 'hasn’t', "hasn't", 'didn’t', "didn't"]);

/** Present-tense auxiliaries: the nearest one before a date makes its clause present ("the city has until March 10"). */
const PRESENT_AUX = new Set(['is', 'are', 'am', '’s', "'s", 'has', 'have', '’re', "'re"]);
/** Words that compare with an earlier time: after a present tense they point back ("support is up from 66% in January"). */
const BACKWARD_WORDS = new Set(['from', 'than', 'compared', 'since', 'versus']);
/** Words between "has" and its participle ("has not yet met"). */
const PERFECT_GAP = new Set(['not', 'never', 'already', 'also', 'yet', 'just', 'since', 'n’t', "n't"]);

/** "has met", "have not been": a present perfect tells of the past. */
function perfect(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && PERFECT_GAP.has((tokens[j] as Token).lower)) j++;
  const next = tokens[j];
  return next !== undefined && (next.lower === 'been' || isPast(next));
}

/** Tokens before and after the date inspected for future cues: a clause's reach in dev sentences. */
const CUE_WINDOW_BEFORE = 15;

export function directionAt(tokens: readonly Token[], first: number, last: number, sentence: readonly [number, number]): Direction {
  // Walk back from the date: the nearest tense marker decides ("who announced Wednesday" is past even
  // after "could"; "he would step down in November" is future even in a past-tense report).
  let backwards = false;
  for (let i = first - 1; i >= Math.max(sentence[0], first - CUE_WINDOW_BEFORE); i--) {
    const t = tokens[i] as Token;
    const lower = t.lower;
    const before = tokens[i - 1]?.lower ?? '';
    // Capitalised, "May" is the month ("on May 8 and 27 March"), not the modal.
    if (FUTURE_CUES.has(lower) && !PAST_AUX.has(before) && t.text !== 'May') return 'future';
    // "ahead of Tuesday's vote": what is ahead is to come.
    if (lower === 'ahead' && tokens[i + 1]?.lower === 'of') return 'future';
    // "is to restore", "with more to come": the British "be to" and "to come" are future.
    if ((lower === 'to' && PRESENT_AUX.has(before)) || (lower === 'come' && before === 'to')) return 'future';
    if (isPast(t) && !attributive(tokens, i)) return 'past';
    if (PRESENT_AUX.has(lower) && t.pos === 'AUX') return backwards || perfect(tokens, i) ? 'past' : 'present';
    if (BACKWARD_WORDS.has(lower)) backwards = true;
  }
  for (let i = sentence[0]; i <= sentence[1]; i++) {
    const t = tokens[i] as Token;
    const lower = t.lower;
    if ((isPast(t) && !attributive(tokens, i)) || lower === 'ago' || lower === 'last' || lower === 'earlier') return 'past';
  }
  return 'nearest';
}

/** "a pirate-themed trail", "the revised plan": an "-ed" form before a noun describes it; it tells no tense. */
function attributive(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') && /^\p{L}/u.test(next.text) && !PAST_FORMS.has((tokens[i] as Token).lower);
}

function isPast(t: Token): boolean {
  const lower = t.lower;
  return (t.pos === 'VERB' || t.pos === 'AUX') && (PAST_FORMS.has(lower) || (/ed$/.test(lower) && lower !== t.lemma));
}
