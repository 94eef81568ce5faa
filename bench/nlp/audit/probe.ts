/**
 * `echo "text" | node --import tsx bench/nlp/audit/probe.ts [--tokens]`: how the nlp stage reads
 * a passage (entities with type, roles and mentions; with --tokens, wink's parts of speech too).
 * Used to write fixtures from invented sentences.
 */
import { readFileSync } from 'node:fs';
import { readNlp } from '../../../src/nlp/index.ts';
import { tokenise } from '../../../src/nlp/Tokens.ts';
import { asArticle } from '../gold.ts';

const text = readFileSync(0, 'utf8');
if (process.argv.includes('--tokens')) console.log(tokenise(text).tokens.map((t) => `${t.text}/${t.pos}`).join(' '));
const nlp = readNlp(asArticle('probe', text, '2024-03-01'), { now: '2024-03-01T12:00:00Z' });
for (const e of nlp.entities) {
  const spans = e.mentions.map(([s, t]) => `"${text.slice(s, t)}"`).join(', ');
  console.log(`${e.type.padEnd(12)} ${e.name}${e.roles.length ? ` [${e.roles.join('; ')}]` : ''}${e.affiliation ? ` (${e.affiliation})` : ''} ← ${spans}`);
}
