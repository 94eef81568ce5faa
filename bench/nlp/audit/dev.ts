/**
 * `node --import tsx bench/nlp/audit/dev.ts`: the dev split's counts only (exact tp/fp/fn per
 * type, roles, resolution), to check each audit fix on dev without printing the test split.
 */
import { evaluateGold } from '../evaluate.ts';
import { headline, prf } from '../score.ts';

const { dev } = evaluateGold();
for (const t of ['person', 'organization', 'place'] as const) {
  const c = dev.exact[t];
  console.log(`${t.padEnd(13)} tp ${c.tp} fp ${c.fp} fn ${c.fn}  F1 ${prf(c).f.toFixed(4)}`);
}
const h = headline(dev);
console.log(`roles ${dev.roles.found}/${dev.roles.withRole} (${(h.roleRate ?? 0).toFixed(3)})  resolution ${dev.resolution.correct}/${dev.resolution.matched}  dates ${dev.dates.correctValue}/${dev.dates.valued}`);
