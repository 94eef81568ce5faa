/**
 * Loads the stage's word lists and the generated gazetteer once, and indexes them for
 * the lookups the extractors make. All data lives in `lexicon/` and `data/`; no word list
 * is hard-coded in the extractors.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CITY_MIN_POPULATION } from './constants.ts';
import { BoundedMemo } from './BoundedMemo.ts';
import { slug } from './keys.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(join(HERE, relative), 'utf8')) as T;
}

export interface PlaceInfo {
  /** Canonical place name ("Armenia", "Yerevan"). */
  name: string;
  countryCode: string | null;
  kind: 'country' | 'capital' | 'region' | 'city';
  /** For capitals: the country's name, for the metonymy note. */
  capitalOf: string | null;
}

export interface OrgInfo {
  name: string;
  acronym: string | null;
  affiliation: string | null;
  note: string | null;
}

export interface DescriptionRule {
  type: 'person' | 'organization';
  roles: string[];
}

/** A city of the generated GeoNames list (data/cities.json), not otherwise known as a place. */
export interface CityInfo {
  place: PlaceInfo;
  /** Every word of the name is an English lexicon word ("Reading", "Diamond Bar"): a place only in a place's context. */
  commonWord: boolean;
}

export interface Lexicon {
  places: Map<string, PlaceInfo>;
  /** Cities of at least CITY_MIN_POPULATION inhabitants by name, less names the other lists already give. */
  cities: Map<string, CityInfo>;
  /** First words of the city names as written ("San", "Glendale"): a run starting elsewhere names no city. */
  cityStarts: Set<string>;
  /** Demonym (lowercase) → country name ('' for identity words naming no single country). */
  demonyms: Map<string, string>;
  /** Country name → ISO code. */
  countryCodes: Map<string, string>;
  /** Name or acronym (as written) → organisation. */
  orgs: Map<string, OrgInfo>;
  /** Organisations by spelling-folded slug, so "Organisation" finds "Organization". */
  orgsBySlug: Map<string, OrgInfo>;
  orgHeads: Set<string>;
  /** Newspaper name words that name the paper alone ("the Times"). */
  publicationHeads: Set<string>;
  /** Head words of events and works, never entities of ours ("World War II", "Nobel Prize"). */
  eventHeads: Set<string>;
  /** Plural institution words that make a generic phrase ("the Foreign Ministries"). */
  genericPlurals: Set<string>;
  notAcronyms: Set<string>;
  roleHeads: Set<string>;
  roleModifiers: Set<string>;
  honorifics: Set<string>;
  descriptions: Map<string, DescriptionRule>;
  placeSuffixes: Set<string>;
  placePrefixes: Set<string>;
  /** Language names: never entities. */
  languages: Set<string>;
  compass: Set<string>;
  /** Longest place/org name in tokens, to bound multiword lookups. */
  maxNameTokens: number;
  /** First words (case-folded) of every place and organisation name: a lookup starting elsewhere can stop at once. */
  nameStarts: Set<string>;
}

interface GazetteerFile {
  countries: { code: string; name: string; official: string; capitals: string[]; alternatives: string[]; demonyms: string[] }[];
  organizations: { name: string; acronym: string | null; aliases?: string[] }[];
  languages: string[];
}

interface CitiesFile {
  /** [name, ISO country code, population, 1 when every word is a wink-nlp lexicon word]. */
  cities: [string, string, number, number][];
}

interface RolesFile {
  heads: string[];
  modifiers: string[];
  honorifics: string[];
  descriptions: Record<string, DescriptionRule | string>;
}

interface OrgsFile {
  heads: string[];
  known: Record<string, { affiliation: string | null; note: string | null }>;
  notAcronyms: string[];
  eventHeads: string[];
  genericPlurals: string[];
  publicationHeads: string[];
}

interface PlacesFile {
  aliases: Record<string, string | null>;
  demonyms: Record<string, string | null>;
  regions: Record<string, string | null>;
  suffixes: string[];
  prefixes: string[];
  compass: string[];
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const gaz = readJson<GazetteerFile>('data/gazetteer.json');
  const roles = readJson<RolesFile>('lexicon/roles.json');
  const orgFile = readJson<OrgsFile>('lexicon/organizations.json');
  const placeFile = readJson<PlacesFile>('lexicon/places.json');

