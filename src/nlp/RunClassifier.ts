/**
 * Classifies a name run: splits a leading title off ("Russian Deputy Foreign Minister" +
 * "Mikhail Galuzin"; "Deputy Foreign Minister of Russia" + "Mikhail Galuzin"; "CSTO
 * Secretary General" + "Imangali Tasmagambetov") and decides what the rest is, using the
 * gazetteer, institution words, acronym shape and the title. Bare single words are left
 * `unknown` for the context refiner.
 */
import type { EntityType } from '../model/records.ts';
import { CLUB_SUFFIXES, EMPLOYER_HEADS, PRODUCT_TIER_WORDS, EVENT_PREFIXES, NAME_PARTICLES, RUN_CONNECTORS, SITE_SUFFIXES, STREET_WORDS, TITLE_BODY_WORDS, TITLE_RANKS, WEB_SUFFIXES } from './constants.ts';
import { countryNamed, isDateline, knownCity, usedAsPersonName } from './CityLookup.ts';
import { joined, longestKnown } from './KnownNameLookup.ts';
import { institutionAfter, mastheadBeforeNoun } from './OrganisationContext.ts';
import { marketSymbol } from './MarketSymbols.ts';
import { countryOf, lexicon, type OrgInfo, type PlaceInfo } from './Lexicon.ts';
import { isRoleWord, readTitle } from './TitleReader.ts';
import { isGivenName, ordinaryWordsOnly } from './NamePlausibility.ts';
import { isLexiconWord } from './Tokens.ts';
import type { NameRun } from './NameRunExtractor.ts';
import { hasLetter, isCamelCaseBrand, isolatedProperShout, shoutedCommonWord, shoutedLexiconWord } from './WordShapes.ts';
import type { Token } from './Tokens.ts';
import { endsInProductTier, hasCodeWord, hasLetterCompound, placeDemonym } from './ProductShapes.ts';

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
/** Letters with two or more digits, or with digits before more letters ("M10", "N225", "US30YT"). */
const MODEL_CODE = /\d\d|\d\p{L}/u;
/** Two to five capitals, an ampersand allowed between two ("S&D", "AT&T"). */
const SHORT_ACRONYM = /^[A-Z](?:&?[A-Z]){1,4}$/;

export function classifyRun(text: string, tokens: readonly Token[], run: NameRun): Mention[] {
  const web = webAddress(text, tokens, run);
  if (web) return [web];
  const read = readRun(text, tokens, run);
  // A plain loop: most runs give one mention, and most mentions are no bare person.
  for (let k = 0; k < read.length; k++) {
    const m = read[k] as Mention;
    if (m.type !== 'person' || m.role || m.honorific) continue;
    // "API Documentation", "CPU Cooler": an abbreviation the lexicon knows is no word of a person's name.
    if (hasAbbreviation(tokens, m.first, m.last)) {
      read[k] = { ...m, type: 'unknown' };
      continue;
    }
    // "MacBook Air", "PS4 Pro", "South Dakotans": products, codes and a place's people are no entity; "T-Mobile" is left to its context.
    // ("The New Yorker" is a magazine: a place's people are left to their context, which the article word decides.)
    if (placeDemonym(text, tokens[m.first] as Token, tokens[m.last] as Token)) read[k] = { ...m, type: 'unknown' };
    else if (hasLetterCompound(tokens, m.first, m.last) || (m.first === m.last && PRODUCT_TIER_WORDS.has((tokens[m.first] as Token).lower))) return read.filter((x) => x !== m);
    else if (hasCodeWord(tokens, m.first, m.last) || endsInProductTier(tokens, m.first, m.last)) {
      // "Sony A6700", "Rivian R1T": the model's first word, no English word or given name, is its maker.
      const maker = makerWord(tokens, m.first, m.last) ? mention(text, tokens, m.first, m.first, 'organization', null, null, false, null, null) : null;
      return read.flatMap((x) => (x !== m ? [x] : maker ? [maker] : []));
    }
  }
  return read;
}

/**
 * "told Polygraph.info", "reported by Politico.com": a capitalised name glued to a web suffix is the site, an outlet or
 * company, never a person; the mention takes the suffix in. A lower-case address ("example.com") opens no run.
 */
