/**
 * Refines classified mentions with their context: roles written in lower case before a
 * name ("former president Donald Trump", "his Armenian counterpart Mher Grigoryan"),
 * appositions after it ("Mikhail Mishustin, the Prime Minister of Russia,"), possessive
 * affiliations ("Russia’s Deputy Prime Minister …"), and the type of bare single words
 * from the words around them ("Galuzin said", "in Almaty").
 */
import { AGENT_CONTINUATIONS, COLLECTIVE_VERBS, LOCATION_PREPOSITIONS, MIN_SUFFIXED_ORG_WORDS, MAX_TITLE_TOKENS, ORG_KIND_NOUNS, PLATFORM_NOUNS, PREDICATE_LEADS, SPEECH_VERBS } from './constants.ts';
import { countryOf, lexicon } from './Lexicon.ts';
import { isRoleWord, readTitle, type Mention } from './RunClassifier.ts';
import { isHeadWord } from './TitleReader.ts';
import { longestKnown } from './KnownNameLookup.ts';
import { agentNoun, OFFICE_VERBS, pluralAgentNoun } from './AgentNouns.ts';
import { allCapitalised, basedBefore, coordinatedModifier, definesAcronym, employedAt, kindApposition, plainGivenName } from './OrganisationContext.ts';
import { isLexiconWord } from './Tokens.ts';
import type { Token } from './Tokens.ts';