  const places = new Map<string, PlaceInfo>();
  const demonyms = new Map<string, string>();
  const countryCodes = new Map<string, string>();
  const codeToName = new Map<string, string>();
  for (const c of gaz.countries) {
    codeToName.set(c.code, c.name);
    countryCodes.set(c.name, c.code);
    const info: PlaceInfo = { name: c.name, countryCode: c.code, kind: 'country', capitalOf: null };
    for (const n of [c.name, c.official, ...c.alternatives]) if (!places.has(n)) places.set(n, info);
    for (const cap of c.capitals) {
      if (!places.has(cap)) places.set(cap, { name: cap, countryCode: c.code, kind: 'capital', capitalOf: c.name });
    }
    for (const d of c.demonyms) demonyms.set(d.toLowerCase(), c.name);
  }
  for (const [alias, code] of Object.entries(placeFile.aliases)) {
    const country = code ? codeToName.get(code) : undefined;
    if (alias === 'Washington' || alias === 'Washington, D.C.' || alias === 'D.C.') {
      places.set(alias, { name: 'Washington', countryCode: code, kind: 'capital', capitalOf: country ?? null });
    } else if (!places.has(alias) || country) {
      places.set(alias, { name: country ?? alias, countryCode: code, kind: 'country', capitalOf: null });
    }
  }
  for (const [word, code] of Object.entries(placeFile.demonyms)) {
    const country = code ? codeToName.get(code) : undefined;
    // A word naming no single country ("African", "Black") is kept with no country: it is still never a name alone.
    if (!demonyms.has(word.toLowerCase())) demonyms.set(word.toLowerCase(), country ?? '');
  }
  for (const [name, code] of Object.entries(placeFile.regions)) {
    if (!places.has(name)) places.set(name, { name, countryCode: code, kind: 'region', capitalOf: null });
  }

  const orgs = new Map<string, OrgInfo>();
  const cities = readCities(places, demonyms, new Set(gaz.languages));
  for (const o of gaz.organizations) {
    const info: OrgInfo = { name: o.name, acronym: o.acronym, affiliation: null, note: null };
    orgs.set(o.name, info);
    if (o.acronym) orgs.set(o.acronym, info);
    for (const a of o.aliases ?? []) orgs.set(a, info);
  }
  for (const [name, k] of Object.entries(orgFile.known)) {
    if (!orgs.has(name)) orgs.set(name, { name, acronym: null, affiliation: k.affiliation, note: k.note });
  }

  const orgsBySlug = new Map<string, OrgInfo>();
  for (const [name, info] of orgs) if (name.includes(' ')) orgsBySlug.set(slug(name), info);

  const descriptions = new Map<string, DescriptionRule>();
  for (const [word, rule] of Object.entries(roles.descriptions)) {
    if (typeof rule !== 'string') descriptions.set(word, rule);
  }

  let maxNameTokens = 1;
  const nameStarts = new Set<string>();
  for (const k of [...places.keys(), ...orgs.keys(), ...orgsBySlug.values()].map((x) => (typeof x === 'string' ? x : x.name))) {
    const words = k.split(/\s+/);
    maxNameTokens = Math.max(maxNameTokens, words.length);
    const head = (words[0] ?? '').toLowerCase().replace(/[.,’']+$/, '');
    nameStarts.add(head);
    nameStarts.add(head.split('-')[0] ?? head);
  }

  cached = {
    places,
    cities,
    cityStarts: new Set([...cities.keys()].map((n) => n.split(' ')[0] as string)),
    demonyms,
    countryCodes,
    orgs,
    orgsBySlug,
    orgHeads: new Set(orgFile.heads),
    publicationHeads: new Set(orgFile.publicationHeads),
    eventHeads: new Set(orgFile.eventHeads),
    genericPlurals: new Set(orgFile.genericPlurals),
    notAcronyms: new Set(orgFile.notAcronyms),
    roleHeads: new Set(roles.heads),
    roleModifiers: new Set(roles.modifiers),
    honorifics: new Set(roles.honorifics),
    descriptions,
    placeSuffixes: new Set(placeFile.suffixes),
    placePrefixes: new Set(placeFile.prefixes),
    languages: new Set(gaz.languages),
    compass: new Set(placeFile.compass),
    maxNameTokens,
    nameStarts,
  };
  return cached;
}

function readCities(places: ReadonlyMap<string, PlaceInfo>, demonyms: ReadonlyMap<string, string>, languages: ReadonlySet<string>): Map<string, CityInfo> {
  const cities = new Map<string, CityInfo>();
  for (const [name, code, population, common] of readJson<CitiesFile>('data/cities.json').cities) {
    if (population < CITY_MIN_POPULATION || places.has(name) || demonyms.has(name.toLowerCase()) || languages.has(name)) continue;
    cities.set(name, { place: { name, countryCode: code, kind: 'city', capitalOf: null }, commonWord: common === 1 });
  }
  return cities;
}

/** countryOf answers by word; the same words are asked about over and over while reading titles. */
const countryByWord = new BoundedMemo(readCountry);

/** The country a demonym, country name or alias points to ("Armenian" → "Armenia"). */
export function countryOf(word: string): string | null {
  return countryByWord.get(word);
}

function readCountry(word: string): string | null {
  const lx = lexicon();
  const bare = word.replace(/[’']s$/, '');
  const d = lx.demonyms.get(bare.toLowerCase());
  if (d) return d;
  const p = lx.places.get(bare);
  if (p && p.kind === 'country') return p.name;
  return null;
}