function webAddress(text: string, tokens: readonly Token[], run: NameRun): Mention | null {
  const z = (run.tokens[run.tokens.length - 1] as Token).index;
  const dot = tokens[z + 1];
  const suffix = tokens[z + 2];
  if (dot?.text !== '.' || suffix === undefined || dot.start !== (tokens[z] as Token).end || suffix.start !== dot.end || !WEB_SUFFIXES.has(suffix.text)) return null;
  // ("Polygraph.info/en": a path may follow; another word glued after the suffix makes it no address.)
  const after = tokens[z + 3];
  if (after !== undefined && after.start === suffix.end && /^\p{L}/u.test(after.text)) return null;
  const a = (run.tokens[0] as Token).index;
  return mention(text, tokens, a, z + 2, 'organization', null, null, false, null, null, a);
}

function hasAbbreviation(tokens: readonly Token[], a: number, z: number): boolean {
  const lx = lexicon();
  for (let i = a; i <= z; i++) if (lx.notAcronyms.has((tokens[i] as Token).text) && /^[A-Z]{2,}$/.test((tokens[i] as Token).text)) return true;
  return false;
}

/** The first word of a model's name names its maker: a capitalised word of letters that is no English word or given name, before more words. */
function makerWord(tokens: readonly Token[], a: number, z: number): boolean {
  const t = tokens[a] as Token;
  return a < z && /^\p{Lu}\p{L}+$/u.test(t.text) && !isLexiconWord(t.lower) && !isGivenName(t.lower) && !isRoleWord(t.text);
}

