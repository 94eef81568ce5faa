import { tokenise } from '../../src/nlp/Tokens.ts';
import { extractEntities } from '../../src/nlp/EntityExtractor.ts';
import { loadGoldArticles } from './gold.ts';
const docs = loadGoldArticles(false);
const tks = docs.map((d) => tokenise(d.text));
const t = performance.now();
for (let r = 0; r < 8; r++) docs.forEach((d, i) => extractEntities(d.text, tks[i]!.tokens));
console.log((performance.now() - t) / 5);
