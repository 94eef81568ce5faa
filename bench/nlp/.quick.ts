import { evaluateGold } from './evaluate.ts';
import { headline } from './score.ts';
const r = evaluateGold();
console.log(r.articles);
for (const k of ['dev', 'test'] as const) console.log(k, Object.fromEntries(Object.entries(headline(r[k])).map(([a, b]) => [a, b.toFixed(3)])));
if (process.argv[2]) for (const e of r.dev.errors) console.log(e);
