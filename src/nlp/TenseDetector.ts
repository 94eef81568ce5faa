/**
 * Which way an undated day or month points: to the past, the future, or whichever is
 * nearer. Future cues ("will", "upcoming", "to take part in") near the date win over past
 * verbs in the sentence: "he accepted the invitation to take part in the 9 May
 * celebrations" is about the coming 9 May.
 */
import type { Token } from './Tokens.ts';

export type Direction = 'past' | 'future' | 'nearest';

/** Future cues: modal and scheduling words of news English. */
const FUTURE_CUES = new Set(['will', '’ll', "'ll", 'would', 'could', 'might', 'may', 'upcoming', 'coming', 'next', 'scheduled', 'planned', 'plans', 'plan', 'invitation', 'invited', 'expected', 'due', 'set', 'slated', 'forthcoming', 'shall', 'attend']);
/** A cue right after one of these is itself in the past ("were due to", "was expected"). */
const PAST_AUX = new Set(['was', 'were', 'had', 'been']);
/** Irregular past forms common in news; regular ones are spotted by their "-ed". */
const PAST_FORMS = new Set(['was', 'were', 'had', 'met', 'said', 'held', 'took', 'made', 'went', 'came', 'told', 'gave', 'saw', 'began', 'left', 'sent', 'won', 'lost', 'led', 'spoke', 'wrote', 'became', 'thought', 'brought', 'found', 'felt', 'kept', 'paid', 'ran', 'stood', 'struck', 'fell', 'broke', 'chose', 'drew', 'flew', 'got', 'hit', 'knew', 'put', 'read', 'rose', 'set', 'shot', 'sold', 'spent', 'took', 'did', 'haven’t', "haven't", 'hasn’t', "hasn't", 'didn’t', "didn't"]);

/** Tokens before and after the date inspected for future cues: a clause's reach in dev sentences. */
const CUE_WINDOW_BEFORE = 15;

export function directionAt(tokens: readonly Token[], first: number, last: number, sentence: readonly [number, number]): Direction {
  // Walk back from the date: the nearest tense marker decides ("who announced Wednesday" is past even
  // after "could"; "he would step down in November" is future even in a past-tense report).
  for (let i = first - 1; i >= Math.max(sentence[0], first - CUE_WINDOW_BEFORE); i--) {
    const t = tokens[i] as Token;
    const lower = t.lower;
    if (FUTURE_CUES.has(lower) && !PAST_AUX.has(tokens[i - 1]?.lower ?? '')) return 'future';
    if (isPast(t) && !attributive(tokens, i)) return 'past';
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
