/**
 * A quote made ready for matching: excerpt marks split it into segments, editorial
 * brackets ("[for Armenia]", "[of Armenia and Russia]") are dropped, and every segment becomes
 * a sequence of content stems. Built once per quote so pair comparisons stay cheap.
 */
import type { AnalyzedArticle, Quote, QuoteKind } from '../../model/records.ts';
import { contentStems, words } from '../words/ContentWords.ts';
import { publicationTime, type PublicationTime } from '../PublicationTime.ts';
import { speakerAgreement, type SpeakerRef } from './SpeakerMatcher.ts';

export interface PreparedQuote {
  /** Position in the prepared list (the id used by the family builder). */
  ref: number;
  article: string;
  /** Index into the article's `quotes`. */
  quote: number;
  /** Position of the article in the input, the last tie-breaker after the id. */
  articleOrder: number;
  kind: QuoteKind;
  text: string;
  speaker: SpeakerRef;
  /**
   * Channels the quote credits; when it credits none, those the article credits for other
   * quotes of the same speaker (an interview named once, in the lead, covers every quote of it).
   */
  via: string[];
  time: PublicationTime;
  /** All words, brackets and excerpt marks removed (for verbatim comparison). */
  words: string[];
  /** Per excerpt segment: lower-cased letters and digits only, so "e-mail"/"email" and "data center"/"datacenter" meet. */
  compact: string[];
  /** Content stems per excerpt segment. */
  segments: string[][];
  /** Content stems in order, segments concatenated. */
  stems: string[];
  stemSet: Set<string>;
}

const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\s?\.\s?\.)\s*/u;
const BRACKETED = /\[[^\]]*\]/g;

/** Splits a rendering on excerpt marks and removes editorial insertions. */
export function excerptSegments(text: string): string[] {
  return text
    .split(ELLIPSIS)
    .map((segment) => segment.replace(BRACKETED, ' ').replace(/\s+/g, ' ').trim())
    .filter((segment) => segment.length > 0);
}

export function prepareQuote(article: AnalyzedArticle, quoteIndex: number, articleOrder: number, ref: number): PreparedQuote {
  const quote: Quote = article.quotes[quoteIndex]!;
  const segmentTexts = excerptSegments(quote.text);
  const segments = segmentTexts.map(contentStems).filter((s) => s.length > 0);
  const stems = segments.flat();
  const speaker = speakerOf(article, quote);
  return {
    ref,
    article: article.id,
    quote: quoteIndex,
    articleOrder,
    kind: quote.kind,
    text: quote.text,
    speaker,
    via: quote.via.length > 0 || quote.kind === 'scare' ? quote.via : channelsOfSpeaker(article, speaker),
    time: publicationTime(article.publishedAt),
    words: segmentTexts.flatMap(words),
    compact: segmentTexts.map(compactForm).filter((c) => c.length > 0),
    segments,
    stems,
    stemSet: new Set(stems),
  };
}

function speakerOf(article: AnalyzedArticle, quote: Quote): SpeakerRef {
  const entity = quote.speakerEntity ? article.entities.find((e) => e.id === quote.speakerEntity) : undefined;
  return { name: quote.speaker ?? entity?.name ?? null, key: entity?.key ?? null };
}

/** Channels credited anywhere in the article for quotes of this speaker, first credited first. */
function channelsOfSpeaker(article: AnalyzedArticle, speaker: SpeakerRef): string[] {
  if (!speaker.name && !speaker.key) return [];
  const out: string[] = [];
  for (const other of article.quotes) {
    if (other.via.length === 0 || speakerAgreement(speaker, speakerOf(article, other)) !== 'same') continue;
    for (const channel of other.via) if (!out.includes(channel)) out.push(channel);
  }
  return out;
}

export function compactForm(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function isDirect(q: Pick<PreparedQuote, 'kind'>): boolean {
  return q.kind === 'direct' || q.kind === 'partial';
}
