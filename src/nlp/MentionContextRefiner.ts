/**
 * Refines classified mentions with their context: roles written in lower case before a
 * name ("former president Donald Trump", "his Armenian counterpart Mher Grigoryan"),
 * appositions after it ("Mikhail Mishustin, the Prime Minister of Russia,"), possessive
 * affiliations ("Russia’s Deputy Prime Minister …"), and the type of bare single words
 * from the words around them ("Galuzin said", "in Almaty"). The rules live beside it:
 * ContextTypeRules (types from context), TitleBeforeName and TitleAfterName (roles), TitledLists
 * (names under one plural title); this file runs them in order over an article's mentions.
 */
import { MEMBERSHIP_NOUNS, MIN_SUFFIXED_ORG_WORDS, ORG_KIND_NOUNS } from './constants.ts';
import { lexicon } from './Lexicon.ts';
import type { Mention } from './RunClassifier.ts';
import { allCapitalised, basedBefore, companyNounAfter, coordinatedModifier, definesAcronym, employedAt, kindApposition, kindBefore, plainGivenName } from './OrganisationContext.ts';
import { isLexiconWord, type Token } from './Tokens.ts';
import { actsAsCollective, beforeRegion, isDemonym, isSentenceStart, nameShaped, possessor, typeFromContext } from './ContextTypeRules.ts';
import { preTitle } from './TitleBeforeName.ts';
import { apposition, personByTitle, predicateTitle } from './TitleAfterName.ts';
import { includedUnderTitle, listFollows, ownerStart, ownsNextName } from './TitledLists.ts';

export function refineMentions(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const byFirst = new Map<number, Mention>();
  const byLast = new Map<number, Mention>();
  // Last words of the people named in full: "the Schiff’s whistleblower", "the Nixon and Clinton impeachments" name them, not an organisation.
  const surnames = new Set<string>();
  // Place words ending the places named in full: "the Texas Panhandle" … "the Panhandle" (not "the Lakers" after a team read as a place).
  const placeEnds = new Set<string>();
  for (const m of mentions) {
    byFirst.set(m.first, m);
    byLast.set(m.last, m);
    if (m.type === 'person' && m.last > m.first) surnames.add((tokens[m.last] as Token).text);
    if (m.type === 'place' && m.last > m.first && lexicon().placeSuffixes.has((tokens[m.last] as Token).lower)) placeEnds.add((tokens[m.last] as Token).text);
  }
  for (const m of mentions) {
    // No copy up front: a mention is copied only when a rule changes it (most are left as they are).
    let r = typeByContext(text, tokens, m, { surnames, placeEnds });
    r = roleByContext(text, tokens, r, byFirst);
    // "Chelsea were superior": a city's name read as the city, acting as a collective, is its club.
    if ((r.type === 'unknown' || (r.type === 'person' && !r.role && !r.honorific) || r.place?.kind === 'city') && actsAsCollective(tokens, r)) r = { ...r, type: 'organization', place: null };
    if ((r.type === 'person' || r.type === 'organization') && !r.affiliation) {
      const owner = possessor(tokens, r, byLast);
      if (owner) r = { ...r, affiliation: owner };
    }
    r = roleInList(text, tokens, r, out);
    // One sense per article: the surname of a person the article names in full is that person, whatever a context rule above made of it.
    if (r.type === 'organization' && m.type !== 'organization' && r.first === r.last && surnames.has(r.text)) r = { ...r, type: m.type };
    out.push(r);
  }
  return namesOfPeopleNamedAlone(tokens, companiesNamedAlone(tokens, shortOrgForms(out), surnames));
}

/**
 * "Nissan North America Inc." … "Nissan said": a single word read as a person, with no title or
 * honorific, that opens an organisation's longer name in the same article is that company, unless the
 * article names a person with it as surname or it is an English given name. A run of several words
 * left unknown that the article names an organisation elsewhere is that organisation.
 */
