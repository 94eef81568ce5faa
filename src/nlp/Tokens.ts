/**
 * Tokens, parts of speech and sentences from wink-nlp, with character offsets into the
 * article text. The model is loaded once, on first use: it is the expensive part.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../model/records.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;
  /** Dictionary form; computed on first read (wink's lemmatiser is costly and rarely needed). */
  readonly lemma: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Index of this token. */
  index: number;
}

export interface Tokenised {
  tokens: Token[];
  sentences: Span[];
  /** Token index range [first, last] per sentence. */
  sentenceTokens: [number, number][];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

function engine(): Nlp {
  // Only sentence boundaries and parts of speech are used: skipping wink's own NER, negation and
  // sentiment passes roughly halves its cost.
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

function makeToken(text: string, start: number, pos: string, index: number, lemmaOf: () => string): Token {
  let lemma: string | undefined;
  return {
    text,
    start,
    end: start + text.length,
    pos,
    sentence: 0,
    index,
    get lemma() {
      lemma ??= lemmaOf() || text.toLowerCase();
      return lemma;
    },
  };
}

export function tokenise(text: string): Tokenised {
  const n = engine();
  const its = n.its;
  const doc = n.readDoc(text);
  const toks = doc.tokens();
  const values = toks.out(its.value) as string[];
  // wink's typings declare precedingSpaces with a different signature than out() accepts; it works at run time.
  const spaces = toks.out(its.precedingSpaces as unknown as typeof its.value) as string[];
  const pos = toks.out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += (spaces[i] ?? '').length;
    const value = values[i] ?? '';
    // wink reproduces the text exactly (doc.out() === text); guard anyway so one odd
    // character never shifts every later offset.
    let start = cursor;
    if (text.slice(start, start + value.length) !== value) {
      const found = text.indexOf(value, cursor);
      start = found >= 0 ? found : cursor;
    }
    tokens.push(makeToken(value, start, pos[i] ?? 'X', i, () => toks.itemAt(i).out(its.lemma as unknown as typeof its.value) as string));
    cursor = start + value.length;
  }
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Span[] = [];
  const sentenceTokens: [number, number][] = [];
  for (const [a, b] of sentenceSpans) {
    let first = a;
    let last = b;
    while (first <= last && tokens[first]?.pos === 'SPACE') first++;
    while (last >= first && tokens[last]?.pos === 'SPACE') last--;
    if (first > last) continue;
    const idx = sentences.length;
    for (let i = first; i <= last; i++) {
      const t = tokens[i];
      if (t) t.sentence = idx;
    }
    sentences.push([tokens[first]?.start ?? 0, tokens[last]?.end ?? 0]);
    sentenceTokens.push([first, last]);
  }
  return { tokens, sentences, sentenceTokens };
}
