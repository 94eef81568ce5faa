/**
 * Classifies a name run: splits a leading title off ("Russian Deputy Foreign Minister" +
 * "Mikhail Galuzin"; "Deputy Foreign Minister of Russia" + "Mikhail Galuzin"; "CSTO
 * Secretary General" + "Imangali Tasmagambetov") and decides what the rest is, using the
 * gazetteer, institution words, acronym shape and the title. Bare single words are left
 * `unknown` for the context refiner.
 */
import type { EntityType } from '../model/records.ts';
import { EMPLOYER_HEADS, EVENT_PREFIXES, TITLE_RANKS } from './constants.ts';
import { countryNamed, isDateline, knownCity, usedAsPersonName } from './CityLookup.ts';
import { joined, longestKnown } from './KnownNameLookup.ts';
import { countryOf, lexicon, type OrgInfo, type PlaceInfo } from './Lexicon.ts';
import { isRoleWord, readTitle } from './TitleReader.ts';
import type { NameRun } from './NameRunExtractor.ts';
import type { Token } from './Tokens.ts';

export { isRoleWord, readTitle } from './TitleReader.ts';

export interface Mention {
  type: EntityType | 'unknown';
  start: number;
  end: number;
  text: string;
  /** Token index range in the article's tokens. */
  first: number;
  last: number;
  role: string | null;
  affiliation: string | null;
  honorific: boolean;
  place: PlaceInfo | null;
  org: OrgInfo | null;
  /** First token of the whole run, title included (where a possessor would sit before it). */
  runFirst: number;
  /** The title was plural ("drivers Max Verstappen and Sergio Perez"): it also covers the next name. */
  pluralTitle?: boolean;
}

/** An opening quotation mark: a name right after it may start a title ("“Sanford and Son”"), not a place. */
const OPENING_QUOTE = /^[“"‘]$/;
/** County names end in "-shire" (at least three letters before it: not "shire" itself). */
const SHIRE = /^\p{L}{3,}shire$/u;
const ACRONYM = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,7}$|^[A-Z]+\/[A-Z]+$/;

export function classifyRun(text: string, tokens: readonly Token[], run: NameRun): Mention[] {
  const lx = lexicon();
  const a = (run.tokens[0] as Token).index;
  const z = (run.tokens[run.tokens.length - 1] as Token).index;
  const whole = longestKnown(text, tokens, a, z);
  if (whole && whole.last === z) return [mention(text, tokens, a, z, whole.place ? 'place' : 'organization', null, null, false, whole.place, whole.org, a)];

  let start = a;
  let honorific = false;
  const firstLower = (tokens[a] as Token).lower;
  if (lx.honorifics.has(firstLower)) {
    honorific = true;
    start = a + 1;
  }
  if (honorific && start <= z) {
    // "Mrs Hamilton" is a person even where a gazetteer knows a town of that name.
    const m = mention(text, tokens, start, z, 'person', null, null, true, null, null, a);
    return [m];
  }
  if (/^[RDI]-[A-Z]/.test(run.text)) return []; // "R-Ky.", "D-Pasadena": party and state tags
  const split = splitInstitutionTitle(text, tokens, a, z);
  if (split) return split;
  const lastWord = (tokens[z] as Token).lower;
  const partyLed = PARTY_WORDS.has((tokens[a] as Token).lower) && a < z && !lx.orgHeads.has(lastWord);
  if (partyLed) return classifyRun(text, tokens, { ...run, tokens: run.tokens.slice(1), start: (tokens[a + 1] as Token).start, text: joined(text, tokens, a + 1, z) });
  const partySplit = splitPartyMember(text, tokens, a, z);
  if (partySplit) return partySplit;
  if (PARTY_WORDS.has((tokens[z] as Token).lower) && a < z) {
    // "the Ohio Democrat": a description whose first words may still name a place.
    const head = classifyRest(text, tokens, a, z - 1, false);
    // "House Republicans" is a caucus (an organisation); "the Ohio Democrat" a person described.
    if (head && head.type === 'organization') return [mention(text, tokens, a, z, 'organization', null, null, false, null, null, a)];
    return head && head.type === 'place' ? [{ ...head, runFirst: a }] : [];
  }
  const title = readTitle(text, tokens, a, z);
  // "CEO of Salesforce AI": what follows the title's "of" is its institution, not a name.
  if (title.role && title.next < z && /^(of|for)$/.test((tokens[title.next] as Token).lower)) {
    const institution = classifyRest(text, tokens, title.next + 1, z, false);
    return institution && institution.type !== 'unknown' ? [{ ...institution, runFirst: a }] : [];
  }
  if (title.role && title.next <= z) {
    const rest = classifyRest(text, tokens, title.next, z, true);
    if (rest && (rest.type === 'person' || rest.type === 'unknown')) {
      return [{ ...rest, type: 'person', role: title.role, affiliation: title.affiliation, runFirst: a, pluralTitle: isPluralTitle(tokens[title.next - 1]) }];
    }
    // "Foreign Minister" + organisation: the title was part of an institution name.
  }
  if (title.role && title.next > z) return []; // a bare title ("Prime Minister of Russia"): no entity
  if (start > z) return [];
  const rest = classifyRest(text, tokens, start, z, honorific);
  return rest ? [{ ...rest, honorific, runFirst: a }] : [];
}

