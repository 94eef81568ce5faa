/**
 * Which way an undated day or month points: to the past, the future, or whichever is
 * nearer. Future cues ("will", "upcoming", "to take part in") near the date win over past
 * verbs in the sentence: "he accepted the invitation to take part in the 9 May
 * celebrations" is about the coming 9 May.
 */
import type { Token } from './Tokens.ts';

export type Direction = 'past' | 'future' | 'nearest';

/** Future cues: modal and scheduling words of news English. */
const FUTURE_CUES = new Set(['will', '’ll', "'ll", 'upcoming', 'coming', 'next', 'scheduled', 'planned', 'plans', 'plan', 'invitation', 'invited', 'expected', 'due', 'set', 'slated', 'forthcoming', 'shall', 'attend', 'ahead']);
/** Irregular past forms common in news; regular ones are spotted by their "-ed". */
const PAST_FORMS = new Set(['was', 'were', 'had', 'met', 'said', 'held', 'took', 'made', 'went', 'came', 'told', 'gave', 'saw', 'began', 'left', 'sent', 'won', 'lost', 'led', 'spoke', 'wrote', 'became', 'thought', 'brought', 'found', 'felt', 'kept', 'paid', 'ran', 'stood', 'struck', 'fell', 'broke', 'chose', 'drew', 'flew', 'got', 'hit', 'knew', 'put', 'read', 'rose', 'set', 'shot', 'sold', 'spent', 'took', 'did', 'haven’t', "haven't", 'hasn’t', "hasn't", 'didn’t', "didn't"]);

/** Tokens before and after the date inspected for future cues: a clause's reach in dev sentences. */
const CUE_WINDOW_BEFORE = 10;
const CUE_WINDOW_AFTER = 6;

export function directionAt(tokens: readonly Token[], first: number, last: number, sentence: readonly [number, number]): Direction {
  for (let i = Math.max(sentence[0], first - CUE_WINDOW_BEFORE); i <= Math.min(sentence[1], last + CUE_WINDOW_AFTER); i++) {
    const t = tokens[i] as Token;
    if (i >= first && i <= last) continue;
    if (FUTURE_CUES.has(t.text.toLowerCase())) return 'future';
    if (t.text.toLowerCase() === 'to' && tokens[i + 1]?.pos === 'VERB' && i < first) return 'future';
  }
  for (let i = sentence[0]; i <= sentence[1]; i++) {
    const t = tokens[i] as Token;
    const lower = t.text.toLowerCase();
    if ((t.pos === 'VERB' || t.pos === 'AUX') && (PAST_FORMS.has(lower) || (/ed$/.test(lower) && lower !== t.lemma))) return 'past';
    if (lower === 'ago' || lower === 'last' || lower === 'earlier') return 'past';
  }
  return 'nearest';
}
