export { readQuotes, makeReadQuotes } from './readQuotes.ts';
export { scanQuoteRegions, type QuoteRegion } from './QuoteMarkScanner.ts';
export { CUES, type CueEntry } from './lexicon/cues.ts';
