import { evaluateGold } from './evaluate.ts';
import { headline } from './score.ts';
import { checkExamples } from './examples.ts';
const r = evaluateGold();
for (const k of ['dev', 'test'] as const) console.log(k, JSON.stringify(Object.fromEntries(Object.entries(headline(r[k])).map(([a, b]) => [a, +b.toFixed(3)]))));
const e = checkExamples(); console.log(JSON.stringify({ ...e, events: e.events.length }), '\n', e.events.join('\n'));
