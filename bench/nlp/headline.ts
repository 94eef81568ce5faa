/** `node --import tsx bench/nlp/headline.ts`: the headline scores of both splits, one line each (no errors printed). */
import { evaluateGold } from './evaluate.ts';
import { headline } from './score.ts';

const r = evaluateGold();
for (const split of ['dev', 'test'] as const) {
  const h = headline(r[split]);
  console.log(split, ['personF1', 'organizationF1', 'placeF1', 'roleRate', 'resolution', 'dateValueAccuracy'].map((k) => `${k.replace(/F1|Rate|Accuracy/, '')} ${(h[k] ?? 0).toFixed(3)}`).join('  '));
}
if (process.argv[2] === 'counts') for (const split of ['dev', 'test'] as const) console.log(split, JSON.stringify(r[split].exact), JSON.stringify(r[split].roles));
