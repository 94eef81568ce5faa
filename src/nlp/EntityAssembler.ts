/**
 * Groups an article's mentions into entities: full names first, then surnames, first
 * names and honorific forms linked to the one full name they fit ("Galuzin", "Mr.
 * Steele"); organisations linked to their acronyms both ways ("Collective Security Treaty
 * Organisation (CSTO)"); places by gazetteer identity ("U.S." = "United States"), with
 * capital metonymy noted ("Yerevan’s cooperation" stands for the Armenian government).
 */
import type { Entity, EntityType, Span } from '../model/records.ts';
import { BARE_SURNAME_MIN_MENTIONS, ORG_SENSE_MIN_MENTIONS } from './constants.ts';
import { isLexiconWord } from './Tokens.ts';
import { isGivenName } from './NamePlausibility.ts';
import { entityKey, slug } from './keys.ts';
import { lexicon } from './Lexicon.ts';
import type { Mention } from './RunClassifier.ts';
import type { Token } from './Tokens.ts';
import { carryDescriptionRoles } from './DescriptionRoleCarrier.ts';
import { absorbShoutedNames, ACRONYM, draftWords, mergeAcronymsByInitials, mergeShortOrgNames, nameWords, startsWithWords, unifyPlaces, unifyTypes, type Draft } from './EntityMergeRefiner.ts';

