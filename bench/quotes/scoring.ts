/**
 * Quote scoring shared by the benchmark and its gate: the Gender Gap Tracker's metric.
 * A gold quote is found when a predicted quote overlaps more than `threshold` of the
 * gold span (30% and 80%); precision counts predictions that overlap some gold quote by
 * the same rule. Scare quotes are not speech: they are left out of both sides, and a
 * prediction with a speaker over a gold scare quote is counted as an error (unless a gold
 * speech quote contains the scare quote; `scareWithSpeakerAny` counts those too).
 */
import type { Quote, QuoteKind } from '../../src/model/records.ts';

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speakerMention: string | null;
  speaker: string | null;
  cue: string | null;
  via: string[];
}

export interface Counts {
  gold: number;
  predicted: number;
  /** Gold quotes found. */
  found: number;
  /** Predictions matching some gold quote. */
  correct: number;
  /** Found quotes whose gold speaker is known, and of those, named right by the prediction. */
  speakerScored: number;
  speakerRight: number;
  /** Gold scare quotes, and predictions over them that carry a speaker. */
  scareGold: number;
  /**
   * Scare quotes given a speaker by a prediction, leaving out those inside a gold speech quote: the
   * annotation guide makes a reported clause with scare quotes in it one indirect quote, so a speaker
   * on the prediction covering that clause is right, not a scare quote attributed.
   */
  scareWithSpeaker: number;
  /** The same count over every gold scare quote, those inside gold speech quotes included (the stricter, older count). */
  scareWithSpeakerAny: number;
}

export const THRESHOLDS = [0.3, 0.8] as const;

export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, found: 0, correct: 0, speakerScored: 0, speakerRight: 0, scareGold: 0, scareWithSpeaker: 0, scareWithSpeakerAny: 0 };
}

function overlap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Titles, and generational suffixes ("William H. Pryor, Jr." is William H. Pryor), left out of name comparison. */
const NAME_NOISE = /\b(the|mr|mrs|ms|dr|sen|rep|gov|president|minister|jr|sr|ii|iii)\b\.?/g;

export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/['’]s\b/g, '').replace(NAME_NOISE, ' ').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The initials of a name's capitalised words ("U.S. Department of Agriculture" → "USDA"). */
function initials(name: string): string {
  return name.replace(/\./g, ' ').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** One name is the other's acronym ("USDA" and "U.S. Department of Agriculture"): the same organisation. */
function acronymOf(short: string, long: string): boolean {
  const s = short.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(s) && initials(long).length >= 2 && initials(long) === s;
}

/** Same person or organisation: equal normalised names, one's last word is the other's whole name (surname match), or an acronym of the other. */
export function sameSpeaker(predicted: string | null, gold: string): boolean {
  if (!predicted) return false;
  if (acronymOf(predicted.trim(), gold) || acronymOf(gold.trim(), predicted)) return true;
  const p = normaliseName(predicted);
  const g = normaliseName(gold);
  if (!p || !g) return false;
  if (p === g) return true;
  const pl = p.split(' ');
  const gl = g.split(' ');
  return pl[pl.length - 1] === g || gl[gl.length - 1] === p || (pl.length > 1 && gl.length > 1 && pl[pl.length - 1] === gl[gl.length - 1] && pl[0]?.[0] === gl[0]?.[0]) || p.endsWith(` ${g}`) || g.endsWith(` ${p}`);
}

/** Scores one article's predictions at one threshold; `kinds` restricts the gold side (per-kind recall). */
export function scoreArticle(gold: readonly GoldQuote[], predicted: readonly Quote[], threshold: number, kinds?: ReadonlySet<QuoteKind>): Counts {
  const c = emptyCounts();
  const speech = gold.filter((g) => g.kind !== 'scare');
  const wanted = kinds ? speech.filter((g) => kinds.has(g.kind)) : speech;
  const preds = predicted.filter((p) => p.kind !== 'scare');
  c.gold = wanted.length;
  c.predicted = kinds ? preds.filter((p) => kinds.has(p.kind)).length : preds.length;
  for (const g of wanted) {
    const span: [number, number] = [g.start, g.end];
    const len = Math.max(1, g.end - g.start);
    let best: Quote | null = null;
    let bestOverlap = 0;
    for (const p of preds) {
      const o = overlap(span, p.span);
      if (o > bestOverlap) {
        best = p;
        bestOverlap = o;
      }
    }
    if (!best || bestOverlap / len <= threshold) continue;
    c.found++;
    if (g.speaker) {
      c.speakerScored++;
      if (sameSpeaker(best.speaker, g.speaker)) c.speakerRight++;
    }
  }
  const predsScored = kinds ? preds.filter((p) => kinds.has(p.kind)) : preds;
  for (const p of predsScored) {
    if (speech.some((g) => overlap([g.start, g.end], p.span) / Math.max(1, g.end - g.start) > threshold)) c.correct++;
  }
  for (const g of gold.filter((x) => x.kind === 'scare')) {
    c.scareGold++;
    if (!predicted.some((p) => p.speaker && overlap([g.start, g.end], p.span) > 0 && overlap([g.start, g.end], p.span) >= (g.end - g.start) * 0.5)) continue;
    c.scareWithSpeakerAny++;
    if (!speech.some((q) => q.start <= g.start && q.end >= g.end)) c.scareWithSpeaker++;
  }
  return c;
}

export function add(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as (keyof Counts)[]) out[k] = a[k] + b[k];
  return out;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
}

export function scores(c: Counts): Scores {
  const precision = c.predicted ? c.correct / c.predicted : 0;
  const recall = c.gold ? c.found / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, speakerAccuracy: c.speakerScored ? c.speakerRight / c.speakerScored : 0 };
}
