import { tokenise } from '../../src/nlp/Tokens.ts';
import { extractEntities } from '../../src/nlp/EntityExtractor.ts';
import { proposeDates } from '../../src/nlp/DateProposer.ts';
import { normaliseDates } from '../../src/nlp/DateNormaliser.ts';
import { extractEvent } from '../../src/nlp/EventExtractor.ts';
import { loadGoldArticles } from './gold.ts';
const docs = loadGoldArticles(false);
const tks = docs.map((d) => tokenise(d.text));
for (let round = 0; round < 2; round++) {
  let t = performance.now(); const ents = docs.map((d, i) => extractEntities(d.text, tks[i]!.tokens)); const e = performance.now() - t;
  t = performance.now(); const cands = docs.map((d) => proposeDates(d.text)); const p = performance.now() - t;
  t = performance.now(); const norm = docs.map((d, i) => normaliseDates(d.text, tks[i]!, cands[i]!, new Date('2024-03-01'))); const n = performance.now() - t;
  t = performance.now(); docs.forEach((d, i) => norm[i]!.forEach((x) => extractEvent(tks[i]!, ents[i]!, x.span))); const ev = performance.now() - t;
  console.log({ entities: e.toFixed(0), propose: p.toFixed(0), normalise: n.toFixed(0), events: ev.toFixed(0) });
}
