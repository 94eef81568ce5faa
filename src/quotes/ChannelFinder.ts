/**
 * Finds the channel (`via`) an attribution credits: the medium told ("told state news
 * agency TASS" → "TASS"), interviewed by ("in an interview with TASS"), a platform
 * ("wrote on X" → "X"), a relay ("…, according to RFE/RL's Armenian"), or, when no
 * medium is named, the kind of text ("in a statement" → "statement"; see CHANNEL_KINDS).
 */
import { AUDIENCES, CHANNEL_KINDS, DETERMINERS, MEDIA_DESCRIPTORS, NP_STOPPERS, PLATFORMS } from './lexicon/words.ts';
import type { Cue } from './CueFinder.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

/** Capitalised words from `i` on, as written, stopping at punctuation or a lower-case stop word. */
function namedRun(unit: QuoteUnit, i: number): { text: string; end: number } {
  const toks = unit.tokens;
  const parts: string[] = [];
  let j = i;
  for (; j < toks.length; j++) {
    const t = toks[j];
    if (!t || !t.word || !unit.frame[j]) break;
    if (NP_STOPPERS.has(t.lower) && t.lower !== 'at') break;
    if (!t.cap && !MEDIA_DESCRIPTORS.has(t.lower)) break;
    parts.push(t.text);
    if (/['’]s$/.test(t.text) && !MEDIA_DESCRIPTORS.has(toks[j + 1]?.lower ?? '')) {
      j++;
      break;
    }
  }
  return { text: parts.join(' '), end: j };
}

/** The medium's own name from a phrase such as "state news agency TASS" or "the TASS news agency". */
function mediumName(phrase: string): string | null {
  const words = phrase.split(' ').filter((w) => !MEDIA_DESCRIPTORS.has(w.toLowerCase()));
  if (words.length === 0) return null;
  const name = words.join(' ').replace(/['’]s$/, '');
  if (!/^[\p{Lu}\p{N}]/u.test(name) || AUDIENCES.has(name.toLowerCase())) return null;
  return name;
}

function kindAt(unit: QuoteUnit, i: number): string | null {
  // (in|at|during|via) [det|possessive] [up to two modifiers] KIND
  const toks = unit.tokens;
  for (let n = 1; n <= 4; n++) {
    const one = toks[i + n];
    if (!one || !one.word || !unit.frame[i + n]) return null;
    const two = toks[i + n + 1];
    const pair = two && two.word ? `${one.lower} ${two.lower}` : '';
    if (pair && CHANNEL_KINDS.has(pair)) return CHANNEL_KINDS.get(pair) ?? null;
    if (CHANNEL_KINDS.has(one.lower) && !(two && two.word && CHANNEL_KINDS.has(`${one.lower} ${two.lower}`))) {
      const afterKind = toks[i + n + 1];
      if (afterKind && afterKind.word && afterKind.lower === 'with') return null; // "an interview with X" is named below
      return CHANNEL_KINDS.get(one.lower) ?? null;
    }
    if (n === 1 && !(DETERMINERS.has(one.lower) || /['’]s$/.test(one.text))) return null;
  }
  return null;
}

/** Channels credited in the unit, named media first, then relays. */
export function findChannels(unit: QuoteUnit, cues: readonly Cue[]): string[] {
  const named: string[] = [];
  const kinds: string[] = [];
  const relays: string[] = [];
  const toks = unit.tokens;
  const speechCues = cues.filter((c) => c.entry.frame !== 'source');
  for (const cue of speechCues) {
    // "put out a statement saying …": the text named just before a participle is the channel.
    const before = toks[cue.first - 1];
    if (cue.entry.tense === 'participle' && before && before.word && CHANNEL_KINDS.has(before.lower)) kinds.push(CHANNEL_KINDS.get(before.lower) ?? before.lower);
    if (cue.entry.lemma !== 'tell') continue;
    const run = namedRun(unit, cue.last + 1);
    const name = run.text ? mediumName(run.text) : null;
    if (name) named.push(name);
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || !t.word || !unit.frame[i]) continue;
    if ((t.lower === 'interview' || t.lower === 'interviews') && toks[i + 1]?.lower === 'with') {
      const name = mediumName(namedRun(unit, i + 2).text);
      if (name) named.push(name);
    }
    if ((t.lower === 'on' || t.lower === 'to' || t.lower === 'via') && speechCues.length > 0) {
      const next = toks[i + 1];
      const two = next && toks[i + 2]?.word ? `${next.lower} ${toks[i + 2]?.lower}` : '';
      if (two && PLATFORMS.has(two)) named.push(`${next?.text} ${toks[i + 2]?.text}`);
      else if (next && next.word && next.cap && PLATFORMS.has(next.lower)) named.push(next.text);
    }
    if ((t.lower === 'in' || t.lower === 'at' || t.lower === 'during' || t.lower === 'via') && speechCues.length > 0) {
      const kind = kindAt(unit, i);
      if (kind) kinds.push(kind);
    }
  }
  for (const cue of cues) {
    if (cue.entry.frame !== 'source') continue;
    if (!speechCues.some((c) => c.first < cue.first)) continue;
    let j = cue.last + 1;
    if (toks[j]?.lower === 'the') j++;
    const parts: string[] = [];
    for (; j < toks.length; j++) {
      const t = toks[j];
      if (!t || !t.word || !unit.frame[j] || !(t.cap || MEDIA_DESCRIPTORS.has(t.lower))) break;
      parts.push(t.text);
    }
    if (parts.length > 0) relays.push(parts.join(' '));
  }
  const out = [...new Set(named.length > 0 ? named : kinds)];
  for (const r of relays) if (!out.includes(r)) out.push(r);
  return out;
}
