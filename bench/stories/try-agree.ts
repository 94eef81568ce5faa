import { loadEcb, loadUci } from './datasets.ts';
import { orderAgreement } from './evaluate.ts';
const opts = JSON.parse(process.argv[2] ?? '{}');
for (const c of [loadEcb(), loadUci()]) for (const seed of [1, 2]) { const r = orderAgreement(c, seed, opts); console.log(c.name, seed, r.agreement.toFixed(3), Object.values(r.shuffledScores)[0]!.bcubed.f1.toFixed(3)); }