function readRun(text: string, tokens: readonly Token[], run: NameRun): Mention[] {
  const lx = lexicon();
  const a = (run.tokens[0] as Token).index;
  const z = (run.tokens[run.tokens.length - 1] as Token).index;
  if (marketSymbol(tokens, a, z)) return []; // "(PKI.TO)", "S&P 500": tickers and indices are not annotated
  const whole = longestKnown(text, tokens, a, z);
  if (whole && whole.last === z) return [mention(text, tokens, a, z, whole.place ? 'place' : 'organization', null, null, false, whole.place, whole.org, a)];
  // "envoy to Ukraine Kurt Volker": a known place or organisation, then a full personal name opened by a given name.
  if (whole && (fullPersonalName(tokens, whole.last + 1, z) || afterPlaceOfPosting(text, tokens, a, whole, z))) {
    return [mention(text, tokens, a, whole.last, whole.place ? 'place' : 'organization', null, null, false, whole.place, whole.org, a), mention(text, tokens, whole.last + 1, z, 'person', null, null, false, null, null, whole.last + 1)];
  }
  // "CNN International", "BBC iPlayer", "Amazon Alexa": a known organisation's name, then words that are no person's or place's
  // name, names one of its divisions, services or products: the organisation's, never a person.
  if (whole?.org && !whole.place && whole.last < z && division(text, tokens, whole.last + 1, z)) return [mention(text, tokens, a, z, 'organization', null, null, false, null, null, a)];
  // "DL Larry Ogunjobi", "CB Denzel Ward": a position's or unit's abbreviation before a full personal name is no part of it.
  if (a < z && ACRONYM.test((tokens[a] as Token).text) && !lexicon().orgs.has((tokens[a] as Token).text) && fullPersonalName(tokens, a + 1, z)) return [mention(text, tokens, a + 1, z, 'person', null, null, false, null, null, a + 1)];

  // "American Kevin King", "Australian Anna Holt": a demonym before a full personal name is the person's nationality, no part of the name.
  if (a < z && lx.demonyms.has((tokens[a] as Token).lower) && fullPersonalName(tokens, a + 1, z)) return [mention(text, tokens, a + 1, z, 'person', null, countryOf((tokens[a] as Token).text), false, null, null, a + 1)];

  const modified = modifiedInstitution(text, tokens, a, z);
  if (modified) return modified;

  let start = a;
  let honorific = false;
  const firstLower = (tokens[a] as Token).lower;
  // ("MS Leisure Company": an honorific's letters before an institution word are the institution's initials.)
  if (lx.honorifics.has(firstLower) && !institutionAfter(tokens, a + 1, z)) {
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
  if (partyLed) return readRun(text, tokens, { ...run, tokens: run.tokens.slice(1), start: (tokens[a + 1] as Token).start, text: joined(text, tokens, a + 1, z) });
  const partySplit = splitPartyMember(text, tokens, a, z);
  if (partySplit) return partySplit;
  if (PARTY_WORDS.has((tokens[z] as Token).lower) && a < z) {
    // "the Ohio Democrat": a description whose first words may still name a place.
    const head = classifyRest(text, tokens, a, z - 1, false);
    // "House Republicans" is a caucus (an organisation); "the Ohio Democrat" a person described.
    if (head && head.type === 'organization') return [mention(text, tokens, a, z, 'organization', null, null, false, null, null, a)];
    return head && head.type === 'place' ? [{ ...head, runFirst: a }] : [];
  }
  const title = capitalisedNounTitle(tokens, a, z) ? NO_TITLE : readTitle(text, tokens, a, z);
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
  if (!rest) return [];
  // (A copy only where the reading differs: most runs are read whole, as they stand.)
  return [rest.honorific === honorific && rest.runFirst === a ? rest : { ...rest, honorific, runFirst: a }];
}

/**
 * "ambassador to Britain Liu Xiaming": after "to", a country and then two or more words read as a
 * person's name are the posting and the person, whatever the name's language (no English given name needed).
 */
function afterPlaceOfPosting(text: string, tokens: readonly Token[], a: number, whole: { last: number; place: PlaceInfo | null }, z: number): boolean {
  if (whole.place?.kind !== 'country' || tokens[a - 1]?.lower !== 'to' || z - whole.last < 2) return false;
  const rest = classifyRest(text, tokens, whole.last + 1, z, false);
  return rest?.type === 'person';
}

/** The word at a is a region or country the lexicon knows, or a city whose country the article names ("Kowloon" beside "Hong Kong"; not "Kanye" of Kanye West). */
function compassDistrict(text: string, tokens: readonly Token[], a: number): boolean {
  if (lexicon().places.has((tokens[a] as Token).text)) return true;
  const city = knownCity(text, tokens, a, a);
  return city !== null && countryNamed(text, tokens, city);
}

/** Place suffixes that are common surnames too ("Lena Park", "Sally Forest"); "County", "Road", "Manor" are not. */
const SURNAME_PLACE_WORDS: ReadonlySet<string> = new Set(['park', 'forest', 'bridge', 'beach', 'lake', 'hills']);

/** Last words that make a name a club's ("Leeds United", "Tottenham Hotspur", "Bolton Wanderers"); "City", "Town" and "County" end places as often. From English and Scottish league club names (CLUB_SUFFIXES). */
const CLUB_NAME_ENDS: ReadonlySet<string> = new Set([...CLUB_SUFFIXES].filter((w) => w !== 'city' && w !== 'town' && w !== 'county'));

/** First words of club names before their town ("FC Porto", "Real Madrid", "Sporting Lisbon", "Dynamo Kyiv"). From European football and sports club names. */
const CLUB_NAME_STARTS: ReadonlySet<string> = new Set(['fc', 'afc', 'cf', 'sc', 'real', 'atletico', 'atlético', 'inter', 'sporting', 'olympique', 'olympiacos', 'dynamo', 'dinamo', 'lokomotiv', 'spartak', 'borussia', 'racing', 'deportivo', 'athletic', 'hapoel', 'maccabi']);

/** "FC Porto", "Real Madrid": a club word, then a place the gazetteer knows. */
function clubBeforePlace(text: string, tokens: readonly Token[], a: number, z: number): boolean {
  if (!CLUB_NAME_STARTS.has((tokens[a] as Token).lower)) return false;
  const known = longestKnown(text, tokens, a + 1, z);
  return (known?.place != null && known.last === z) || lexicon().cities.has(joined(text, tokens, a + 1, z));
}

/** Words before a name that set a place's context ("in Victoria Park", "the Grace Hill estate"). */
const PLACE_LEADS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'across', 'the', 'of', 'on', 'through', 'around']);

const NO_TITLE = { next: 0, role: null, affiliation: null };

