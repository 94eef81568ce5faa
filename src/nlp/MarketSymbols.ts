/**
 * Stock tickers and market indices, which the stage does not annotate (docs/annotation-guide.md):
 * a ticker in brackets with its exchange's dot ("(PKI.TO)", "(.GSPTSE)", "(AAPL.O)") and an
 * acronym naming an index by its number or an index word after it ("S&P 500", "FTSE 100", "the
 * S&P/TSX composite index"). The run classifier leaves such runs out.
 */
import { INDEX_WORDS } from './constants.ts';
import type { Token } from './Tokens.ts';

/** Capitals (and "&") of a ticker or an index's acronym. */
const SYMBOL = /^[A-Z][A-Z&]{0,7}$/;
/** An index's number: two or three digits ("500", "100", "40"), not a year. */
const INDEX_NUMBER = /^\d{2,3}$/;
/** Longest acronym read as an index before its number: index acronyms are short ("S&P", "FTSE", "STOXX"). */
const MAX_INDEX_ACRONYM = 5;
/** Longest bracketed ticker read, in tokens between the brackets ("PKI" "." "TO"). */
const MAX_TICKER_TOKENS = 3;

/** Whether tokens a..z are a ticker or a market index's name. */
export function marketSymbol(tokens: readonly Token[], a: number, z: number): boolean {
  return bracketedTicker(tokens, a, z) || indexName(tokens, a, z);
}

/** "(PKI.TO)", "(.GSPTSE)": capitals and a dot, glued together, filling a pair of brackets. */
function bracketedTicker(tokens: readonly Token[], a: number, z: number): boolean {
  let open = a - 1;
  while (open >= a - 2 && (tokens[open]?.text === '.' || SYMBOL.test(tokens[open]?.text ?? ''))) open--;
  if (tokens[open]?.text !== '(') return false;
  let close = z + 1;
  while (close <= z + 2 && tokens[close]?.text !== ')' && (tokens[close]?.text === '.' || SYMBOL.test(tokens[close]?.text ?? ''))) close++;
  if (tokens[close]?.text !== ')' || close - open - 1 > MAX_TICKER_TOKENS) return false;
  let dot = false;
  for (let i = open + 1; i < close; i++) {
    const t = tokens[i] as Token;
    if (t.text === '.') dot = true;
    else if (!SYMBOL.test(t.text)) return false;
    if (i > open + 1 && t.start !== (tokens[i - 1] as Token).end) return false;
  }
  return dot;
}

/** "S&P 500", "S&P/TSX composite index": acronyms (joined by "/"), then an index's number or an index word. */
function indexName(tokens: readonly Token[], a: number, z: number): boolean {
  for (let i = a; i <= z; i++) {
    const t = tokens[i] as Token;
    if (!(SYMBOL.test(t.text) && t.text.length >= 2) && !(t.text === '/' && i > a && i < z)) return false;
  }
  const next = tokens[z + 1];
  if (!next || next.sentence !== (tokens[z] as Token).sentence) return false;
  // A number names an index only after one short acronym ("FTSE 100"; not a product's model, "BERNINA 215").
  const shortAcronym = a === z && (tokens[a] as Token).text.length <= MAX_INDEX_ACRONYM;
  return (shortAcronym && INDEX_NUMBER.test(next.text)) || INDEX_WORDS.has(next.text) || (INDEX_WORDS.has(tokens[z + 2]?.text ?? '') && /^[a-z]+$/.test(next.text) && next.pos === 'ADJ');
}
