import { readFileSync } from 'node:fs';
import { tokenise } from './Tokens.ts';
import { extractEntities } from './EntityExtractor.ts';
const text = readFileSync(process.argv[2] as string, 'utf8');
const { tokens } = tokenise(text);
for (const e of extractEntities(text, tokens)) console.log(e.type.padEnd(12), e.name.padEnd(40), e.mentions.length, JSON.stringify(e.roles), e.affiliation ?? '', e.acronym ?? '', JSON.stringify(e.aliases));
