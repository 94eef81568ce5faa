/**
 * Pull quotes and repeated quotes: an unattributed quote whose words the article quotes again,
 * with an attribution, elsewhere ("“Their immune system behaves …”" as a pull quote, then
 * "“In some people, their immune system behaves …,” Dempsey told …") takes that speaker.
 */
import type { Quote } from '../model/records.ts';
import { MIN_REPEATED_QUOTE_WORDS } from './constants.ts';

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The quotes with each unattributed direct quote given the speaker of an attributed quote repeating its words. */
export function attributeRepeatedQuotes(quotes: readonly Quote[]): Quote[] {
  const attributed = quotes.filter((q) => q.speaker && q.speakerMention && q.kind !== 'scare').map((q) => ({ q, words: ` ${normalise(q.text)} ` }));
  if (attributed.length === 0) return [...quotes];
  return quotes.map((q) => {
    if (q.kind !== 'direct' || q.speakerMention) return q;
    const own = normalise(q.text);
    if (own.split(' ').length < MIN_REPEATED_QUOTE_WORDS) return q;
    const source = attributed.find((a) => a.q.span[0] !== q.span[0] && a.words.includes(` ${own} `));
    return source ? { ...q, speaker: source.q.speaker, speakerEntity: source.q.speakerEntity } : q;
  });
}