/** Role heads that are also plain nouns opening names of works and papers ("Star Wars", "Star Tribune", "Legend Records"): titles only in lower case ("rock star X"). */
const NOUN_LIKE_TITLES: ReadonlySet<string> = new Set(['star', 'legend', 'icon', 'model', 'host', 'partner', 'champion']);

function capitalisedNounTitle(tokens: readonly Token[], a: number, z: number): boolean {
  const t = tokens[a] as Token;
  return a < z && NOUN_LIKE_TITLES.has(t.lower) && /^\p{Lu}/u.test(t.text) && !isRoleWord((tokens[a + 1] as Token).text);
}

/** Words after a known organisation's name that name a part of it: capitalised, no title, no known place, no full personal name. */
function division(text: string, tokens: readonly Token[], a: number, z: number): boolean {
  if (z - a > 2 || fullPersonalName(tokens, a, z)) return false;
  const lx = lexicon();
  for (let i = a; i <= z; i++) {
    const t = tokens[i] as Token;
    if (!/^\p{L}/u.test(t.text) || /^[A-Z]{4,}$/.test(t.text) || lx.roleHeads.has(t.lower) || lx.places.has(t.text) || lx.demonyms.has(t.lower) || lx.orgs.has(t.text)) return false;
  }
  return longestKnown(text, tokens, a, z)?.place == null;
}

