/**
 * `node --import tsx bench/nlp/audit/judge.ts SAMPLE.md JUDGEMENTS.txt`: fills a sample's empty
 * judgement lines from a list (`m<n>|<verdict>|<role>|<note>` per line: verdict R right, T wrong
 * type, S wrong span, N not an entity; role for people F found, M missed, - none in the text) and
 * appends the tally: precision overall and per type, and the role rate.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const VERDICTS: Record<string, string> = { R: 'right', T: 'wrong type', S: 'wrong span', N: 'not an entity' };
const ROLES: Record<string, string> = { F: 'role found', M: 'role missed', '-': 'no role in the text' };

const [samplePath, listPath] = process.argv.slice(2) as [string, string];
const judged = new Map<string, { v: string; role: string; note: string }>();
for (const line of readFileSync(listPath, 'utf8').split('\n')) {
  const [n, v, role, note] = line.split('|');
  if (n && v) judged.set(`m${n.replace(/^m/, '')}`, { v, role: role ?? '', note: note ?? '' });
}
const lines = readFileSync(samplePath, 'utf8').split('\n');
const tally: Record<string, Record<string, number>> = {};
let current = '';
let type = '';
for (let i = 0; i < lines.length; i++) {
  const l = lines[i] as string;
  const head = /^### (m\d+)/.exec(l);
  if (head) current = head[1] as string;
  const kind = /^\*\*(person|organization|place)\*\*/.exec(l);
  if (kind) type = kind[1] as string;
  if (l.startsWith('- judgement:') && judged.has(current)) {
    const j = judged.get(current)!;
    const parts = [VERDICTS[j.v] ?? j.v];
    if (type === 'person' && j.role) parts.push(ROLES[j.role] ?? j.role);
    lines[i] = `- judgement: **${parts.join('; ')}**${j.note ? ` — ${j.note}` : ''}`;
    for (const t of [type, 'all']) {
      tally[t] ??= {};
      tally[t][j.v] = (tally[t][j.v] ?? 0) + 1;
    }
    if (type === 'person' && j.role) {
      tally.roles ??= {};
      tally.roles[j.role] = (tally.roles[j.role] ?? 0) + 1;
    }
  }
}
const row = (t: string) => {
  const c = tally[t] ?? {};
  const n = Object.values(c).reduce((a, b) => a + b, 0);
  return `| ${t} | ${n} | ${c.R ?? 0} | ${c.T ?? 0} | ${c.S ?? 0} | ${c.N ?? 0} | ${n ? ((c.R ?? 0) / n).toFixed(3) : '–'} |`;
};
const roles = tally.roles ?? {};
const summary = [
  '', '## Tally', '',
  '| type | judged | right | wrong type | wrong span | not an entity | precision |', '|---|---|---|---|---|---|---|',
  row('person'), row('organization'), row('place'), row('all'), '',
  `People with a role in the text: ${(roles.F ?? 0) + (roles.M ?? 0)}; role found for ${roles.F ?? 0} (${(((roles.F ?? 0) / Math.max(1, (roles.F ?? 0) + (roles.M ?? 0)))).toFixed(3)}).`,
];
writeFileSync(samplePath, `${lines.join('\n').trimEnd()}\n${summary.join('\n')}\n`);
console.log(summary.join('\n'));
