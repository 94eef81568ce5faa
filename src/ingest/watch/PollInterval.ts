/**
 * How long until a feed is polled again: a fraction of the median gap between its recent
 * items' publication times, bounded; without dates, shorten after news and lengthen after
 * silence; back off on errors.
 */
import { WATCH_GAP_FRACTION, WATCH_RHYTHM_SAMPLES } from '../constants.ts';

export interface IntervalBounds {
  minMs: number;
  maxMs: number;
}

function clamp(ms: number, bounds: IntervalBounds): number {
  return Math.round(Math.min(bounds.maxMs, Math.max(bounds.minMs, ms)));
}

/** Keeps the most recent distinct publication times, newest last. */
export function mergePublishTimes(known: readonly string[], fresh: readonly (string | null)[]): string[] {
  const all = new Set([...known, ...fresh.filter((t): t is string => t !== null)]);
  return [...all].sort().slice(-WATCH_RHYTHM_SAMPLES);
}

function medianGapMs(times: readonly string[]): number | null {
  const stamps = times.map((t) => Date.parse(t)).filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
  const gaps = stamps.slice(1).map((t, i) => t - (stamps[i] ?? t)).filter((g) => g > 0).sort((a, b) => a - b);
  if (gaps.length === 0) return null;
  return gaps[Math.floor(gaps.length / 2)] ?? null;
}

export function nextInterval(previousMs: number, publishTimes: readonly string[], newItems: number, bounds: IntervalBounds): number {
  const gap = medianGapMs(publishTimes);
  if (gap !== null) return clamp(gap * WATCH_GAP_FRACTION, bounds);
  return clamp(newItems > 0 ? previousMs / 2 : previousMs * 1.5, bounds);
}

/** After a failed poll: double the wait (the previous wait already holds earlier doublings), bounded. */
export function errorInterval(previousMs: number, bounds: IntervalBounds): number {
  return clamp(Math.max(previousMs, bounds.minMs) * 2, bounds);
}
