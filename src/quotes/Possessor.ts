/**
 * Who speaks through a document or a possessed thing: the owner named in it ("a survey from
 * Mortgage News Daily"), the possessor ("the ministry's statement"), or the possessive pronoun
 * standing for the speaker ("its website").
 */
import { DOCUMENT_NOUNS } from './lexicon/words.ts';
import type { Mention } from './Mention.ts';

/** For "the ministry's statement read", the speaker is the possessor. */
export function possessorOf(m: Mention, text: string): Mention | null {
  if (m.kind !== 'document') return null;
  // "a survey from Mortgage News Daily", "an analysis by Charles Franklin", "the White House brief": the named owner speaks.
  // "its website": the possessive pronoun stands for the speaker.
  // "a copy of its report": the possessive pronoun may stand inside the phrase.
  const pronoun = /(?:^|\s)(its|his|her|their)\s+\S+$/i.exec(m.text);
  if (pronoun && pronoun[1]) {
    const word = ({ its: 'it', his: 'he', her: 'she', their: 'they' } as Record<string, string>)[pronoun[1].toLowerCase()] ?? 'it';
    const at = m.span[0] + pronoun.index + pronoun[0].length - pronoun[0].trimStart().length;
    return { span: [at, at + pronoun[1].length], text: word, kind: 'pronoun', first: m.first, last: m.first };
  }
  const owner = /\b(?:by|from)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*)*)/u.exec(m.text) ?? /^(?:(?:[Tt]he|[Aa]n?)\s+)?((?:\p{Lu}[\p{L}\p{N}&.’'-]*\s+)+)\p{Ll}+$/u.exec(m.text);
  // "The survey": a capitalised determiner opening the phrase is not its owner.
  if (owner && owner[1] && !/['’]s\b/.test(owner[1]) && !/^(?:the|an?)$/i.test(owner[1].trim())) {
    const name = owner[1].trim();
    const at = m.span[0] + m.text.lastIndexOf(name);
    return { span: [at, at + name.length], text: name, kind: 'name', first: m.first, last: m.last };
  }
  const match = /^(.*?)['’]s\s+\S+/.exec(m.text);
  if (!match || !match[1]) return null;
  const possessor = match[1];
  const head = possessor.split(/\s+/).pop()?.toLowerCase() ?? '';
  const kind = /^\p{Lu}/u.test(possessor.split(/\s+/).pop() ?? '') ? 'name' : DOCUMENT_NOUNS.has(head) ? 'document' : 'description';
  return { span: [m.span[0], m.span[0] + possessor.length], text: text.slice(m.span[0], m.span[0] + possessor.length), kind, first: m.first, last: m.first };
}
