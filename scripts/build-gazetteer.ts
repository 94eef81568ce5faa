/**
 * Generates `src/nlp/data/gazetteer.json`: countries, capitals, alternative names and
 * demonyms for the nlp stage's place recognition and affiliation mapping.
 *
 * Source: the npm package `world-countries` (https://github.com/mledoze/countries),
 * data licensed under the Open Database License (ODbL 1.0), which permits reuse of the
 * data with attribution; the attribution is written into the generated file's header.
 * International organisations are not in that source: they come from the small
 * hand-kept list `src/nlp/lexicon/international-organizations.json` and are merged here
 * so the stage reads one file.
 *
 * Run: `node --import tsx scripts/build-gazetteer.ts` (world-countries is a devDependency).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  languages?: Record<string, string>;
  independent?: boolean | null;
}

interface HandOrganization {
  name: string;
  acronym: string | null;
  aliases?: string[];
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json') as WorldCountry[];
const orgs = JSON.parse(
  readFileSync(join(ROOT, 'src/nlp/lexicon/international-organizations.json'), 'utf8'),
) as { organizations: HandOrganization[] };

/** Alternative spellings worth matching in English prose: Latin script, not the ISO code itself. */
function usableAlt(alt: string, code: string): boolean {
  if (alt === code) return false;
  if (!/^[A-Z][A-Za-z .'’-]+$/.test(alt)) return false;
  return alt.length >= 2;
}

const out = {
  source: 'world-countries (npm) — https://github.com/mledoze/countries',
  licence: 'Open Database License (ODbL 1.0), https://opendatacommons.org/licenses/odbl/1.0/ — country data © mledoze/countries contributors',
  organizationsSource: 'src/nlp/lexicon/international-organizations.json (hand-kept, documented there)',
  generatedBy: 'scripts/build-gazetteer.ts',
  countries: countries
    .map((c) => ({
      code: c.cca2,
      name: c.name.common,
      official: c.name.official,
      capitals: c.capital ?? [],
      alternatives: (c.altSpellings ?? []).filter((a) => usableAlt(a, c.cca2)),
      demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => Boolean(d)))],
    }))
    .sort((a, b) => a.code.localeCompare(b.code)),
  organizations: orgs.organizations,
  /** Language names ("Hebrew", "English"): never places or people, whatever precedes them. */
  languages: [...new Set(countries.flatMap((c) => Object.values(c.languages ?? {})))].filter((l) => /^[A-Z][a-z]+$/.test(l)).sort(),
};

writeFileSync(join(ROOT, 'src/nlp/data/gazetteer.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`gazetteer: ${out.countries.length} countries, ${out.organizations.length} organisations`);