/** Surname prefixes that put a capital inside a person's name ("McCarthy", "DeSantis", "DiCamillo", "LaGuardia", "O'Neill"). */
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])\p{Lu}/u;
/** "SeaWorld", "WhatsApp", "UrgentSeas": a word with a capital after two or more lower-case letters is a brand, not a person. */
const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u;

function isCamelCaseBrand(word: string): boolean {
  return CAMEL_CASE.test(word) && !NAME_PREFIX.test(word);
}

/**
 * "WINNER", "MEETING", "SEVEN": a shouted word of four letters or more that the same article
 * also writes in lower case is an ordinary word in capitals, not an acronym.
 */
function shoutedCommonWord(text: string, word: string): boolean {
  if (!/^[A-Z]{4,}$/.test(word)) return false;
  return new RegExp(`\\b${word.toLowerCase()}\\b`).test(text);
}

/** "Judges Pillard, Garcia and Walker": a title ending in a plural head word names every person of the list after it. */
function isPluralTitle(t: Token | undefined): boolean {
  const lx = lexicon();
  return t !== undefined && t.lower.endsWith('s') && !lx.roleHeads.has(t.lower) && lx.roleHeads.has(t.lower.slice(0, -1));
}

/** Party words that make a run a description ("Democratic California", "the Ohio Democrat"). */
const PARTY_WORDS = new Set(['democrat', 'democrats', 'democratic', 'republican', 'republicans', 'tory', 'tories', 'conservative', 'liberal']);

/** Party members' labels inside a run ("Texas Republican Ted Cruz"): singular only ("House Republicans" is a caucus). */
const PARTY_MEMBERS = new Set(['democrat', 'republican']);

/**
 * "Mississippi Democrat Theodore Bilbo": a place, a party label and a person's name in one run. The
 * place stays a mention of its own; the label is the person's role and the place its affiliation.
 */
function splitPartyMember(text: string, tokens: readonly Token[], a: number, z: number): Mention[] | null {
  const lx = lexicon();
  let k = -1;
  for (let i = a + 1; i < z; i++) if (PARTY_MEMBERS.has((tokens[i] as Token).lower)) k = i;
  if (k < 0) return null;
  for (let i = k + 1; i <= z; i++) {
    const t = tokens[i] as Token;
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || lx.orgHeads.has(t.lower) || isRoleWord(t.text) || lx.places.has(t.text)) return null;
  }
  const head = classifyRest(text, tokens, a, k - 1, false);
  if (!head || head.type !== 'place') return null;
  const person = mention(text, tokens, k + 1, z, 'person', (tokens[k] as Token).text, head.place?.name ?? head.text, false, null, null, a);
  return [{ ...head, runFirst: a }, person];
}

/**
 * "House Oversight Committee Chairman James Comer", "U.S. District Court Judge Carl Nicols":
 * an institution, a title and a name in one run. The last title word before a trailing
 * name splits it; the institution becomes a mention of its own and the affiliation.
 */
