/**
 * Groups an article's mentions into entities: full names first, then surnames, first
 * names and honorific forms linked to the one full name they fit ("Galuzin", "Mr.
 * Steele"); organisations linked to their acronyms both ways ("Collective Security Treaty
 * Organisation (CSTO)"); places by gazetteer identity ("U.S." = "United States"), with
 * capital metonymy noted ("Yerevan’s cooperation" stands for the Armenian government).
 */
import type { Entity, EntityType, Span } from '../model/records.ts';
import { entityKey, slug } from './keys.ts';
import { lexicon } from './Lexicon.ts';
import type { Mention } from './RunClassifier.ts';
import type { Token } from './Tokens.ts';
import { ACRONYM, draftWords, mergeAcronymsByInitials, mergeShortOrgNames, nameWords, startsWithWords, unifyTypes, type Draft } from './EntityMergeRefiner.ts';

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
  for (const m of people) {
    const words = nameWords(m.text);
    const host = drafts.find((d) => d.type === 'person' && fits(words, draftWords(d)));
    add(m, 'person', host?.identity ?? `person:${slug(m.text)}`, m.text);
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
      const name = known?.name ?? m.text;
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

  // An organisation named "Red Bull GmbH" or "Red Bull Austria" makes a "Red Bull" read as a
  // person the same organisation: one article does not use a name for both.
  for (const d of [...drafts]) {
    if (d.type !== 'person') continue;
    const words = draftWords(d);
    const org = drafts.find((o) => (o.type === 'organization' || o.type === 'person') && o !== d && o.name.length > d.name.length && startsWithWords(draftWords(o), words) && (o.type === 'organization' || lexicon().orgHeads.has(draftWords(o)[words.length] ?? '')));
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
    if (words.length >= 2 && drafts.some((o) => o.type === 'organization' && startsWithWords(words, draftWords(o)) && draftWords(o).length < words.length)) {
      d.type = 'organization';
      d.identity = `organization:${slug(d.name)}`;
    }
  }

  // Pass 2: single-word people and unknowns that fit a known full name.
  for (const m of mentions) {
    if (!(m.type === 'person' || m.type === 'unknown') || nameWords(m.text).length >= 2) continue;
    const word = nameWords(m.text)[0] ?? '';
    let hosts = drafts.filter((d) => d.type === 'person' && draftWords(d).includes(word));
    if (m.role && hosts.length > 0) {
      // "President Biden" in an article about Hunter Biden: a title no host carries names someone else.
      const titled = hosts.filter((d) => d.roles.some((r) => r.toLowerCase() === m.role?.toLowerCase()));
      // With several candidates and none holding the title, guessing would merge two people: keep it apart.
      hosts = titled.length ? titled : hosts.length === 1 ? hosts : [];
    }
    const host = hosts.length === 1 ? hosts[0] : hosts.filter((d) => (d.mentions[0]?.start ?? Infinity) < m.start).pop() ?? hosts[0];
    if (host) add(m, 'person', host.identity, host.name);
    else if (m.type === 'person') add(m, 'person', `person:${slug(m.text)}`, m.text);
  }

  const merged = mergeShortOrgNames(unifyTypes(mergeAcronymsByInitials(drafts))).map((d) => ({ d, at: firstStart(d) }));
  merged.sort((a, b) => a.at - b.at);
  return merged.map(({ d }, i) => toEntity(d, i));
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
