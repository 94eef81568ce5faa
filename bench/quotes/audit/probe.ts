/**
 * Prints the quotes the pipeline (nlp → quotes) finds in a text given on stdin: a quick look at
 * how one invented sentence is read, for writing fixtures.
 *   echo '“…,” she said.' | node --import tsx bench/quotes/audit/probe.ts
 */
import { readFileSync } from 'node:fs';
import { readNlp } from '../../../src/nlp/index.ts';
import { extractedFrom } from '../../../src/quotes/fixtureArticle.ts';
import { readQuotes } from '../../../src/quotes/index.ts';

const text = readFileSync(0, 'utf8');
const context = { now: '2024-06-05T12:00:00Z' };
const nlp = readNlp(extractedFrom(text), context);
for (const e of nlp.entities) console.log(`entity ${e.type} ${e.name}${e.roles.length ? ` (${e.roles.join('; ')})` : ''}`);
for (const q of readQuotes(nlp, context).quotes) {
  console.log(`[${q.kind}] ${q.text.slice(0, 70)} → ${q.speaker} · mention ${q.speakerMention} · cue ${q.cue}`);
}
