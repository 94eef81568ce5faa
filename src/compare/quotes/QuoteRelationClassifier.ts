/**
 * Decides whether two quotes render the same statement, and how: the same words (verbatim), one
 * a cut of the other (excerpt), another English translation of the same original
 * (retranslation), or reported speech of it (paraphrase). Returns null when they are not
 * linked. Propose-then-refine: the candidate pairs come from `QuoteCandidatePairs`.
 */
import {
  EXCERPT_MIN_CONTENT_WORDS,
  EXCERPT_OVERLAP_MIN_RUN,
  EXCERPT_OVERLAP_MIN_RUN_UNKNOWN_SPEAKER,
  FAMILY_MIN_CONTENT_WORDS,
  FAMILY_MIN_CONTENT_WORDS_UNKNOWN_SPEAKER,
  INDIRECT_PAIR_MIN_SHARED_SHARE,
  NEGATIONS,
  NEGATION_CHECK_MAX_WORDS,
  INDIRECT_PAIR_MIN_SHARED_WORDS,
  PARAPHRASE_MIN_SHARED_SHARE,
  PARAPHRASE_MIN_SHARED_WORDS,
  RELATED_RENDERING_MAX_DAYS,
  RETRANSLATION_MIN_ALIGNED_SHARE,
  RETRANSLATION_MIN_ALIGNED_WORDS,
} from '../constants.ts';
import { daysApart } from '../PublicationTime.ts';
import { indexOfRun, intersectionSize, lcsLength, suffixPrefixOverlap } from '../words/ContentWords.ts';
import { isDirect, type PreparedQuote } from './PreparedQuote.ts';
import { speakerAgreement } from './SpeakerMatcher.ts';

export type LinkRelation = 'verbatim' | 'excerpt' | 'retranslation' | 'paraphrase';

export interface QuoteLink {
  a: number;
  b: number;
  relation: LinkRelation;
  /** Strength in [0, 1]: an indirect quote keeps only its strongest link to a direct one (QuoteLinkRefiner). */
  score: number;
}

/** Whether a quote may take part in families at all. Scare quotes are labels, never statements. */
export function isFamilyCandidate(q: PreparedQuote): boolean {
  return q.kind !== 'scare' && q.stems.length >= FAMILY_MIN_CONTENT_WORDS;
}

export function classifyPair(a: PreparedQuote, b: PreparedQuote): QuoteLink | null {
  if (!isFamilyCandidate(a) || !isFamilyCandidate(b)) return null;
  const agreement = speakerAgreement(a.speaker, b.speaker);
  if (agreement === 'different') return null;
  const link = (relation: LinkRelation, score: number): QuoteLink => ({ a: a.ref, b: b.ref, relation, score });

  if (isDirect(a) && isDirect(b)) {
    const minContent = agreement === 'same' ? FAMILY_MIN_CONTENT_WORDS : FAMILY_MIN_CONTENT_WORDS_UNKNOWN_SPEAKER;
    const [short, long] = a.stems.length <= b.stems.length ? [a, b] : [b, a];
    if (short.stems.length < minContent) return null;
    if (sameSequence(a.stems, b.stems) || a.compact.join('') === b.compact.join('')) return link('verbatim', 1);
    if (short.stems.length < EXCERPT_MIN_CONTENT_WORDS) return null;
    if (isExcerptOf(short, long) || isCompactExcerptOf(short, long)) return link('excerpt', short.stems.length / long.stems.length);
    const run = edgeOverlap(a, b);
    if (run >= (agreement === 'same' ? EXCERPT_OVERLAP_MIN_RUN : EXCERPT_OVERLAP_MIN_RUN_UNKNOWN_SPEAKER)) {
      return link('excerpt', run / short.stems.length);
    }
    if (agreement !== 'same' || !closeInTime(a, b)) return null;
    if (short.stems.length <= NEGATION_CHECK_MAX_WORDS && negated(a) !== negated(b)) return null;
    const aligned = lcsLength(a.stems, b.stems);
    const share = aligned / short.stems.length;
    if (aligned >= RETRANSLATION_MIN_ALIGNED_WORDS && share >= RETRANSLATION_MIN_ALIGNED_SHARE) return link('retranslation', share);
    return null;
  }

  // Reported speech needs a named speaker: without one, shared topic words are not evidence.
  if (agreement !== 'same' || !closeInTime(a, b)) return null;
  if (isDirect(a) || isDirect(b)) {
    const [indirect, direct] = isDirect(a) ? [b, a] : [a, b];
    const shared = intersectionSize(indirect.stemSet, direct.stemSet);
    const share = shared / indirect.stemSet.size;
    return shared >= PARAPHRASE_MIN_SHARED_WORDS && share >= PARAPHRASE_MIN_SHARED_SHARE ? link('paraphrase', share) : null;
  }
  const shared = intersectionSize(a.stemSet, b.stemSet);
  const share = shared / Math.min(a.stemSet.size, b.stemSet.size);
  return shared >= INDIRECT_PAIR_MIN_SHARED_WORDS && share >= INDIRECT_PAIR_MIN_SHARED_SHARE ? link('paraphrase', share) : null;
}

/**
 * Spelling-tolerant excerpt test: each segment's letters, in order, inside the other's ("e-mail"
 * vs "email"). Letters run together hide word boundaries, so a short cut must also agree with
 * the longer rendering on carrying a negation.
 */
export function isCompactExcerptOf(short: PreparedQuote, long: PreparedQuote): boolean {
  if (short.stems.length <= NEGATION_CHECK_MAX_WORDS && negated(short) !== negated(long)) return false;
  const haystack = long.compact.join('');
  let from = 0;
  for (const segment of short.compact) {
    const at = haystack.indexOf(segment, from);
    if (at < 0) return false;
    from = at + segment.length;
  }
  return true;
}

/** Longest run of content stems where an excerpt segment of one ends as a segment of the other begins (not right after a negation). */
export function edgeOverlap(a: PreparedQuote, b: PreparedQuote): number {
  const overlap = (tail: readonly string[], head: readonly string[]): number => {
    const k = suffixPrefixOverlap(tail, head);
    return k > 0 && NEGATIONS.has(tail[tail.length - k - 1] ?? '') ? 0 : k;
  };
  let best = 0;
  for (const sa of a.segments) {
    for (const sb of b.segments) best = Math.max(best, overlap(sa, sb), overlap(sb, sa));
  }
  return best;
}

/** Whether a rendering carries a negation: translations of one statement agree on it. */
function negated(q: PreparedQuote): boolean {
  return q.stems.some((s) => NEGATIONS.has(s));
}

function sameSequence(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Every excerpt segment of `short` occurs, in order and contiguously, in `long`'s content stems,
 * and not right after a negation there ("viable alternatives" is no cut of "no viable alternatives").
 */
export function isExcerptOf(short: PreparedQuote, long: PreparedQuote): boolean {
  let from = 0;
  for (const segment of short.segments) {
    let at = indexOfRun(long.stems, segment, from);
    while (at > 0 && NEGATIONS.has(long.stems[at - 1]!)) at = indexOfRun(long.stems, segment, at + 1);
    if (at < 0) return false;
    from = at + segment.length;
  }
  return true;
}

function closeInTime(a: PreparedQuote, b: PreparedQuote): boolean {
  const days = daysApart(a.time, b.time);
  return days === null || days <= RELATED_RENDERING_MAX_DAYS;
}
