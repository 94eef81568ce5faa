/**
 * Section headings in quote marks: in an article cut into sections by short unpunctuated
 * headings, a paragraph that is only a quote with no final stop is a heading (a quoted claim
 * or a title), never speech given the last speaker.
 */
import type { Span } from '../model/records.ts';
import { HEADING_MAX_WORDS, HEADING_MIN_WORDS, MIN_SECTION_HEADINGS } from './constants.ts';

const QUOTE_MARKS = /[“”„"«»‹›‘’']/;
/** "By Jane Roe": a byline, not a heading. */
const BYLINE = /^By\s/;

/** Whether a paragraph reads as a plain section heading ("The Rukban camp"). */
function isPlainHeading(para: string): boolean {
  const words = para.split(/\s+/).filter(Boolean);
  return words.length >= HEADING_MIN_WORDS && words.length <= HEADING_MAX_WORDS && /^\p{Lu}/u.test(para) && !QUOTE_MARKS.test(para) && !BYLINE.test(para) && !/[.!?:;,]$/.test(para);
}

/** Whether the article is cut into sections by plain headings. */
export function isSectioned(text: string, paragraphs: readonly Span[]): boolean {
  let n = 0;
  for (const [a, b] of paragraphs) if (isPlainHeading(text.slice(a, b).trim()) && ++n >= MIN_SECTION_HEADINGS) return true;
  return false;
}

/** Whether the quote at `span` is the whole of its paragraph and ends with no stop inside or after its closing mark. */
export function isQuotedHeading(text: string, span: Span, paragraph: Span | undefined): boolean {
  if (!paragraph) return false;
  const para = text.slice(paragraph[0], paragraph[1]).trim();
  if (!/^[“"‘«„]/.test(para) || !/[”"’»]$/.test(para)) return false;
  // The quote's own span must cover the paragraph between its marks.
  const inner = para.slice(1, -1).trim();
  if (text.slice(span[0], span[1]).trim().replace(/^[“"‘«„]|[”"’»]$/g, '').trim() !== inner) return false;
  if (/[.!?,…—–-]$/.test(inner) || /[“”"«»]/.test(inner)) return false;
  // "– Mel****" on the next line signs the quote: a review, not a heading.
  if (/^\s*[—–-]/.test(text.slice(paragraph[1], paragraph[1] + 8))) return false;
  // A pull quote repeats words said elsewhere in the article (RepeatedQuotes.ts gives it their speaker).
  return !repeatedElsewhere(text, inner, paragraph);
}

/** Words of a heading compared with the rest of the article: its first REPEAT_WORDS words, in order. */
const REPEAT_WORDS = 5;

function wordsIn(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether the heading's opening words appear, in order, elsewhere in the text. */
function repeatedElsewhere(text: string, inner: string, paragraph: Span): boolean {
  const head = wordsIn(inner).slice(0, REPEAT_WORDS);
  if (head.length < REPEAT_WORDS) return false;
  const rest = ` ${wordsIn(text.slice(0, paragraph[0])).join(' ')} ${wordsIn(text.slice(paragraph[1])).join(' ')} `;
  return rest.includes(` ${head.join(' ')} `);
}