/** Words a..z are a full personal name: two to four capitalised words, the first an English given name, none a title, institution or place word. */
function fullPersonalName(tokens: readonly Token[], a: number, z: number): boolean {
  if (z - a < 1 || z - a > 3) return false;
  const lx = lexicon();
  if (!isGivenName((tokens[a] as Token).lower)) return false;
  for (let i = a; i <= z; i++) {
    const t = tokens[i] as Token;
    if (!/^\p{Lu}[\p{Ll}’'.-]*$/u.test(t.text) || isRoleWord(t.text) || lx.orgHeads.has(t.lower) || lx.places.has(t.text) || lx.placeSuffixes.has(t.lower)) return false;
  }
  // "Case Reports": a plural common noun ends no personal name.
  const last = tokens[z] as Token;
  return !(last.lower.endsWith('s') && isLexiconWord(last.lower));
}

/** Words that place a title or body in time ("former", "then"); capitalised only at a sentence start, they never open an organisation's name. */
const TIME_MODIFIERS: ReadonlySet<string> = new Set(['former', 'then', 'ex', 'late', 'incoming', 'outgoing', 'erstwhile', 'onetime', 'one-time']);

/** Notes of lexicon organisations that name a legislature or a presidency, which a party or a leader's name may modify ("GOP Senate", "Trump White House"). */
const GOVERNING_BODIES: ReadonlySet<string> = new Set(['legislature', 'presidency']);

let governingLast: Set<string> | null = null;

/** Last words of the legislatures and presidencies the lexicon knows ("House", "Senate", "Kremlin"): most runs end in none, and need no lookup. */
function governingLastWords(): Set<string> {
  if (!governingLast) {
    governingLast = new Set();
    for (const [name, org] of lexicon().orgs) if (GOVERNING_BODIES.has(org.note ?? '')) governingLast.add(name.split(' ').at(-1) as string);
  }
  return governingLast;
}

/**
 * "GOP Senate", "the GOP House conference", "the Trump White House": a party or a leader's name
 * before a legislature or presidency the lexicon knows modifies it and is no part of its name. The
 * modifier stays a mention of its own (an organisation, or a bare name for the assembler to fit).
 */
function modifiedInstitution(text: string, tokens: readonly Token[], a: number, z: number): Mention[] | null {
  if (a === z || !governingLastWords().has((tokens[z] as Token).text)) return null;
  const known = longestKnown(text, tokens, a + 1, z);
  if (!known?.org || known.last !== z || !GOVERNING_BODIES.has(known.org.note ?? '')) return null;
  const word = tokens[a] as Token;
  const party = lexicon().orgs.get(word.text);
  const body = mention(text, tokens, a + 1, z, 'organization', null, null, false, null, known.org, a + 1);
  if (party?.note === 'party') return [mention(text, tokens, a, a, 'organization', null, null, false, null, party, a), body];
  const lx = lexicon();
  if (word.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(word.text) && !lx.places.has(word.text) && !lx.demonyms.has(word.lower) && !lx.orgs.has(word.text) && !lx.orgHeads.has(word.lower) && !isRoleWord(word.text)) {
    return [mention(text, tokens, a, a, 'unknown', null, null, false, null, null, a), body];
  }
  return null;
}

/** "Judges Pillard, Garcia and Walker": a title ending in a plural head word names every person of the list after it. */
function isPluralTitle(t: Token | undefined): boolean {
  const lx = lexicon();
  return t !== undefined && t.lower.endsWith('s') && !lx.roleHeads.has(t.lower) && lx.roleHeads.has(t.lower.slice(0, -1));
}

/** Party words that make a run a description ("Democratic California", "the Ohio Democrat"). */
const PARTY_WORDS = new Set(['democrat', 'democrats', 'democratic', 'republican', 'republicans', 'tory', 'tories', 'conservative', 'liberal', 'socialist']);

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
  // "Pine Hollow Baptist Head of School Dana Merrow": a one-word "of"/"for" phrase completes the title when a full personal name follows.
  const titleEnd = /^(?:of|for)$/.test(tokens[k + 1]?.lower ?? '') && k + 2 < z && isCapitalisedWord(tokens[k + 2]) && fullPersonalName(tokens, k + 3, z) ? k + 2 : k;
  const nameWords = tokens.slice(titleEnd + 1, z + 1);
  // "President Ursula von der Leyen": lower-case particles inside the name, never at its start.
  const nameWord = (t: Token, j: number) => (j > 0 && NAME_PARTICLES.has(t.text)) || (/^[A-Z]/.test(t.text) && !isRoleWord(t.text) && !lx.orgHeads.has(t.lower) && !lx.places.has(t.text));
  if (!nameWords.every(nameWord)) return null;
  let r = k;
  // "Secretary-General": a hyphen glued between two title words is part of the title.
  const titleBefore = (i: number) => i >= a && (isRoleWord((tokens[i] as Token).text) || ((tokens[i] as Token).text === '-' && i - 1 >= a && isRoleWord((tokens[i - 1] as Token).text)));
  while (titleBefore(r - 1)) r--;
  // "Department of Justice Inspector General": a title word right after the institution's "of" is its complement, not the title's.
  if (r > a && r < k && RUN_CONNECTORS.has((tokens[r - 1] as Token).lower)) r++;
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
  // "the People’s Party of Commission President X": a bare body word after "of" opens the title ("Commission President"), not the party's name.
  if (r - 2 > a && (tokens[r - 2] as Token).lower === 'of' && TITLE_BODY_WORDS.has((tokens[r - 1] as Token).lower)) {
    r--;
    const owner = classifyRest(text, tokens, a, r - 2, false);
    const role = text.slice((tokens[r] as Token).start, (tokens[titleEnd] as Token).end);
    const kept = owner && (owner.type === 'organization' || owner.type === 'place') ? [{ ...owner, runFirst: a }] : [];
    return [...kept, mention(text, tokens, titleEnd + 1, z, 'person', role, null, false, null, null, a)];
  }
  const role = text.slice((tokens[r] as Token).start, (tokens[titleEnd] as Token).end);
  const person = mention(text, tokens, titleEnd + 1, z, 'person', role, institution.place?.kind === 'country' ? institution.place.name : institution.text, false, null, null, a);
  return [{ ...institution, runFirst: a }, person];
}

function isCapitalisedWord(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text);
}

const LOWER_START = /^[a-z]/;

/** The words of tokens a..z: tokens with a letter, less a hyphenated given name's syllable ("Ing-wen"), which is no word of its own. */
function runWords(tokens: readonly Token[], a: number, z: number): Token[] {
  const words: Token[] = [];
  for (let i = a; i <= z; i++) {
    const t = tokens[i] as Token;
    if (hasLetter(t.text) && !(i > a && LOWER_START.test(t.text) && tokens[i - 1]?.text === '-')) words.push(t);
  }
  return words;
}

