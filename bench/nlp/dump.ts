/**
 * `node --import tsx bench/nlp/dump.ts [filter]`: the dev split's errors, grouped by kind
 * (false negatives and positives per type, type confusions, boundary errors, roles, canonical
 * names, dates), for tuning. Dev only: the test split's errors are never printed.
 */
import { evaluateGold } from './evaluate.ts';
import { headline } from './score.ts';

const r = evaluateGold();
const filter = process.argv[2] ?? '';
const groups = new Map<string, string[]>();
for (const e of r.dev.errors) {
  if (filter && !e.includes(filter)) continue;
  const kind = e.split(' ').slice(1, 3).join(' ').replace(/".*$/, '').trim();
  const list = groups.get(kind) ?? [];
  list.push(e);
  groups.set(kind, list);
}
for (const [kind, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n## ${kind} (${list.length})`);
  for (const e of list) console.log(e);
}
const h = headline(r.dev);
console.log('\ndev', Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v.toFixed(3)])));
console.log('dev exact counts', JSON.stringify(r.dev.exact));