const POSSESSIVE = /^[’']s$/;
/** First words of PREDICATE_LEADS: most names are followed by none of them, and need no further look. */
const LEAD_STARTS: ReadonlySet<string> = new Set(PREDICATE_LEADS.map((p) => p[0] as string));
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

export function refineMentions(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const byFirst = new Map<number, Mention>();
  const byLast = new Map<number, Mention>();
  // Last words of the people named in full: "the Schiff’s whistleblower", "the Nixon and Clinton impeachments" name them, not an organisation.
  const surnames = new Set<string>();
  for (const m of mentions) {
    byFirst.set(m.first, m);
    byLast.set(m.last, m);
    if (m.type === 'person' && m.last > m.first) surnames.add((tokens[m.last] as Token).text);
  }
  for (const m of mentions) {
    // No copy up front: a mention is copied only when a rule changes it (most are left as they are).
    let r: Mention = m;
    if (r.type === 'unknown') r = typeFromContext(tokens, r);
    // “Glitter Crown”, “Slow Dance”: a capitalised run that is the whole of a quotation is a title (a show, a song), not a person.
    if ((r.type === 'person' || r.type === 'unknown') && !r.role && !r.honorific && quotedAlone(tokens, r)) r = { ...r, type: 'unknown' };
    // "the student group Bright Horizon", "the electronic duo Marlow": a kind noun in apposition names an organisation.
    const kind = tokens[r.runFirst - 1];
    if ((r.type === 'person' || r.type === 'unknown') && !r.role && !r.honorific && kind !== undefined && ORG_KIND_NOUNS.has(kind.text)) r = { ...r, type: 'organization' };
    if ((r.type === 'unknown' || (r.type === 'person' && !r.role && !r.honorific)) && beforeRegion(text, tokens, r)) r = { ...r, type: 'place' };
    // "Cloudflare, a web security company,", "Seattle-based Nimbus", "an analyst at Corvel Partners": an organisation by its context.
    if ((r.type === 'person' || r.type === 'unknown') && !r.role && !r.honorific && r.place === null && (kindApposition(tokens, r) || basedBefore(tokens, r) || employedAt(tokens, r) || definesAcronym(tokens, r))) r = { ...r, type: 'organization' };

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
    const namedPerson = r.first === r.last && surnames.has(r.text);
    if ((r.type === 'person' || r.type === 'unknown') && !r.role && !r.honorific && the?.text === 'the' && !attributive && !described && properRun && !namedPerson) r = { ...r, type: 'organization' };
    // "the Ostrava Policy poll", "the Red Bull team": capitalised words between "the" and a common noun name an owner or brand, not a person.
    // ("the Laura Ingraham show": a given name that is no common word opens a person's name, owner of the show.)
    if (r.type === 'person' && !r.role && !r.honorific && the?.text === 'the' && attributive && after?.pos === 'NOUN' && r.last > r.first && !/[-/]/.test(r.text) && !plainGivenName(tokens[r.first] as Token)) r = { ...r, type: 'organization' };
    if (r.type === 'person' && !r.role) r = withFound(r, preTitle(text, tokens, r));
    if (r.type === 'person' && !r.role) r = withFound(r, apposition(text, tokens, r, byFirst));
    if (r.type === 'person' && !r.role) r = withFound(r, predicateTitle(text, tokens, r));
    if (r.type === 'unknown' && nameShaped(tokens, r)) r = personByTitle(text, tokens, r, byFirst);
    // "Chief executive Will Rogers", "Rose Field was named director": a title makes a run of ordinary words a person's name.
    if (r.type === 'unknown' && r.last > r.first && nameShaped(tokens, r)) {
      const titled = preTitle(text, tokens, r).role ? preTitle(text, tokens, r) : predicateTitle(text, tokens, r);
      if (titled.role) r = { ...r, ...titled, type: 'person' };
    }
    // "Chelsea were superior": a city's name read as the city, acting as a collective, is its club.
    if ((r.type === 'unknown' || (r.type === 'person' && !r.role && !r.honorific) || r.place?.kind === 'city') && actsAsCollective(tokens, r)) r = { ...r, type: 'organization', place: null };
    if ((r.type === 'person' || r.type === 'organization') && !r.affiliation) {
      const owner = possessor(tokens, r, byLast);
      if (owner) r = { ...r, affiliation: owner };
    }
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
    // One sense per article: the surname of a person the article names in full is that person, whatever a context rule above made of it.
    if (r.type === 'organization' && m.type !== 'organization' && r.first === r.last && surnames.has(r.text)) r = { ...r, type: m.type };
    out.push(r);
  }
  return namesOfPeopleNamedAlone(tokens, shortOrgForms(out));
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

/** "Norwegian", "Americans": a demonym or its plural, never a team or company alone. */
function isDemonym(t: Token): boolean {
  const lx = lexicon();
  return lx.demonyms.has(t.lower) || (t.lower.endsWith('s') && lx.demonyms.has(t.lower.slice(0, -1)));
}

function isPlural(t: Token | undefined): boolean {
  const lx = lexicon();
  return t !== undefined && t.lower.endsWith('s') && !lx.roleHeads.has(t.lower) && lx.roleHeads.has(t.lower.slice(0, -1));
}

/** Where a possessive owner before a name starts ("Velox’s Mika Aaltonen" → "Velox"); the name's own start when there is none. */
function ownerStart(tokens: readonly Token[], first: number): number {
  const mark = tokens[first - 1];
  if (!mark || !/^[’']s?$/.test(mark.text)) return first;
  let j = first - 2;
  while (j >= 0 && first - 2 - j < MAX_OWNER_WORDS && /^\p{Lu}/u.test(tokens[j]?.text ?? '') && tokens[j]?.sentence === tokens[first]?.sentence) j--;
  return j === first - 2 ? first : j + 1;
}

/** "Velox’s Mika Aaltonen": the mention owns the name after it, so the list item is that name. */
function ownsNextName(tokens: readonly Token[], m: Mention): boolean {
  return /^[’']s?$/.test(tokens[m.last + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[m.last + 2]?.text ?? '');
}

/** Longest possessive owner skipped before a listed name, in words ("Red Bull Racing’s"). */
const MAX_OWNER_WORDS = 4;

/** "rival team principals, including Ferrona’s Dario Castell": the list's plural title is each listed person's role. */
function includedUnderTitle(text: string, tokens: readonly Token[], m: Mention): Partial<Mention> {
  let j = ownerStart(tokens, m.runFirst) - 1;
  if (tokens[j]?.lower === 'as' && tokens[j - 1]?.lower === 'such') j--;
  else if (tokens[j]?.lower !== 'including') return {};
  if (tokens[j - 1]?.text !== ',') return {};
  const title = titleEndingAt(text, tokens, m, j - 2);
  if (!title.role || !title.pluralTitle) return {};
  return { role: title.role, affiliation: m.affiliation, pluralTitle: true };
}

/** "Judges Pillard, Garcia, and Walker": the words between two names of one list are ", ", "and" or ", and". */
function listFollows(tokens: readonly Token[], prevLast: number, nextFirst: number): boolean {
  const between = tokens.slice(prevLast + 1, nextFirst).map((t) => t.lower).join(' ');
  return between === 'and' || between === ',' || between === ', and';
}

/** An unknown run that could be a name: capitalised words only, tagged as a proper noun, and no demonym. */
function nameShaped(tokens: readonly Token[], m: Mention): boolean {
  const first = tokens[m.first] as Token;
  const lx = lexicon();
  if (first.pos !== 'PROPN' || lx.demonyms.has(first.lower) || !/^\p{Lu}\p{Ll}/u.test(first.text)) return false;
  for (let i = m.first; i <= m.last; i++) {
    const t = tokens[i] as Token;
    if (isRoleWord(t.text) || lx.orgHeads.has(t.lower) || lx.placeSuffixes.has(t.lower)) return false;
  }
  return true;
}

/**
 * "president Mohammed ben Sulayem", "Nixon, a former police captain,": a title written just
 * before an unknown name, or an apposition after it, makes it a person with that role.
 */
function personByTitle(text: string, tokens: readonly Token[], m: Mention, byFirst: ReadonlyMap<number, Mention>): Mention {
  const prev = tokens[m.first - 1];
  if (prev && /^[a-z]/.test(prev.text) && lexicon().roleHeads.has(prev.lower)) {
    const before = titleEndingAt(text, tokens, m, m.first - 1);
    if (before.role) return { ...m, type: 'person', role: before.role, affiliation: m.affiliation ?? before.affiliation ?? null };
  }
  // "the performer known as Glimmer": a title, then "known as" and the name.
  if (prev?.lower === 'as' && tokens[m.first - 2]?.lower === 'known') {
    const known = titleEndingAt(text, tokens, m, m.first - 3);
    if (known.role) return { ...m, type: 'person', role: known.role, affiliation: m.affiliation ?? known.affiliation ?? null };
  }
  const after = apposition(text, tokens, m, byFirst);
  return after.role ? { ...m, ...after, type: 'person' } : m;
}

function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== tokens[i]?.sentence || /^[“"‘'«(—–:\-]$/.test(prev.text);
}

/**
 * A team or company written as a collective: a singular name with a plural verb ("Luton have
 * stacked up the set-pieces", "Villa were superior"; a person takes "has", "was") or a name in
 * a score line ("Luton 2 Villa 3").
 */
function actsAsCollective(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.last + 1];
  const prev = tokens[m.first - 1];
  const last = tokens[m.last] as Token;
  if (!next || /s$/.test(last.lower) || isDemonym(last)) return false;
  // "Smith and Jones have": a plural verb after a list of names is the list's.
  const listed = prev !== undefined && (prev.lower === 'and' || prev.text === ',' || prev.lower === 'or');
  // A run of several ordinary words left unknown ("Young Fathers are") may act as a collective too; a person's full name never does.
  if (!listed && (m.first === m.last || m.type === 'unknown') && COLLECTIVE_VERBS.has(next.text)) return true;
  const score = /^\d{1,2}$/;
  const after = tokens[m.last + 2];
  if (score.test(next.text) && after && /^\p{Lu}/u.test(after.text) && after.sentence === next.sentence) {
    // "Luton 2 Villa 3": the name after the first score is followed by a score too.
    for (let i = m.last + 2; i < m.last + 6; i++) {
      const t = tokens[i];
      if (!t || t.sentence !== next.sentence) break;
      if (score.test(t.text)) return true;
      if (!/^\p{Lu}/u.test(t.text)) break;
    }
  }
  return prev !== undefined && score.test(prev.text) && tokens[m.first - 2] !== undefined && /^\p{Lu}/u.test(tokens[m.first - 2]?.text ?? '') && (next.text === ':' || score.test(next.text));
}

/**
 * "Mottisfont, Hampshire", "Borger, Texas,", "Placentia, Calif.": a name followed by a comma and a
 * known state, county or country (and then punctuation, not "’s" or a noun) is a place in it.
 */
function beforeRegion(text: string, tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.last + 1]?.text !== ',' || /^\p{Lu}\.?$/u.test(m.text)) return false; // not an initial ("R., Ky.")
  const region = tokens[m.last + 2];
  if (!region || region.sentence !== tokens[m.last]?.sentence) return false;
  const known = longestKnown(text, tokens, m.last + 2, Math.min(tokens.length - 1, m.last + 5));
  if (!known?.place || known.place.kind === 'capital') return false;
  const after = tokens[known.last + 1];
  return !after || after.sentence !== region.sentence || /^[,.;:)—–]$/.test(after.text);
}

function typeFromContext(tokens: readonly Token[], m: Mention): Mention {
  const next = tokens[m.last + 1];
  const prev = tokens[m.first - 1];
  const t = tokens[m.first] as Token;
  // "posted on X", "his X account", "X, formerly Twitter": the platform, not a letter.
  if (m.text === 'X' && (prev?.lower === 'on' || PLATFORM_NOUNS.has(next?.lower ?? '') || (next?.text === ',' && tokens[m.last + 2]?.lower === 'formerly'))) return { ...m, type: 'organization' };
  // ("Sources said", "Officials say": a plural common noun opening the sentence is no name.)
  const commonPlural = m.first === m.last && isSentenceStart(tokens, m.first) && t.lower.endsWith('s') && isLexiconWord(t.lower);
  if (next && SPEECH_VERBS.has(next.lower) && t.pos === 'PROPN' && !commonPlural) return { ...m, type: 'person' };
  // "in Almaty" is a place; "in Eurasian integration" is an adjective before a common noun.
  const modifiesNoun = next !== undefined && ((/^[a-z]/.test(next.text) && next.pos === 'NOUN') || POSSESSIVE.test(next.text));
  if (prev && LOCATION_PREPOSITIONS.has(prev.lower) && t.pos === 'PROPN' && !modifiesNoun && !lexicon().demonyms.has(t.lower) && !lexicon().languages.has(t.text)) return { ...m, type: 'place' };
  return m;
}

/** Title words before the run, any case, back to MAX_TITLE_TOKENS ("the Russian deputy foreign minister Galuzin"). */
function preTitle(text: string, tokens: readonly Token[], m: Mention): Partial<Mention> {
  // "architect Sir Edwin Lutyens": the title stands before the honorific.
  const edge = (m.honorific ? m.runFirst : m.first) - 1;
  const direct = titleEndingAt(text, tokens, m, edge);
  if (direct.role) return direct;
  // "Referee: Michael Oliver": a title and a colon opening the line.
  if (tokens[edge]?.text === ':' && isSentenceStart(tokens, edge - 1)) {
    const labelled = titleEndingAt(text, tokens, m, edge - 1);
    if (labelled.role) return labelled;
  }
  // "a fledgling psychologist named Ed Fancher".
  if (/^(named|called)$/.test(tokens[edge]?.lower ?? '')) {
    const named = titleEndingAt(text, tokens, m, edge - 1);
    if (named.role) return named;
  }
  // "the performer known as Glimmer".
  if (tokens[edge]?.lower === 'as' && tokens[edge - 1]?.lower === 'known') {
    const known = titleEndingAt(text, tokens, m, edge - 2);
    if (known.role) return known;
  }
  // "one of his new law clerks will be Ada Moreau": a title as the subject of "is", "was" or "will be" before the name.
  let copula = edge;
  if (tokens[copula]?.lower === 'be' && /^(will|would)$/.test(tokens[copula - 1]?.lower ?? '')) copula--;
  if (/^(is|was|be|will)$/.test(tokens[copula]?.lower ?? '') && (tokens[copula]?.lower !== 'be' || copula < edge)) {
    const subject = titleEndingAt(text, tokens, m, copula - 1);
    if (subject.role) return subject;
  }
  const employer = titleBeforeEmployer(text, tokens, m);
  if (employer.role) return employer;
  const posted = titleToPlace(text, tokens, m, edge);
  if (posted.role) return posted;
  // "planetary geologist Rosaly Lopes", "Sabres defenseman Brandon Montour": a job noun the role lexicon lacks, by its agent ending.
  const agent = agentNoun(tokens[edge]);
  if (agent && !m.honorific) return { role: agent, affiliation: m.affiliation };
  // "co-writers Caitlyn Smith and Kate York": a plural job noun covers the list of names after it.
  const agents = pluralAgentNoun(tokens[edge]);
  if (agents && !m.honorific) return { role: agents, affiliation: m.affiliation, pluralTitle: true };
  // "his Russian counterpart, Sergei Lavrov": a comma may part a possessive title from the name.
  if (tokens[m.first - 1]?.text !== ',') return {};
  const viaComma = titleEndingAt(text, tokens, m, m.first - 2);
  let before = tokens[m.first - 2 - (viaComma.titleLength ?? 0)];
  // "Vindication Swim’s young director, Elliott Hasler": one adjective may sit between the owner and the title.
  if (before?.pos === 'ADJ') before = tokens[before.index - 1];
  // "the group’s president, Jamie Court": a possessive owns the title as "his" does.
  // "another producer, Tomas Reyes": an indefinite title before the comma introduces the name as well.
  // "Nigerian actress, Kate Henshaw": a title opened by a demonym stands alone before the comma, as one after a determiner does.
  const opener = tokens[m.first - 1 - (viaComma.titleLength ?? 0)];
  if (viaComma.role && opener && lexicon().demonyms.has(opener.lower) && /^\p{Lu}/u.test(opener.text)) return viaComma;
  return before && /^(his|her|their|its|the|another|a|an|[’']s)$/i.test(before.text) ? viaComma : {};
}

/** "ambassador to the Ukraine Marie Yovanovitch", "envoy to Syria Omar Haddad": a title, "to", and the post's place or body run straight into the name. */
function titleToPlace(text: string, tokens: readonly Token[], m: Mention, edge: number): Partial<Mention> {
  let j = edge;
  const sentence = tokens[m.first]?.sentence;
  while (j >= 0 && edge - j < MAX_TITLE_TOKENS && tokens[j]?.sentence === sentence && /^\p{Lu}/u.test(tokens[j]?.text ?? '')) j--;
  if (j === edge) return {};
  const post = text.slice(tokens[j + 1]?.start ?? 0, tokens[edge]?.end ?? 0);
  if (tokens[j]?.lower === 'the') j--;
  if (!/^(to|for)$/.test(tokens[j]?.lower ?? '')) return {};
  const title = titleEndingAt(text, tokens, m, j - 1);
  return title.role ? { role: title.role, affiliation: m.affiliation ?? countryOf(post) ?? post } : {};
}

/** "a spokesman for Turning Point, Andrew Kolvet": a title, its employer and a comma before the name. */
function titleBeforeEmployer(text: string, tokens: readonly Token[], m: Mention): Partial<Mention> {
  if (tokens[m.first - 1]?.text !== ',') return {};
  let j = m.first - 2;
  const employerEnd = j;
  while (j >= 0 && m.first - 2 - j < MAX_TITLE_TOKENS && /^\p{Lu}/u.test(tokens[j]?.text ?? '')) j--;
  if (j === employerEnd) return {};
  if (tokens[j]?.lower === 'the') j--;
  if (!/^(for|of|at)$/.test(tokens[j]?.lower ?? '')) return {};
  const title = titleEndingAt(text, tokens, m, j - 1);
  if (!title.role) return {};
  const det = tokens[j - 1 - (title.titleLength ?? 0)];
  if (!det || !/^(a|an|the|his|her|their|its|[’']s)$/i.test(det.text)) return {};
  const employer = text.slice(tokens[j + 1]?.start ?? 0, tokens[employerEnd]?.end ?? 0).replace(/^the /i, '');
  return { role: title.role, affiliation: m.affiliation ?? employer };
}

function titleEndingAt(text: string, tokens: readonly Token[], m: Mention, end: number): Partial<Mention> & { titleLength?: number } {
  const sentence = tokens[m.first]?.sentence;
  let j = end;
  while (j >= 0 && end - j < MAX_TITLE_TOKENS) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) break;
    const lower = t.lower;
    if (lower === 'the') break;
    if (isRoleWord(t.text) || lexicon().demonyms.has(lower) || (/^[a-z]/.test(t.text) && t.pos === 'NOUN' && j < end && isHeadWord(tokens[j + 1]?.lower ?? ''))) {
      j--;
      continue;
    }
    break;
  }
  if (j === end) return {};
  const title = readTitle(text, tokens, j + 1, end);
  if (!title.role || title.next !== end + 1) return {};
  const plural = /s$/i.test(tokens[end]?.text ?? '') && !lexicon().roleHeads.has((tokens[end]?.text ?? '').toLowerCase());
  return { role: title.role, affiliation: m.affiliation ?? title.affiliation, titleLength: end - j, pluralTitle: plural };
}

/** ", the Prime Minister of Russia," / ", Russia’s foreign minister," after a name. */
function apposition(text: string, tokens: readonly Token[], m: Mention, byFirst: ReadonlyMap<number, Mention>): Partial<Mention> {
  if (tokens[m.last + 1]?.text !== ',') return {};
  let i = m.last + 2;
  // "Maria Lopez, 45, a retired teacher,": an age between commas comes before the apposition.
  if (/^\d{1,3}$/.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === ',') i += 2;
  let affiliation: string | null = null;
  const first = tokens[i];
  if (!first) return {};
  // ", as the CEO of Salesforce AI,": "as" introduces the title.
  if (first.lower === 'as') i++;
  // ", one of his producers,": one of a group, whose plural title is the person's.
  const oneOf = first.lower === 'one' && tokens[i + 1]?.lower === 'of';
  if (oneOf) i += 2;
  if (DETERMINERS.has(tokens[i]?.lower ?? '')) i++;
  // ", the company’s chief financial officer,": a common noun owning the title.
  if (tokens[i]?.pos === 'NOUN' && /^[a-z]/.test(tokens[i]?.text ?? '') && POSSESSIVE.test(tokens[i + 1]?.text ?? '')) i += 2;
  // ", a 30-year-old medical student": ages and plain adjectives may come before the title.
  for (let k = 0; k < 2 && tokens[i] && (/^\d+-year-old$/.test(tokens[i]?.text ?? '') || (tokens[i]?.pos === 'ADJ' && !isRoleWord(tokens[i]?.text ?? ''))); k++) i++;
  const owner = byFirst.get(i);
  // A "person" read just before a title word ("the Red Bull team principal") is the employer's name.
  const afterOwner = owner ? (POSSESSIVE.test(tokens[owner.last + 1]?.text ?? '') ? tokens[owner.last + 2] : tokens[owner.last + 1]) : undefined;
  if (owner && (owner.type !== 'person' || isRoleWord(afterOwner?.text ?? ''))) {
    // ", Russia’s foreign minister," / ", the Red Bull team principal,": the owner is the affiliation.
    affiliation = owner.place?.kind === 'country' ? owner.place.name : owner.org?.name ?? owner.text;
    i = POSSESSIVE.test(tokens[owner.last + 1]?.text ?? '') ? owner.last + 2 : owner.last + 1;
  }
  const title = readTitle(text, tokens, i, Math.min(tokens.length - 1, i + MAX_TITLE_TOKENS));
  if (!title.role) {
    // ", a retired geologist,": a job noun the role lexicon lacks, by its agent ending, closing the apposition.
    const agent = oneOf ? null : agentNoun(tokens[i]) ?? (tokens[i]?.pos === 'NOUN' || tokens[i]?.pos === 'ADJ' ? agentNoun(tokens[i + 1]) : null);
    const end = agent ? (agentNoun(tokens[i]) ? i + 1 : i + 2) : -1;
    // ", a psychologist based in X", ", a hydrologist with the board": a participle or preposition may go on after the job noun.
    const closes = /^[,.;:)—–]$/.test(tokens[end]?.text ?? '') || AGENT_CONTINUATIONS.has(tokens[end]?.lower ?? '');
    if (agent && closes && DETERMINERS.has(first.lower)) return { role: agent, affiliation: m.affiliation ?? affiliation };
    return {};
  }
  // ", county commissioners, and": a plural title after a comma is the next item of a list.
  if (isPlural(tokens[title.next - 1]) !== oneOf) return {};
  const after = tokens[title.next];
  // ", the director of the Berkeley poll,": a title that ended on "of the" goes on with what it is a title of.
  const continues = /^(of|the|for|at)$/.test(tokens[title.next - 1]?.lower ?? '');
  if (after && !continues && !/^[,.;:)—–]$/.test(after.text) && !['who', 'and', 'said', 'says', 'told', 'at', 'of', 'for', 'with', 'in', 'based'].includes(after.lower)) return {};
  return { role: title.role, affiliation: m.affiliation ?? title.affiliation ?? affiliation };
}

/**
 * "Patrice Lumumba was elected prime minister", "Smith, who serves as the club’s treasurer":
 * a title after a copula or an appointment verb is the person's role.
 */
function predicateTitle(text: string, tokens: readonly Token[], m: Mention): Partial<Mention> {
  let i = m.last + 1;
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'who') {
    i += 2;
    // ", who chairs the committee,": a verb of office names the role.
    const office = OFFICE_VERBS[tokens[i]?.lower ?? ''];
    if (office && /^(the|a|an|his|her|their)$/.test(tokens[i + 1]?.lower ?? '')) return { role: office };
  }
  if (!LEAD_STARTS.has(tokens[i]?.lower ?? '')) return {};
  const words: string[] = [];
  for (let k = 0; k < 3 && tokens[i]; k++, i++) words.push((tokens[i] as Token).lower);
  const lead = PREDICATE_LEADS.find((p) => p.every((w, k) => words[k] === w));
  if (!lead) return {};
  i = m.last + 1 + (tokens[m.last + 1]?.text === ',' ? 2 : 0) + lead.length;
  if (DETERMINERS.has(tokens[i]?.lower ?? '')) i++;
  const title = readTitle(text, tokens, i, Math.min(tokens.length - 1, i + MAX_TITLE_TOKENS));
  if (!title.role || isPlural(tokens[title.next - 1])) return {};
  const after = tokens[title.next];
  if (after && !/^[,.;:)—–]$/.test(after.text) && !['of', 'for', 'at', 'in', 'and', 'since', 'until', 'from'].includes(after.lower)) return {};
  return { role: title.role, affiliation: m.affiliation ?? title.affiliation };
}

/** "Russia’s Deputy Prime Minister": the possessor before the mention gives the affiliation. */
function possessor(tokens: readonly Token[], m: Mention, byLast: ReadonlyMap<number, Mention>): string | null {
  const poss = tokens[m.runFirst - 1];
  if (!poss || !POSSESSIVE.test(poss.text)) return null;
  const owner = byLast.get(m.runFirst - 2);
  if (!owner) return null;
  if (owner.place) return owner.place.kind === 'country' ? owner.place.name : owner.place.capitalOf ?? owner.place.name;
  if (owner.type === 'organization') return owner.org?.name ?? owner.text;
  return countryOf(owner.text);
}
