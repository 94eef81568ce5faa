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
  /** The text in lower case; computed on first read and kept (the extractors compare case-folded words often). */
  readonly lower: string;
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

/**
 * One token. A class rather than object literals with a closure each: articles have thousands
 * of tokens, and per-token closures were a measurable share of the stage's time and garbage.
 */
class WinkToken implements Token {
  sentence = 0;
  readonly end: number;
  #lemma: string | undefined;
  #lower: string | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly pos: string,
    readonly index: number,
    private readonly lemmas: LemmaReader,
  ) {
    this.end = start + text.length;
  }

  get lemma(): string {
    this.#lemma ??= this.lemmas(this.index) || this.text.toLowerCase();
    return this.#lemma;
  }

  get lower(): string {
    this.#lower ??= this.text.toLowerCase();
    return this.#lower;
  }
}

/** Reads the lemma of token i from the wink document, on demand. */
type LemmaReader = (index: number) => string;

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
  const lemmaOf: LemmaReader = (i) => toks.itemAt(i).out(its.lemma as unknown as typeof its.value) as string;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += (spaces[i] ?? '').length;
    const value = values[i] ?? '';
    // wink reproduces the text exactly (doc.out() === text); guard anyway so one odd
    // character never shifts every later offset.
    let start = cursor;
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, cursor);
      start = found >= 0 ? found : cursor;
    }
    tokens.push(new WinkToken(value, start, pos[i] ?? 'X', i, lemmaOf));
    cursor = start + value.length;
  }
  const sentenceTokens = sentenceRanges(doc.sentences().out(its.span) as unknown as [number, number][], tokens);
  const sentences: Span[] = [];
  sentenceTokens.forEach(([first, last], idx) => {
    for (let i = first; i <= last; i++) {
      const t = tokens[i];
      if (t) t.sentence = idx;
    }
    sentences.push([tokens[first]?.start ?? 0, tokens[last]?.end ?? 0]);
  });
  return { tokens, sentences, sentenceTokens };
}

/**
 * wink's sentence token ranges, trimmed of white space, with one correction: a boundary that
 * no white space follows is not a sentence end ("PanARMENIAN.Net - Armenia…", "example.com"),
 * so such a "sentence" is joined to the one before it.
 */
function sentenceRanges(spans: readonly [number, number][], tokens: readonly Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const [a, b] of spans) {
    let first = a;
    let last = b;
    while (first <= last && tokens[first]?.pos === 'SPACE') first++;
    while (last >= first && tokens[last]?.pos === 'SPACE') last--;
    if (first > last) continue;
    const previous = ranges[ranges.length - 1];
    if (previous !== undefined && tokens[previous[1]]?.end === tokens[first]?.start) previous[1] = last;
    else ranges.push([first, last]);
  }
  return ranges;
}
