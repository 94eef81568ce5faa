/**
 * Tokens, parts of speech and sentences from wink-nlp, with character offsets into the
 * article text. The model is loaded once, on first use: it is the expensive part.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../model/records.ts';
import { BoundedMemo } from './BoundedMemo.ts';
import { MEMO_LIMIT } from './constants.ts';

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
  /** Whether the word is capitalised as a name word is (see capitalisedWord); computed on first read and kept. */
  readonly capitalised: boolean;
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
  if (!nlp) {
    nlp = winkNLP(model, ['sbd', 'pos']);
    // wink gives each word it has not seen the next free id, so the first unseen word read after loading
    // marks where the lexicon ends; read before any article, whose own unseen words would come first.
    firstUnseenId = Number(nlp.readDoc(UNSEEN_PROBE).tokens().out(nlp.its.uniqueId)[0]);
  }
  return nlp;
}

/**
 * One token. A class rather than object literals with a closure each: articles have thousands
 * of tokens, and per-token closures were a measurable share of the stage's time and garbage.
 */
class WinkToken implements Token {
  // Fields are declared and set in the constructor only: class field initialisers cost a call per token.
  declare sentence: number;
  declare readonly end: number;
  declare readonly text: string;
  declare readonly start: number;
  declare readonly pos: string;
  declare readonly index: number;
  declare private readonly lemmas: LemmaReader;
  declare private lemmaValue: string | undefined;
  declare private lowerValue: string | undefined;
  declare private capitalisedValue: boolean | undefined;

  constructor(text: string, start: number, pos: string, index: number, lemmas: LemmaReader) {
    this.text = text;
    this.start = start;
    this.pos = pos;
    this.index = index;
    this.lemmas = lemmas;
    this.sentence = 0;
    this.end = start + text.length;
    this.lemmaValue = undefined;
    this.lowerValue = undefined;
    // Most words start in lower case or are no words: answered here, while the text is at hand, rather
    // than on first read (every extractor walk over the tokens reads it; see capitalisedWord).
    this.capitalisedValue = capitalStart(text.charCodeAt(0)) ? undefined : false;
  }

  get lemma(): string {
    if (this.lemmaValue === undefined) {
      // wink's lemma follows from the word and its part of speech; its lemmatiser is costly, so answers are kept by both.
      const key = `${this.pos} ${this.text}`;
      let lemma = lemmaMemo.get(key);
      if (lemma === undefined) {
        lemma = this.lemmas(this.index) || this.text.toLowerCase();
        if (lemmaMemo.size >= MEMO_LIMIT) lemmaMemo.clear();
        lemmaMemo.set(key, lemma);
      }
      this.lemmaValue = lemma;
    }
    return this.lemmaValue;
  }

  get lower(): string {
    this.lowerValue ??= this.text.toLowerCase();
    return this.lowerValue;
  }

  get capitalised(): boolean {
    this.capitalisedValue ??= capitalisedWord(this.text);
    return this.capitalisedValue;
  }
}

const CAPITALISED = /^[A-Z\u00C0-\u00DE][\p{L}\p{M}’'.\-]*$/u;
const ACRONYMISH = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,7}$/;

/** The answer depends on the word alone, and capitalised words repeat within and across articles: memoised by text. */
const capitalisedWords = new BoundedMemo((text: string): boolean => CAPITALISED.test(text) || ACRONYMISH.test(text));

/** Whether a character can open a capitalised word (CAPITALISED, ACRONYMISH): A–Z, À–Þ. */
function capitalStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

/** A word that starts with a capital and goes on with letters and name marks only, or an acronym ("U.S.", "CSTO"). */
export function capitalisedWord(text: string): boolean {
  // Fast exit for the common case: lower-case words, digits and punctuation.
  if (!capitalStart(text.charCodeAt(0))) return false;
  return capitalisedWords.get(text);
}

/** Id wink gave the first word its lexicon does not know, read when the model loads: lexicon words have smaller ids (as in scripts/build-gazetteer.ts). */
let firstUnseenId = -1;
const UNSEEN_PROBE = 'qzxjvkwpfq';

/**
 * Whether a lower-case word is an ordinary word of wink-nlp's English lexicon ("young", "voice";
 * not "galuzin", "kevin", nor a proper noun the lexicon keeps, "kenya"); memoised, as names recur.
 */
const lexiconWords = new BoundedMemo((lower: string): boolean => {
  const n = engine();
  // One reading for both answers: the part of speech is read only for lexicon words, which wink tags alike on every reading.
  const tokens = n.readDoc(lower).tokens();
  if (Number(tokens.out(n.its.uniqueId)[0]) >= firstUnseenId) return false;
  return tokens.out(n.its.pos)[0] !== 'PROPN';
});

export function isLexiconWord(lower: string): boolean {
  return lexiconWords.get(lower);
}

/** Lemmas by part of speech and word (see WinkToken.lemma). */
const lemmaMemo = new Map<string, string>();

/** Reads the lemma of token i from the wink document, on demand. */
type LemmaReader = (index: number) => string;

export function tokenise(text: string): Tokenised {
  const n = engine();
  const its = n.its;
  const doc = n.readDoc(text);
  const toks = doc.tokens();
  const values = toks.out(its.value) as string[];
  const pos = toks.out(its.pos) as string[];
  const tokens: Token[] = [];
  const lemmaOf: LemmaReader = (i) => toks.itemAt(i).out(its.lemma as unknown as typeof its.value) as string;
  // One reader for every token (not a closure per token: those were garbage on every article).
  const spacesOf = (i: number): string => toks.itemAt(i).out(its.precedingSpaces as unknown as typeof its.value) as string;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const token = new WinkToken(value, tokenStart(text, value, cursor, i, spacesOf), pos[i] ?? 'X', i, lemmaOf);
    tokens.push(token);
    cursor = token.end;
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
 * Where a token starts: after the white space wink saw before it. A word token starts with no
 * white space, so skipping white space from the cursor finds it without asking wink for the
 * token's preceding spaces (a pass over every token); a token that itself starts with white
 * space (line breaks) asks wink, as every token once did.
 */
function tokenStart(text: string, value: string, cursor: number, index: number, precedingSpaces: (index: number) => string): number {
  let start = cursor;
  if (value.length > 0 && !isWinkSpace(value.charCodeAt(0))) {
    while (start < text.length && isWinkSpace(text.charCodeAt(start))) start++;
  } else {
    start += (precedingSpaces(index) ?? '').length;
  }
  // wink reproduces the text exactly (doc.out() === text); guard anyway so one odd
  // character never shifts every later offset. (A first-character check first: startsWith is the slower test, and needless for one character.)
  if (text.charCodeAt(start) !== value.charCodeAt(0) || (value.length > 1 && !text.startsWith(value, start))) {
    const found = text.indexOf(value, start);
    if (found >= 0) start = found;
  }
  return start;
}

/** The characters wink's tokenizer keeps as a token's preceding spaces (its split pattern; line breaks and tabs are tokens of their own). */
function isWinkSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
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
