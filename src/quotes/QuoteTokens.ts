/**
 * A light word tokenizer for the quote finders: words (with inner apostrophes, dots,
 * hyphens and slashes kept: "Armenia’s", "U.S", "RFE/RL's") and single punctuation
 * characters, with offsets. Cheaper than a full NLP pass; the stage must run at
 * hundreds of articles per second.
 */
export interface QToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with an upper-case letter or digit. */
  cap: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'.\-\/&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const UPPER = /^[\p{Lu}\p{N}]/u;

export function tokenize(text: string, from = 0, to = text.length): QToken[] {
  const out: QToken[] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const t = m[0];
    const word = /[\p{L}\p{N}]/u.test(t[0] ?? '');
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + t.length, word, cap: word && UPPER.test(t) });
  }
  return out;
}

/** Words only, lower-cased, of a piece of text. */
export function wordsOf(text: string): string[] {
  return tokenize(text).filter((t) => t.word).map((t) => t.lower);
}