export function assembleEntities(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Entity[] {
  const drafts: Draft[] = [];
  const byIdentity = new Map<string, Draft>();
  const add = (m: Mention, type: EntityType, identity: string, name: string): Draft => {
    let d = byIdentity.get(identity);
    if (!d) {
      d = { type, name, identity, mentions: [], roles: [], affiliation: null, acronym: null, countryCode: null, notes: [], words: null };
      byIdentity.set(identity, d);
      drafts.push(d);
    }
    d.mentions.push(m);
    if (m.role && !d.roles.includes(m.role)) d.roles.push(m.role);
    if (m.affiliation && !d.affiliation) d.affiliation = m.affiliation;
    if (name.length > d.name.length && type === 'person') d.name = name;
    return d;
  };

  // Pass 1: people with two or more name words, places, organisations.
  const people = mentions.filter((m) => m.type === 'person' && nameWords(m.text).length >= 2);
  // A full name fits only a name with the same last word: the candidates are indexed by it, in the order they were met.
  const byLastWord = new Map<string, Draft[]>();
  for (const m of people) {
    const words = nameWords(m.text);
    const last = words[words.length - 1] as string;
    const host = byLastWord.get(last)?.find((d) => fits(words, draftWords(d)));
    const d = add(m, 'person', host?.identity ?? `person:${slug(m.text)}`, m.text);
    if (!host && d.mentions.length === 1) {
      const list = byLastWord.get(last);
      if (list) list.push(d);
      else byLastWord.set(last, [d]);
    }
  }
  const acronyms = new Map<string, Draft>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type === 'place') {
      const name = m.place?.name ?? m.text;
      const d = add(m, 'place', `place:${slug(name)}`, name);
      d.countryCode = m.place?.countryCode ?? null;
      if (m.place?.kind === 'capital' && m.place.capitalOf && metonymic(tokens, m)) {
        const note = `capital metonymy: government of ${m.place.capitalOf}`;
        if (!d.roles.includes(note)) d.roles.push(note);
      }
    } else if (m.type === 'organization') {
      const isAcronym = ACRONYM.test(m.text);
      const known = m.org;
      let d = isAcronym ? acronyms.get(m.text) : undefined;
      if (!d && known) d = byIdentity.get(`organization:${slug(known.name)}`);
      const name = known?.name ?? shortCountryForm(m.text);
      d = d ? (add(m, 'organization', d.identity, d.name), d) : add(m, 'organization', `organization:${slug(name)}`, name);
      if (known?.acronym) {
        d.acronym = known.acronym;
        acronyms.set(known.acronym, d);
      }
      if (known?.affiliation && !d.affiliation) d.affiliation = known.affiliation;
      if (known?.note && !d.roles.includes(known.note)) d.roles.push(known.note);
      if (isAcronym && !d.acronym) {
        d.acronym = m.text;
        acronyms.set(m.text, d);
      }
      // "Name (ACR)": the parenthesised acronym names the same organisation.
      const next = mentions[i + 1];
      if (!isAcronym && next && tokens[m.last + 1]?.text === '(' && next.first === m.last + 2 && ACRONYM.test(next.text) && tokens[next.last + 1]?.text === ')') {
        const existing = acronyms.get(next.text);
        if (!existing || existing === d) {
          d.acronym = next.text;
          acronyms.set(next.text, d);
        }
      }
    }
  }

  absorbShoutedNames(drafts);

  // An organisation named "Red Bull GmbH" or "Red Bull Austria" makes a "Red Bull" read as a
  // person the same organisation: one article does not use a name for both.
  // Both merges below compare names by their first words: index the drafts by first word once.
  const byFirstWord = new Map<string, Draft[]>();
  for (const o of drafts) {
    const w = draftWords(o)[0];
    if (w === undefined) continue;
    const list = byFirstWord.get(w);
    if (list) list.push(o);
    else byFirstWord.set(w, [o]);
  }
  const sameStart = (words: readonly string[]): Draft[] => byFirstWord.get(words[0] ?? '') ?? [];
  for (const d of [...drafts]) {
    if (d.type !== 'person') continue;
    const words = draftWords(d);
    const org = sameStart(words).find((o) => (o.type === 'organization' || o.type === 'person') && o !== d && o.name.length > d.name.length && startsWithWords(draftWords(o), words) && (o.type === 'organization' || lexicon().orgHeads.has(draftWords(o)[words.length] ?? '')));
    if (!org) continue;
    d.type = 'organization';
    d.identity = `organization:${slug(d.name)}`;
    if (org.type === 'person') {
      org.type = 'organization';
      org.identity = `organization:${slug(org.name)}`;
    }
  }
  for (const d of drafts) {
    if (d.type !== 'person') continue;
    const words = draftWords(d);
    if (words.length >= 2 && sameStart(words).some((o) => o.type === 'organization' && startsWithWords(words, draftWords(o)) && draftWords(o).length < words.length)) {
      d.type = 'organization';
      d.identity = `organization:${slug(d.name)}`;
    }
  }

  // Pass 2: single-word people and unknowns that fit a known full name. People by name word,
  // kept up to date as this pass adds one-word people (a loop over all drafts per mention was a
  // visible share of the stage's time on articles with many names).
  const peopleByWord = new Map<string, Draft[]>();
  const indexPerson = (d: Draft) => {
    for (const w of new Set(draftWords(d))) {
      const list = peopleByWord.get(w);
      if (list) list.push(d);
      else peopleByWord.set(w, [d]);
    }
  };
  for (const d of drafts) if (d.type === 'person') indexPerson(d);
  const unplaced: Mention[] = [];
  for (const m of mentions) {
    if (m.type === 'unknown' && nameWords(m.text).length >= 2) {
      unplaced.push(m); // "Village Voice" left unknown by its ordinary words: it may be an organisation named elsewhere
      continue;
    }
    if (!(m.type === 'person' || m.type === 'unknown') || nameWords(m.text).length >= 2) continue;
    const word = nameWords(m.text)[0] ?? '';
    // "a Black girl" in an article that names Karen Black: an identity word alone is not her surname.
    if (m.type === 'unknown' && lexicon().demonyms.has(word)) continue;
    const host = pickHost(peopleByWord.get(word) ?? [], m, word);
    if (host) add(m, 'person', host.identity, host.name);
    else if (m.type === 'unknown') unplaced.push(m);
    else if (m.type === 'person') {
      const d = add(m, 'person', `person:${slug(m.text)}`, m.text);
      if (d.mentions.length === 1) indexPerson(d);
    }
  }

  // One sense per article: a bare word written elsewhere in the article as an organisation's or a
  // place's name ("Luton have won …" makes every "Luton" the club) is that organisation or place.
  // Twice at least (ORG_SENSE_MIN_MENTIONS): one reading may be a mistake, and spreading it would repeat it.
  const orgByText = new Map<string, { d: Draft; n: number }>();
  for (const d of drafts) {
    if (d.type !== 'organization' && d.type !== 'place') continue;
    for (const m of d.mentions) {
      const seen = orgByText.get(m.text);
      if (!seen) orgByText.set(m.text, { d, n: 1 });
      else if (seen.d === d) seen.n++;
    }
  }
  const leftOver: Mention[] = [];
  for (const m of unplaced) {
    const org = orgByText.get(m.text);
    // A place read once from its context ("in Mottisfont", "Mottisfont, Hampshire") is enough: bare place names are rarely anything else.
    // A name of several words read once as an organisation is that organisation elsewhere: such names are rarely ambiguous.
    if (org && (org.n >= ORG_SENSE_MIN_MENTIONS || org.d.type === 'place' || m.text.includes(' '))) org.d.mentions.push(m);
    else if (!org) leftOver.push(m);
  }
  // "Disney" beside "Walt Disney Co.": a bare word of an organisation's name in the article is no surname.
  const orgWords = new Set<string>();
  for (const d of drafts) if (d.type === 'organization') for (const w of draftWords(d)) orgWords.add(w);
  bareSurnames(tokens, leftOver.filter((m) => !orgWords.has(m.text.toLowerCase())), (m) => add(m, 'person', `person:${slug(m.text)}`, m.text));

  // "The striker had also hit the post": a description opening the next sentence gives the one person named before it a role.
  carryDescriptionRoles(text, tokens, drafts);

  const merged = mergeShortOrgNames(unifyPlaces(unifyTypes(mergeAcronymsByInitials(drafts)))).map((d) => ({ d, at: firstStart(d) }));
  merged.sort((a, b) => a.at - b.at);
  return merged.map(({ d }, i) => toEntity(d, i));
}