function lastWordOf(lowers: readonly string[]): string {
  return lowers[lowers.length - 1] ?? '';
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
  const words = runWords(tokens, a, z);
  const lowers = words.map((t) => t.lower);
  if (words.length === 1 && lx.publicationHeads.has(lowers[0] ?? '') && (tokens[a - 1]?.lower === 'the' || mastheadBeforeNoun(tokens, a))) {
    return mention(text, tokens, a, z, 'organization', null, null, false, null, null); // "the Times", "a Times article"
  }
  if (words.length === 1 && lx.orgHeads.has(lowers[0] ?? '') && !ACRONYM.test(words[0]?.text ?? '')) return null; // "the Committee": generic; "FBI" is a name
  // "Former Trump Organization executives", "Interim BART chief": a sentence-initial time word describes the name, and is no part of it.
  if (a < z && TIME_MODIFIERS.has(lowers[0] ?? '') && words[0] === tokens[a] && !personHint) return classifyRest(text, tokens, a + 1, z, false);
  // "Tottenham Court Road", "College Street": a street's last word makes the name a place, whatever institution word it holds.
  if (words.length >= 2 && STREET_WORDS.has(lowers[lowers.length - 1] ?? '')) return mention(text, tokens, a, z, 'place', null, null, false, null, null);
  if (lowers.some((w) => lx.orgHeads.has(w))) {
    // "Quarry Bank Mill", "Ameris Bank Amphitheatre": a building's or venue's last word makes the name a place, whatever institution
    // word it holds (not an area's: "Austin Independent School District", "University of Texas Rio Grande Valley").
    if (words.length >= 2 && SITE_SUFFIXES.has(lastWordOf(lowers))) return mention(text, tokens, a, z, 'place', null, null, false, null, null);
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
  // "European NATO members", "Russian TASS": a demonym before an acronym describes the organisation and is no part of its name.
  if (!personHint && !shouted && words.length === 2 && words[0] === tokens[a] && words[1] === tokens[z] && lx.demonyms.has(lowers[0] ?? '') && ACRONYM.test(words[1]?.text ?? '') && !lx.notAcronyms.has(words[1]?.text ?? '')) {
    return classifyRest(text, tokens, z, z, false);
  }
  if (words.length >= 2 && !shouted && !initialled && words.some((t, i) => SHORT_ACRONYM.test(t.text) && !(personHint && i > 0 && /^[IVXL]+$/.test(t.text)) && !lx.places.has(t.text) && !lx.notAcronyms.has(t.text))) {
    return mention(text, tokens, a, z, 'organization', null, null, false, null, null);
  }
  // A role word left after the title split ("Foreign Ministers", "the Defense Ministries") makes a generic phrase, not a name.
  if (!personHint && lowers.some((w) => lx.roleHeads.has(w) || lx.roleHeads.has(w.endsWith('s') ? w.slice(0, -1) : w) || lx.genericPlurals.has(w))) return mention(text, tokens, a, z, 'unknown', null, null, false, null, null);
  // "Worcestershire", "South Gloucestershire": an English county by its ending.
  if (words.length <= 2 && SHIRE.test(lastLower) && (words.length === 1 || lx.compass.has(lowers[0] ?? ''))) return mention(text, tokens, a, z, 'place', null, null, false, null, null);
  // "Lena Park", "Fiona Hill": a given name and a surname that is also a place word name a person, unless a place's context comes before.
  if (words.length === 2 && SURNAME_PLACE_WORDS.has(lastLower) && isGivenName(lowers[0] ?? '') && !PLACE_LEADS.has(tokens[a - 1]?.lower ?? '')) return mention(text, tokens, a, z, 'person', null, null, false, null, null);
  // "Kowloon West", "Wichita East": a place the lexicon knows and a compass word name a part of it, not a person ("Kanye West" names no place).
  if (words.length === 2 && words[1] === tokens[z] && words[0] === tokens[a] && lx.compass.has(lastLower) && compassDistrict(text, tokens, a)) return mention(text, tokens, a, z, 'place', null, null, false, null, null);
  if (words.length >= 2 && (lx.placeSuffixes.has(lastLower) || lx.placePrefixes.has(lowers[0] ?? '') || (lx.compass.has(lowers[0] ?? '') && lx.places.has(joined(text, tokens, a + 1, z))))) {
    return mention(text, tokens, a, z, 'place', null, null, false, null, null);
  }
  if (!personHint && words.length >= 2 && (placeThenOrdinaryWords(text, tokens, a, z) || CLUB_NAME_ENDS.has(lastLower) || clubBeforePlace(text, tokens, a, z))) return mention(text, tokens, a, z, 'organization', null, null, false, null, null);
  if (words.length === 1) {
    const w = words[0] as Token;
    if (isCamelCaseBrand(w.text)) return mention(text, tokens, a, z, 'organization', null, null, false, null, null);
    // "M10", "US30YT", "N225": two or more digits, or digits inside, make a model number or a ticker, unless the lexicon knows the
    // name ("G20"); one digit at the end may end a channel's or a series' name ("ITV1", "F1").
    if (MODEL_CODE.test(w.text) && !lx.orgs.has(w.text)) return null;
    // "the CPU", "in SEO": an abbreviation the lexicon knows is no name at all (places it also names, "US", were read above).
    if (lx.notAcronyms.has(w.text) && /^[A-Z]{2,}$/.test(w.text)) return null;
    if (ACRONYM.test(w.text) && !lx.notAcronyms.has(w.text) && !shoutedCommonWord(text, tokens, w.text) && (!shoutedLexiconWord(text, w.text) || isolatedProperShout(tokens, w.index))) return mention(text, tokens, a, z, 'organization', null, null, false, null, null);
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
  // ("Rob Walker": a given name tagged as a verb still opens a name.)
  // "Portia de Rossi": a lower-case particle inside a name opened by a given name ("Manufacture Nationale de Sèvres" is no person's).
  const particleOk = isGivenName(lowers[0] ?? '');
  const nameLike = words.every((t, i) => (particleOk && i > 0 && i < words.length - 1 && NAME_PARTICLES.has(t.text)) || (/^[A-Z\u00C0-\u00DE]/.test(t.text) && (t.pos !== 'VERB' || (i > 0 && words[i - 1]?.pos === 'PROPN') || (i === 0 && words.length > 1 && isGivenName(t.lower))) && t.pos !== 'ADV' && t.pos !== 'NUM'));
  // A city's name not read as the city above ("Diamond Bar") is no person by its shape alone: context decides.
  if (personHint || (propn && nameLike && words.length <= 4)) return mention(text, tokens, a, z, city || (!personHint && ordinaryWordsOnly(words)) ? 'unknown' : 'person', null, null, false, null, null);
  return mention(text, tokens, a, z, 'unknown', null, null, false, null, null);
}

/**
 * "Oklahoma City Thunder", "Alabama Crimson Tide", "Georgia Power": a place the gazetteer knows, then
 * ordinary English words (no given name, title, institution or place word) name a team or a company
 * based there. People whose names start with a place's ("Paris Hilton") go on with a surname no
 * English lexicon has.
 */
function placeThenOrdinaryWords(text: string, tokens: readonly Token[], a: number, z: number): boolean {
  const lx = lexicon();
  // Cheap tests first: most runs start with no place's word, or end in a word that is no ordinary English word.
  const first = tokens[a] as Token;
  if (!lx.nameStarts.has(first.lower.replace(/[.,’']+$/, '')) && !lx.cityStarts.has(first.text)) return false;
  const last = tokens[z] as Token;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last.text) || !isLexiconWord(last.lower)) return false;
  let k = -1;
  const known = longestKnown(text, tokens, a, z - 1);
  if (known?.place) k = known.last;
  else if (lx.cityStarts.has((tokens[a] as Token).text)) for (let j = z - 1; j >= a && k < 0; j--) if (lx.cities.has(joined(text, tokens, a, j))) k = j;
  // "Taylor Swift", "Norman Mailer": a town named like a given name opens a person's name as often as a team's.
  if (k < 0 || (k === a && isGivenName((tokens[a] as Token).lower))) return false;
  for (let i = k + 1; i <= z; i++) {
    const t = tokens[i] as Token;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isLexiconWord(t.lower) || lx.orgHeads.has(t.lower) || lx.placeSuffixes.has(t.lower) || lx.compass.has(t.lower) || lx.demonyms.has(t.lower) || isRoleWord(t.text) || PARTY_WORDS.has(t.lower)) return false;
    if (i === k + 1 && isGivenName(t.lower)) return false;
  }
  return true;
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