function companiesNamedAlone(tokens: readonly Token[], mentions: Mention[], surnames: ReadonlySet<string>): Mention[] {
  let starts: Set<string> | null = null;
  let names: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== 'organization' || m.last === m.first) continue;
    (names ??= new Set()).add(m.text);
    if (/^\p{Lu}\p{Ll}+$/u.test((tokens[m.first] as Token).text)) (starts ??= new Set()).add((tokens[m.first] as Token).text);
  }
  if (!starts || !names) return mentions;
  const opening = starts;
  const named = names;
  return mentions.map((m) => {
    if (m.type === 'person' && m.first === m.last && !m.role && !m.honorific && opening.has(m.text) && !surnames.has(m.text) && !plainGivenName(tokens[m.first] as Token)) return { ...m, type: 'organization' };
    // "Home Depot shares are up": a run of ordinary words left unknown is the organisation the article names so elsewhere.
    return m.type === 'unknown' && m.last > m.first && named.has(m.text) ? { ...m, type: 'organization' } : m;
  });
}

/** The type the words around a mention give it: a quotation, a kind noun, a region after it, an organisation's context, "the" or "The" before it. */
/** Last words of the people and places an article names in full. */
interface FullNames {
  surnames: ReadonlySet<string>;
  placeEnds: ReadonlySet<string>;
}

function typeByContext(text: string, tokens: readonly Token[], m: Mention, names: FullNames): Mention {
  let r = m;
  if (r.type === 'unknown') r = typeFromContext(tokens, r);
  // “Glitter Crown”, “Slow Dance”: a capitalised run that is the whole of a quotation is a title (a show, a song), not a person.
  if ((r.type === 'person' || r.type === 'unknown') && !r.role && !r.honorific && quotedAlone(tokens, r)) r = { ...r, type: 'unknown' };
  // "the student group Bright Horizon", "the electronic duo Marlow": a kind noun in apposition names an organisation.
  const kind = tokens[r.runFirst - 1];
  if ((r.type === 'person' || r.type === 'unknown') && !r.role && !r.honorific && kind !== undefined && ORG_KIND_NOUNS.has(kind.text)) r = { ...r, type: 'organization' };
  if ((r.type === 'unknown' || (r.type === 'person' && !r.role && !r.honorific)) && beforeRegion(text, tokens, r)) r = { ...r, type: 'place' };
  // "Cloudflare, a web security company,", "Seattle-based Nimbus", "an analyst at Corvel Partners": an organisation by its context.
  if ((r.type === 'person' || r.type === 'unknown') && !r.role && !r.honorific && r.place === null && (kindApposition(tokens, r) || basedBefore(tokens, r) || employedAt(tokens, r) || definesAcronym(tokens, r) || companyNounAfter(tokens, r) || kindBefore(tokens, r))) r = { ...r, type: 'organization' };
  // "a former Ku Klux Klan member": a body its members are named by (a person's given name opens no such run; "Cult members" opening a sentence is a common noun).
  if ((r.type === 'person' || r.type === 'unknown') && !r.role && !r.honorific && r.place === null && MEMBERSHIP_NOUNS.has(tokens[r.last + 1]?.lower ?? '') && !plainGivenName(tokens[r.first] as Token) && !commonWordOpening(tokens, r)) r = { ...r, type: 'organization' };
  return typeByArticle(tokens, r, names);
}

/** A single ordinary English word opening its sentence ("Cult members were …"): capitalised by its place alone. */
function commonWordOpening(tokens: readonly Token[], m: Mention): boolean {
  return m.first === m.last && isSentenceStart(tokens, m.first) && isLexiconWord((tokens[m.first] as Token).lower);
}