/**
 * "Kabore crossed for Mengi": a capitalised word inside a sentence that no lexicon knows (no English
 * word, place, organisation or demonym), tagged a proper noun and named at least BARE_SURNAME_MIN_MENTIONS
 * times in the article, is a person's surname; news names people far more often than anything else.
 * An English given name that is no common word ("Melania") is a person's name once, anywhere.
 */
function bareSurnames(tokens: readonly Token[], leftOver: readonly Mention[], addPerson: (m: Mention) => void): void {
  const byText = new Map<string, Mention[]>();
  const given = new Set<string>();
  const lx = lexicon();
  for (const m of leftOver) {
    const t = tokens[m.first] as Token;
    if (m.first !== m.last || m.place || t.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text)) continue;
    // ("the West", "the North": a compass word alone is a region or a bloc.)
    if (lx.places.has(t.text) || lx.cities.has(t.text) || lx.demonyms.has(t.lower) || lx.demonyms.has(t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower) || lx.orgs.has(t.text) || lx.languages.has(t.text) || lx.compass.has(t.lower)) continue;
    // "Melania", "Olivia": an English given name that is no common word names a person wherever it stands.
    const givenName = isGivenName(t.lower) && !isLexiconWord(t.lower);
    if (!givenName && sentenceOpening(tokens, m.first)) continue;
    // "Delhiites", "Parisians": names of peoples, not persons.
    if (!givenName && (isLexiconWord(t.lower) || /(?:ites|ians|ists)$/.test(t.lower))) continue;
    // "Islamist groups", "Salafist preachers": an adherent's word before a common noun is an adjective, not a surname ("Greist said" is one).
    if (!givenName && t.lower.endsWith('ist') && tokens[m.last + 1]?.pos === 'NOUN' && /^[a-z]/.test(tokens[m.last + 1]?.text ?? '')) continue;
    if (givenName) given.add(m.text);
    const list = byText.get(m.text);
    if (list) list.push(m);
    else byText.set(m.text, [m]);
  }
  for (const [name, list] of byText) if (given.has(name) || list.length >= BARE_SURNAME_MIN_MENTIONS) for (const m of list) addPerson(m);
}

function sentenceOpening(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== tokens[i]?.sentence || /^[“"‘'«(—–:\-]$/.test(prev.text);
}

/**
 * The full name a single word stands for. Among several candidates a title must be one a
 * host carries ("President Biden" in an article about Hunter Biden stays apart); then the
 * surname beats the first name, then the person mentioned most by full name (the article's
 * subject, not the relative named once), then the one introduced first.
 */
function pickHost(hosts: Draft[], m: Mention, word: string): Draft | undefined {
  if (hosts.length <= 1) return hosts[0];
  if (m.role) {
    const titled = hosts.filter((d) => d.roles.some((r) => r.toLowerCase() === m.role?.toLowerCase()));
    // With several candidates and none holding the title, guessing would merge two people: keep it apart.
    if (!titled.length) return undefined;
    hosts = titled;
  }
  const bySurname = hosts.filter((d) => draftWords(d).at(-1) === word);
  if (bySurname.length) hosts = bySurname;
  let best: Draft | undefined;
  for (const d of hosts) {
    if (!best || d.mentions.length > best.mentions.length || (d.mentions.length === best.mentions.length && firstStart(d) < firstStart(best))) best = d;
  }
  return best;
}

/** "United States Department of Agriculture" and "U.S. Department of Agriculture" are one organisation, named as news copy names it. */
function shortCountryForm(name: string): string {
  return name.replace(/^United States (?=\p{Lu})/u, 'U.S. ');
}

/** A shorter name fits a longer one when its words appear in it in order ("Vladimir Putin" in "Vladimir Vladimirovich Putin"). */
function fits(short: readonly string[], long: readonly string[]): boolean {
  if (short.length > long.length) return fits(long, short);
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
}

/** A capital standing for its government: it owns something, acts, or pairs with another capital. */
function metonymic(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.last + 1];
  if (!next) return false;
  if (/^[’']s$/.test(next.text)) return true;
  if (next.pos === 'VERB' || next.pos === 'AUX') return true;
  const after = tokens[m.last + 2];
  return next.text === 'and' && !!after && lexicon().places.get(after.text)?.kind === 'capital';
}

function firstStart(d: Draft): number {
  let min = Infinity;
  for (const m of d.mentions) if (m.start < min) min = m.start;
  return min;
}

function toEntity(d: Draft, i: number): Entity {
  const mentions: Span[] = [...d.mentions].sort((a, b) => a.start - b.start).map((m) => [m.start, m.end]);
  const aliases = [...new Set(d.mentions.map((m) => m.text))].filter((a) => a !== d.name);
  if (d.acronym && d.acronym !== d.name && !aliases.includes(d.acronym)) aliases.push(d.acronym);
  return {
    id: `e${i + 1}`,
    key: entityKey(d.type, d.name),
    name: d.name,
    type: d.type,
    aliases,
    roles: d.roles,
    affiliation: d.affiliation,
    acronym: d.acronym,
    mentions,
    countryCode: d.countryCode,
    stage: 'nlp',
  };
}
