/**
 * Which attribution of a unit governs a quoted region (the cue before it or the tag after
 * it) and whether the region is a direct quote (a whole sentence or a tagged one) or a
 * partial one (words quoted inside the writer's sentence).
 */
import { MAX_CUE_GAP_WORDS } from './constants.ts';
import type { Attribution } from './AttributionFinder.ts';
import type { QuoteRegion } from './QuoteMarkScanner.ts';
import { wordsOf } from './QuoteTokens.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

function offsetOfToken(unit: QuoteUnit, i: number, side: 'start' | 'end'): number {
  const t = unit.tokens[i];
  return t ? t[side] : unit.span[1];
}

/** Text between two offsets, trimmed of spaces. */
export function between(text: string, a: number, b: number): string {
  return a < b ? text.slice(a, b).trim() : '';
}

/**
 * Whether a cue after a closing mark attributes the quote: few words between them, or the
 * cue's subject standing right after the mark ("“…,” the performer known as Flloyd, another
 * friend from that era, later told a documentarian"), however long the aside after it.
 */
function attachedAfter(unit: QuoteUnit, r: QuoteRegion, att: Attribution, text: string): boolean {
  const cueAt = offsetOfToken(unit, att.cue.first, 'start');
  // Comma-delimited asides after the subject ("…, another bandmate from that era, later told") do not count towards the gap.
  const gapText = text.slice(r.close + 1, cueAt).replace(/^[\s,]+/, '').replace(/,[^,]*,/g, ' ');
  if (wordsOf(gapText).length <= MAX_CUE_GAP_WORDS) return true;
  const subject = att.subject;
  return !!subject && att.order === 'before' && subject.span[0] > r.close && /^[\s,—–-]*$/.test(text.slice(r.close + 1, subject.span[0]));
}

/** Relative pronouns before a subject that make its cue part of a relative clause ("a system which Rae said was …"). */
const RELATIVE_PRONOUNS = new Set(['which', 'whom', 'what']);

/**
 * "Under a system which Rae said was akin to “totalism”, followers underwent “thought reform”":
 * a cue inside a relative clause governs only up to the comma that ends the clause.
 */
function relativeEnded(unit: QuoteUnit, att: Attribution, r: QuoteRegion, text: string): boolean {
  if (att.order !== 'before' || !att.subject) return false;
  if (!RELATIVE_PRONOUNS.has(unit.tokens[att.subject.first - 1]?.lower ?? '')) return false;
  return text.slice(offsetOfToken(unit, att.cue.last, 'end'), r.open).includes(',');
}

/** Words that may stand between a cue and the quote it governs ("declaring he “…”", "said that “…”"). */
const COMPLEMENT_OPENERS = new Set(['that', 'he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** Whether a cue before a region governs it directly: nothing but a complementiser or a pronoun subject between them. */
function governsNext(unit: QuoteUnit, att: Attribution, r: QuoteRegion, text: string): boolean {
  const from = offsetOfToken(unit, att.cue.last, 'end');
  // Two short words at most ("that he"): a longer stretch is not worth reading word by word.
  if (r.open - from > 12) return false;
  const gap = wordsOf(text.slice(from, r.open));
  return gap.length <= 2 && gap.every((w) => COMPLEMENT_OPENERS.has(w.toLowerCase())) && /\S/.test(text.slice(unit.span[0], offsetOfToken(unit, att.cue.first, 'start')));
}

/** Most words between a cue and the `that` opening its clause ("wrote on Tuesday that"). */
const MAX_WORDS_TO_THAT = 3;

/**
 * "She wrote that an executive had explained that “…”": reported speech inside another's reported
 * clause is attributed to the outermost speaker the article quotes (the guide), so an attribution
 * standing inside the `that` clause of an earlier one gives way to it.
 */
export function outermost(unit: QuoteUnit, inner: Attribution, atts: readonly Attribution[]): Attribution {
  if (!inner.subject || inner.order !== 'before') return inner;
  for (const outer of atts) {
    if (outer === inner || !outer.subject || outer.cue.last >= inner.subject.first) continue;
    if (outer.order !== 'before' && outer.order !== 'after') continue;
    if (outer.cue.entry.frame !== 'plain' && outer.cue.entry.frame !== 'object') continue;
    const from = Math.max(outer.cue.last, outer.order === 'after' ? outer.subject.last : -1) + 1;
    // "he said Justice Thomas had assured him that “…”": the inner subject opening the outer cue's bare clause, right after it.
    if (outer.order === 'before' && from === inner.subject.first && outer.cue.entry.frame === 'plain' && !outer.cue.entry.needsThat) return outer;
    let words = 0;
    for (let k = from; k < inner.subject.first; k++) {
      const t = unit.tokens[k];
      if (!t || !unit.frame[k] || /^[.;:!?]$/.test(t.text)) break;
      if (!t.word) continue;
      if (t.lower === 'that') return outer;
      if (++words > MAX_WORDS_TO_THAT) break;
    }
  }
  return inner;
}

/** The attribution governing a quoted region and on which side of it the cue stands. */
export function chooseAttribution(unit: QuoteUnit, r: QuoteRegion, atts: readonly Attribution[], text: string, nextOpen: number): { att: Attribution | null; side: 'before' | 'after' | null } {
  // A naming cue ("called") governs only the marks after it: "“…,” she called it" is not a tag.
  const after = atts.find((a) => a.cue.entry.frame !== 'naming' && offsetOfToken(unit, a.cue.first, 'start') > r.close && offsetOfToken(unit, a.cue.first, 'start') < nextOpen);
  const before = [...atts].reverse().find((a) => offsetOfToken(unit, a.cue.last, 'end') <= r.open && !relativeEnded(unit, a, r, text));
  const post = between(text, r.close + 1, nextOpen);
  // "“…,” adding that … according to international law": a relay after the quote does not displace the speaker before it.
  if (after && after.order === 'source' && before) return { att: before, side: 'before' };
  // "…, while declaring he “…,” users alleged": a quote that is the complement of the cue right before it is that cue's.
  if (after && before && before.subject && governsNext(unit, before, r, text)) return { att: before, side: 'before' };
  if (after && /^[,—–-]?\s*\S/.test(post)) {
    if (attachedAfter(unit, r, after, text) && (after.subject || before === undefined)) return { att: after, side: 'after' };
  }
  if (before) return { att: outermost(unit, before, atts), side: 'before' };
  if (after) return { att: after, side: 'after' };
  return { att: null, side: null };
}

/** Direct when the region stands as a whole sentence or a tagged one; partial when quoted inside the writer's sentence. */
export function regionKind(unit: QuoteUnit, r: QuoteRegion, prevClose: number, nextOpen: number, side: 'before' | 'after' | null, att: Attribution | null, text: string): 'direct' | 'partial' {
  const pre = between(text, prevClose, r.open);
  const post = between(text, r.close + 1, nextOpen).replace(/^[\s,.;:!?…]+$/, '');
  const cueText = att ? att.cue.text.toLowerCase() : '';
  const preOk = pre === '' || /[:,]$/.test(pre) || (side === 'before' && (/\bthat$/i.test(pre) || pre.toLowerCase().endsWith(cueText)));
  let postOk = post === '';
  if (!postOk && side === 'after' && att) {
    postOk = attachedAfter(unit, r, att, text);
  }
  if (!postOk && side === 'before' && /^[,—–-]/.test(post) === false && /^[.!?…]*$/.test(post)) postOk = true;
  return preOk && postOk ? 'direct' : 'partial';
}