/** "told The Intercept", "the Rebels", "the Red Bull team": what an article before a name makes of it. */
function typeByArticle(tokens: readonly Token[], m: Mention, names: FullNames): Mention {
  let r = m;
  // "told The Intercept", "the Times": a capitalised "The" inside a sentence starts a publication's name.
  const the = tokens[r.runFirst - 1];
  if ((r.type === 'person' || r.type === 'unknown') && !r.role && the?.text === 'The' && !isSentenceStart(tokens, r.runFirst - 1)) r = { ...r, type: 'organization' };
  // "the Rebels", "the Kentucky Wildcats": people take no article; a name after "the" that is not
  // modifying a noun ("the Biden campaign") names a team, company or institution.
  const after = tokens[r.last + 1];
  // ("the Nixon and Clinton impeachments": a name coordinated with another before the noun modifies it too.)
  const attributive = (after !== undefined && /^[a-z]/.test(after.text) && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ')) || coordinatedModifier(tokens, r.last);
  // ("the African-American Nixon": a demonym before the name makes it a described person.)
  const described = (r.runFirst < r.first && lexicon().demonyms.has((tokens[r.runFirst] as Token).lower)) || isDemonym(tokens[r.first] as Token);
  // ("the Village Voice": a run of several capitalised words counts though wink tags its first a common noun.)
  const properRun = (tokens[r.first] as Token).pos === 'PROPN' || (r.type === 'unknown' && r.last > r.first && allCapitalised(tokens, r));
  const namedPerson = r.first === r.last && names.surnames.has(r.text);
  // ("the West", "the North": a compass word alone names a bloc or a region, never an organisation.)
  const compassAlone = r.first === r.last && lexicon().compass.has((tokens[r.first] as Token).lower);
  // ("the Panhandle" after "the Texas Panhandle": the last word of a place named in full is that place.)
  const placeEnd = r.first === r.last && names.placeEnds.has(r.text);
  // ("the EV", "the CPU": an abbreviation the lexicon knows is no organisation's name.)
  const abbreviation = r.first === r.last && lexicon().notAcronyms.has(r.text);
  if ((r.type === 'person' || r.type === 'unknown') && !r.role && !r.honorific && the?.text === 'the' && !attributive && !described && properRun && !namedPerson && !compassAlone && !abbreviation) r = { ...r, type: placeEnd ? 'place' : 'organization' };
  // "the Ostrava Policy poll", "the Red Bull team": capitalised words between "the" and a common noun name an owner or brand, not a person.
  // ("the Laura Ingraham show": a given name that is no common word opens a person's name, owner of the show.)
  if (r.type === 'person' && !r.role && !r.honorific && the?.text === 'the' && attributive && after?.pos === 'NOUN' && r.last > r.first && !/[-/]/.test(r.text) && !plainGivenName(tokens[r.first] as Token)) r = { ...r, type: 'organization' };
  return r;
}

/** A person's role from a title before the name, an apposition or a predicate after it; an unknown run a title makes a person. */
function roleByContext(text: string, tokens: readonly Token[], m: Mention, byFirst: ReadonlyMap<number, Mention>): Mention {
  let r = m;
  if (r.type === 'person' && !r.role) r = withFound(r, preTitle(text, tokens, r));
  if (r.type === 'person' && !r.role) r = withFound(r, apposition(text, tokens, r, byFirst));
  if (r.type === 'person' && !r.role) r = withFound(r, predicateTitle(text, tokens, r));
  if (r.type === 'unknown' && nameShaped(tokens, r)) r = personByTitle(text, tokens, r, byFirst);
  // "Chief executive Will Rogers", "Rose Field was named director": a title makes a run of ordinary words a person's name.
  if (r.type === 'unknown' && r.last > r.first && nameShaped(tokens, r)) {
    const before = preTitle(text, tokens, r);
    const titled = before.role ? before : predicateTitle(text, tokens, r);
    if (titled.role) r = { ...r, ...titled, type: 'person' };
  }
  return r;
}

/** A role shared along a list: a plural title covering the next names, and "his counterpart" taking the role of the person named before. `out`: the mentions refined so far. */
function roleInList(text: string, tokens: readonly Token[], m: Mention, out: readonly Mention[]): Mention {
  let r = m;
  // "Red Bull drivers Max Verstappen and Sergio Perez": a plural title covers the next name too.
  // (An owner before the name, "Velox’s", is no item of the list: the item before it is.)
  const lastOut = out[out.length - 1];
  const prevOut = lastOut && ownsNextName(tokens, lastOut) && lastOut.last + 2 === r.runFirst ? out[out.length - 2] : lastOut;
  // "team principals, including Ferrona’s Dario Castell": a plural title and "including" before the first name of a list.
  if (r.type === 'person' && !r.role && !r.honorific) r = withFound(r, includedUnderTitle(text, tokens, r));
  if ((r.type === 'person' || r.type === 'unknown') && !r.role && prevOut?.type === 'person' && prevOut.role && prevOut.pluralTitle && !ownsNextName(tokens, r) && listFollows(tokens, prevOut.last, ownerStart(tokens, r.runFirst))) {
    r = { ...r, type: 'person', role: prevOut.role, affiliation: r.affiliation ?? prevOut.affiliation, pluralTitle: true };
  }
  if (r.type === 'person' && r.role === 'Counterpart') {
    const prev = [...out].reverse().find((p) => p.type === 'person' && p.role && p.role !== 'Counterpart' && tokens[p.first]?.sentence === tokens[r.first]?.sentence);
    if (prev?.role) r = { ...r, role: prev.role };
  }
  return r;
}

/**
 * The mention with what a context reader found (a role, an affiliation), or the mention itself
 * when the reader found nothing: most find nothing, and a copy of every mention per reader was
 * a visible share of the stage's time.
 */
function withFound(m: Mention, found: Partial<Mention>): Mention {
  for (const _ in found) return { ...m, ...found };
  return m;
}

/**
 * "Unai Emery’s men" … "Emery said": a run of ordinary words left unknown (NamePlausibility) is a
 * person's full name after all when the article names a person by its last word alone.
 */
function namesOfPeopleNamedAlone(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  let surnames: Set<string> | null = null;
  for (const m of mentions) if (m.type === 'person' && m.first === m.last) (surnames ??= new Set()).add(m.text);
  if (!surnames) return mentions;
  const alone = surnames;
  return mentions.map((m) => {
    if (m.type !== 'unknown' || m.place || m.last === m.first || (tokens[m.first] as Token).pos !== 'PROPN') return m;
    for (let i = m.first; i <= m.last; i++) if (!/^\p{Lu}\p{Ll}+$/u.test((tokens[i] as Token).text)) return m;
    return alone.has((tokens[m.last] as Token).text) ? { ...m, type: 'person' } : m;
  });
}

/**
 * "Bright Horizon USA" … "within Bright Horizon," … "Bright Horizon employees": the article's
 * organisation name without its trailing acronym is that organisation wherever it stands alone,
 * though alone it was read as a person's name, a place by its last word, or left unknown.
 */
function shortOrgForms(mentions: Mention[]): Mention[] {
  let forms: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const words = m.text.split(' ');
    if (words.length >= MIN_SUFFIXED_ORG_WORDS && /^[A-Z]{2,4}$/.test(words[words.length - 1] ?? '')) (forms ??= new Set()).add(words.slice(0, -1).join(' '));
  }
  if (!forms) return mentions;
  const known = forms;
  // A place read from its last word alone ("Bright Harbor"), not from the gazetteer, yields too.
  const yields = (m: Mention) => m.type === 'person' || m.type === 'unknown' || (m.type === 'place' && !m.place);
  return mentions.map((m) => (yields(m) && !m.role && !m.honorific && known.has(m.text) ? { ...m, type: 'organization' } : m));
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '"', '‘']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '"', '’']);

/** The run is everything between an opening and a closing quotation mark (a comma or full stop may sit inside the closing one). */
function quotedAlone(tokens: readonly Token[], m: Mention): boolean {
  if (!OPENING_QUOTES.has(tokens[m.runFirst - 1]?.text ?? '')) return false;
  let next = tokens[m.last + 1];
  if (next && /^[,.!?]$/.test(next.text)) next = tokens[m.last + 2];
  return next !== undefined && CLOSING_QUOTES.has(next.text);
}