function splitInstitutionTitle(text: string, tokens: readonly Token[], a: number, z: number): Mention[] | null {
  const lx = lexicon();
  let k = -1;
  for (let i = z - 1; i > a; i--) {
    if (lx.roleHeads.has((tokens[i] as Token).lower)) {
      k = i;
      break;
    }
  }
  if (k < 0) return null;
  const nameWords = tokens.slice(k + 1, z + 1);
  if (!nameWords.every((t) => /^[A-Z]/.test(t.text) && !isRoleWord(t.text) && !lx.orgHeads.has(t.lower) && !lx.places.has(t.text))) return null;
  let r = k;
  // "Secretary-General": a hyphen glued between two title words is part of the title.
  const titleBefore = (i: number) => i >= a && (isRoleWord((tokens[i] as Token).text) || ((tokens[i] as Token).text === '-' && i - 1 >= a && isRoleWord((tokens[i - 1] as Token).text)));
  while (titleBefore(r - 1)) r--;
  // "White House Economics Advisor": a known organisation opening the run is the institution, though its words are title words too.
  const known = longestKnown(text, tokens, a, k - 1);
  if (r === a && known?.org && known.last >= a && titleBefore(known.last + 1) && known.last + 1 <= k) r = known.last + 1;
  if (r === a) return null; // a plain title ("Deputy Foreign Minister Galuzin"): readTitle handles it
  // A title word may end the institution's name ("Miami-Dade County" + "Mayor"): take the longest name that is one.
  let institution: Mention | null = null;
  const r0 = r;
  for (; r <= k; r++) {
    institution = classifyRest(text, tokens, a, r - 1, false);
    if (institution && (institution.type === 'organization' || institution.type === 'place')) break;
  }
  if (r > k && EMPLOYER_HEADS.has((tokens[k] as Token).lower) && !lexicon().demonyms.has((tokens[a] as Token).lower)) {
    // "Dandelion Energy CEO Kathy Hannun", "Villa co-owner Nassef Sawiris": a company title names its
    // employer. Only rank words ("Chief", "Deputy") go with the head; the other words name the company.
    r = k;
    while (r - 1 >= r0 && r - 1 > a && TITLE_RANKS.has((tokens[r - 1] as Token).lower)) r--;
    const employer = classifyRest(text, tokens, a, r - 1, false);
    institution = employer && (employer.type === 'unknown' || employer.type === 'person') ? { ...employer, type: 'organization' } : employer;
  }
  if (!institution || r > k || (institution.type !== 'organization' && institution.type !== 'place')) return null;
  const role = text.slice((tokens[r] as Token).start, (tokens[k] as Token).end);
  const person = mention(text, tokens, k + 1, z, 'person', role, institution.place?.kind === 'country' ? institution.place.name : institution.text, false, null, null, a);
  return [{ ...institution, runFirst: a }, person];
}

/** What the words a..z name; null when they name nothing this stage annotates (events, works, bare portfolios). */
function classifyRest(text: string, tokens: readonly Token[], a: number, z: number, personHint: boolean): Mention | null {
  const lx = lexicon();
  const known = longestKnown(text, tokens, a, z);
  if (known && known.last === z) return mention(text, tokens, a, z, known.place ? 'place' : 'organization', null, null, false, known.place, known.org);
  const city = personHint ? null : knownCity(text, tokens, a, z);
  if (city) {
    // A city name that is no English word and no person's name in this article is the city (a one-word name only
    // where the article names the city's country, region or people: "Glendale" beside "California"); otherwise context decides.
    const plain = isDateline(tokens, a, z) || (!city.commonWord && !OPENING_QUOTE.test(tokens[a - 1]?.text ?? '') && (a < z || countryNamed(text, tokens, city)) && !usedAsPersonName(tokens, a, z));
    if (plain) return mention(text, tokens, a, z, 'place', null, null, false, city.place, null);
  }
  const words = tokens.slice(a, z + 1).filter((t) => /\p{L}/u.test(t.text));
  const lowers = words.map((t) => t.lower);
  if (words.length === 1 && lx.publicationHeads.has(lowers[0] ?? '') && tokens[a - 1]?.lower === 'the') {
    return mention(text, tokens, a, z, 'organization', null, null, false, null, null); // "the Times"
  }
  if (words.length === 1 && lx.orgHeads.has(lowers[0] ?? '') && !ACRONYM.test(words[0]?.text ?? '')) return null; // "the Committee": generic; "FBI" is a name
  if (lowers.some((w) => lx.orgHeads.has(w))) {
    return mention(text, tokens, a, z, 'organization', null, orgAffiliation(text, tokens, a, z), false, null, null);
  }
  // "World War II", "Super Bowl LVIII": a Roman numeral after a word; "Xi Jinping" starts with one.
  // An event word after the first ("Brit Awards", "Cold War Assassination") or, for a few, first
  // ("Operation Barbarossa", "Easter Sunday"); a first word may also be a given name ("Bill Rankin").
  if (lowers.some((w, i) => lx.eventHeads.has(w) && (i > 0 || lowers.length === 1 || EVENT_PREFIXES.has(w))) || (!personHint && words.some((t, i) => i > 0 && /^[IVXL]+$/.test(t.text) && t.text !== 'X'))) return null; // "Malcolm X" is a name; after a title, "King Osric III" a regnal number
  // Only title words ("Foreign Affairs", "Prime Minister"): a portfolio, not a name.
  if (lowers.every((w) => lx.roleHeads.has(w) || lx.roleModifiers.has(w))) return null;
  const lastLower = lowers[lowers.length - 1] ?? '';
  const shouted = words.every((t) => !/[a-z]/.test(t.text));
  // "TB Joshua", "YP Rajesh": two capitals then a name are a person's initials, not an acronym.
  const initialled = words.length <= 3 && /^[A-Z]{2}$/.test(words[0]?.text ?? '') && !lx.orgs.has(words[0]?.text ?? '') && !lx.places.has(words[0]?.text ?? '') && words.slice(1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.pos === 'PROPN' && !lx.orgHeads.has(t.lower));
  if (words.length >= 2 && !shouted && !initialled && words.some((t, i) => /^[A-Z]{2,5}$/.test(t.text) && !(personHint && i > 0 && /^[IVXL]+$/.test(t.text)) && !lx.places.has(t.text) && !lx.notAcronyms.has(t.text))) {
    return mention(text, tokens, a, z, 'organization', null, null, false, null, null);
  }
  // A role word left after the title split ("Foreign Ministers", "the Defense Ministries") makes a generic phrase, not a name.
  if (!personHint && lowers.some((w) => lx.roleHeads.has(w) || lx.roleHeads.has(w.replace(/s$/, '')) || lx.genericPlurals.has(w))) return mention(text, tokens, a, z, 'unknown', null, null, false, null, null);
  // "Worcestershire", "South Gloucestershire": an English county by its ending.
  if (words.length <= 2 && SHIRE.test(lastLower) && (words.length === 1 || lx.compass.has(lowers[0] ?? ''))) return mention(text, tokens, a, z, 'place', null, null, false, null, null);
  if (words.length >= 2 && (lx.placeSuffixes.has(lastLower) || lx.placePrefixes.has(lowers[0] ?? '') || (lx.compass.has(lowers[0] ?? '') && lx.places.has(joined(text, tokens, a + 1, z))))) {
    return mention(text, tokens, a, z, 'place', null, null, false, null, null);
  }
  if (words.length === 1) {
    const w = words[0] as Token;
    if (isCamelCaseBrand(w.text)) return mention(text, tokens, a, z, 'organization', null, null, false, null, null);
    if (ACRONYM.test(w.text) && !lx.notAcronyms.has(w.text) && !shoutedCommonWord(text, w.text)) return mention(text, tokens, a, z, 'organization', null, null, false, null, null);
    if (lx.demonyms.has(lowers[0] ?? '')) return mention(text, tokens, a, z, 'unknown', null, null, false, null, null);
    return mention(text, tokens, a, z, personHint ? 'person' : 'unknown', null, null, false, null, null);
  }
  if (lx.demonyms.has(lowers[0] ?? '') && !personHint) {
    // "Armenian Apostolic Church" would have a head; a demonym-led run without one is an adjective
    // phrase, whose last word may still be a name ("the African-American Nixon"): left unknown, for
    // the assembler to fit to a full name.
    let k = a;
    while (k < z && (lx.demonyms.has((tokens[k] as Token).lower) || (tokens[k] as Token).text === '-')) k++;
    return mention(text, tokens, k === z ? k : a, z, 'unknown', null, null, false, null, null);
  }
  const propn = words.some((t) => t.pos === 'PROPN');
  // wink tags some surnames as verbs ("Naomi Rose"); a verb is fine after a proper noun.
  const nameLike = words.every((t, i) => /^[A-Z\u00C0-\u00DE]/.test(t.text) && (t.pos !== 'VERB' || (i > 0 && words[i - 1]?.pos === 'PROPN')) && t.pos !== 'ADV' && t.pos !== 'NUM');
  // A city's name not read as the city above ("Diamond Bar") is no person by its shape alone: context decides.
  if (personHint || (propn && nameLike && words.length <= 4)) return mention(text, tokens, a, z, city ? 'unknown' : 'person', null, null, false, null, null);
  return mention(text, tokens, a, z, 'unknown', null, null, false, null, null);
}

/** "Russian Foreign Ministry" → Russia; "Armenian National Assembly" → Armenia. */
function orgAffiliation(text: string, tokens: readonly Token[], a: number, z: number): string | null {
  const first = tokens[a];
  if (first) {
    const c = countryOf(first.text);
    if (c && lexicon().demonyms.has(first.lower)) return c;
  }
  const ofIdx = tokens.slice(a, z + 1).findIndex((t) => t.text === 'of');
  if (ofIdx >= 0) {
    const known = longestKnown(text, tokens, a + ofIdx + 1, z);
    if (known?.place?.kind === 'country') return known.place.name;
  }
  return null;
}

function mention(text: string, tokens: readonly Token[], a: number, z: number, type: Mention['type'], role: string | null, affiliation: string | null, honorific: boolean, place: PlaceInfo | null, org: OrgInfo | null, runFirst = a): Mention {
  const first = tokens[a] as Token;
  const last = tokens[z] as Token;
  // wink leaves "Bull’s" whole now and then: the possessive is not part of the name.
  const end = /[’']s$/.test(last.text) && last.text.length > 2 ? last.end - 2 : last.end;
  return { type, start: first.start, end, text: text.slice(first.start, end), first: a, last: z, role, affiliation, honorific, place, org, runFirst };
}
