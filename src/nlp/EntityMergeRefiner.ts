/**
 * Article-level merges after mentions are grouped: acronyms with the expansion they spell,
 * one type per name, one-word organisation names with the longer name they end, and names
 * that are the start of an organisation's name.
 */
import { BoundedMemo } from './BoundedMemo.ts';
import { CLUB_SUFFIXES, MASTHEAD_HEADS, MIN_PARTIAL_ACRONYM } from './constants.ts';
import { lexicon } from './Lexicon.ts';
import type { Mention } from './RunClassifier.ts';

export interface Draft {
  type: 'person' | 'organization' | 'place';
  name: string;
  /** Identity used to merge mentions within the article. */
  identity: string;
  mentions: Mention[];
  roles: string[];
  affiliation: string | null;
  acronym: string | null;
  countryCode: string | null;
  notes: string[];
  /** nameWords(name), with the name it was read from (names grow as mentions join); see draftWords. */
  words: { name: string; words: string[] } | null;
}

const GENERATIONAL = /^(?:Jr|Sr)\.?,?$|^(?:II|III|IV)$/;


export const ACRONYM = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,7}$|^[A-Z]+\/[A-Z]+$/;

/** Name words, case-folded so a shouted "VICTOR DAVIS HANSON" fits "Victor Davis Hanson". */
const wordsByName = new BoundedMemo((name: string): string[] =>
  // A generational suffix ("Jr.", "III") is no name word: "William Pryor" fits "William H. Pryor, Jr.".
  name.split(/\s+/).filter((x) => /\p{L}/u.test(x) && !GENERATIONAL.test(x)).map((x) => x.replace(/,$/, '').toLowerCase()),
);

export function nameWords(name: string): string[] {
  return wordsByName.get(name);
}

/** nameWords of a draft's current name, kept on the draft: the assembler asks for it in loops over all drafts. */
export function draftWords(d: Draft): string[] {
  if (d.words?.name !== d.name) d.words = { name: d.name, words: nameWords(d.name) };
  return d.words.words;
}

/** One name, one type per article: a name read once as an organisation ("the Miami Seaquarium") is one everywhere. */
export function unifyTypes(drafts: Draft[]): Draft[] {
  const orgs = new Map<string, Draft>();
  return drafts.filter((d) => {
    if (d.type !== 'organization') return true;
    // Two drafts of one organisation (one was first read as a person): one entity.
    const same = orgs.get(d.name.toLowerCase());
    if (!same) {
      orgs.set(d.name.toLowerCase(), d);
      return true;
    }
    same.mentions.push(...d.mentions);
    return false;
  }).filter((d) => {
    if (d.type !== 'person') return true;
    const org = orgs.get(d.name.toLowerCase());
    if (!org) return true;
    org.mentions.push(...d.mentions);
    return false;
  });
}

/**
 * "Wendmoor Lacey, Surrey" makes "Wendmoor Lacey has views …" the same place: a name read as a
 * place from its context (a region after it, a preposition before it) is that place wherever the
 * article writes it, though alone it looked like a person's name. Names a gazetteer gives are
 * left alone when they are one word ("Georgia" may be a person in an article that names the
 * country too).
 */
export function unifyPlaces(drafts: Draft[]): Draft[] {
  const places = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.type !== 'place') continue;
    for (const m of d.mentions) if (m.place === null || m.text.includes(' ')) places.set(m.text, d);
  }
  if (!places.size) return drafts;
  return drafts.filter((d) => {
    if (d.type !== 'person' || d.roles.length || d.mentions.some((m) => m.honorific || m.role)) return true;
    const place = places.get(d.name);
    if (!place) return true;
    place.mentions.push(...d.mentions);
    return false;
  });
}

/** A shouted word read as an acronym: four letters or more, capitals only. */
const SHOUTED_WORD = /^[A-Z]{4,}$/;

/**
 * "RUPAUL IS EVERYTHING" on a poster in an article about RuPaul: a shouted one-word
 * "organisation" that is a word of a person's name in the article is that person (the one
 * mentioned most, if several). Mutates the draft list in place (the assembler's working list).
 */
export function absorbShoutedNames(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if (d.type !== 'organization' || !SHOUTED_WORD.test(d.name) || d.acronym !== d.name) continue;
    const word = d.name.toLowerCase();
    let host: Draft | undefined;
    for (const p of drafts) {
      if (p.type === 'person' && p.name !== p.name.toUpperCase() && draftWords(p).includes(word) && (!host || p.mentions.length > host.mentions.length)) host = p;
    }
    if (!host) continue;
    host.mentions.push(...d.mentions);
    drafts.splice(i, 1);
  }
}

/** "the Seaquarium" after "the Miami Seaquarium": a one-word organisation joins the one longer name it ends (or a club name it starts: "Luton", "Luton Town"). */
export function mergeShortOrgNames(drafts: Draft[]): Draft[] {
  const orgs = drafts.filter((d) => d.type === 'organization');
  return drafts.filter((d) => {
    // "House" beside "White House": a name the lexicon knows by itself is its own organisation.
    if (d.type !== 'organization' || ACRONYM.test(d.name) || d.mentions.some((m) => m.org !== null && m.text === d.name)) return true;
    if (draftWords(d).length > 1) return !mergeIntoLongerName(d, orgs);
    if (draftWords(d).length !== 1) return true;
    const word = draftWords(d)[0];
    let owners = orgs.filter((o) => o !== d && draftWords(o).length > 1 && draftWords(o).at(-1) === word);
    // "Luton" after "Luton Town": failing a name it ends, the one longer name it starts.
    if (owners.length === 0) owners = orgs.filter((o) => o !== d && draftWords(o).length === 2 && draftWords(o)[0] === word && CLUB_SUFFIXES.has(draftWords(o)[1] ?? ''));
    if (owners.length !== 1) return true;
    (owners[0] as Draft).mentions.push(...d.mentions);
    return false;
  });
}

/**
 * "Bright Horizon" beside "Bright Horizon USA", "Crimson Hawks" beside "Kellerton Crimson Hawks": a
 * name of several words that starts or ends the one longer organisation name of the article is
 * that organisation's short form (longer at its end only by an acronym, "USA": "Daily Ledger
 * Digital" is another outlet than "Daily Ledger"). With two longer names ("Corvax GmbH", "Corvax Austria") it
 * is left alone. Returns whether the draft was merged.
 */
function mergeIntoLongerName(d: Draft, orgs: readonly Draft[]): boolean {
  const words = draftWords(d);
  let owner: Draft | undefined;
  for (const o of orgs) {
    if (o === d) continue;
    const long = draftWords(o);
    if (long.length <= words.length || !((startsWithWords(long, words) && (acronymSuffixed(o.name, long.length - words.length) || headSuffixed(long, words.length))) || endsWithWords(long, words))) continue;
    if (owner) return false;
    owner = o;
  }
  if (!owner) return false;
  owner.mentions.push(...d.mentions);
  return true;
}

/**
 * "Pine Hollow Baptist" beside "Pine Hollow Baptist School": the longer name has one more word, an
 * institution head ("School", "Association", "Inc."), which the short form drops. Masthead words are
 * left out: "Daily Ledger" and "Daily Ledger Times" may be two papers.
 */
function headSuffixed(long: readonly string[], shortLength: number): boolean {
  const lx = lexicon();
  const extra = long[shortLength] ?? '';
  return long.length === shortLength + 1 && lx.orgHeads.has(extra) && !lx.publicationHeads.has(extra) && !MASTHEAD_HEADS.has(extra);
}

/** The name ends in one word (extra = 1) that is an acronym ("USA", "UK"). A country written out is left alone: "Corvax Austria" is a company of its own beside the "Corvax" team. */
function acronymSuffixed(name: string, extra: number): boolean {
  return extra === 1 && ACRONYM.test(name.split(/\s+/).at(-1) ?? '');
}

function endsWithWords(long: readonly string[], suffix: readonly string[]): boolean {
  const offset = long.length - suffix.length;
  return suffix.length > 0 && offset >= 0 && suffix.every((w, i) => long[offset + i] === w);
}

export function startsWithWords(long: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length > 0 && prefix.length <= long.length && prefix.every((w, i) => long[i] === w);
}

/** Initials by name: every acronym in an article is checked against every organisation's initials. */
const initialsByName = new BoundedMemo(readInitials);

/** Initials of a name's capitalised words: "U.S. Department of Agriculture" → "USDA". */
export function initials(name: string): string {
  return initialsByName.get(name);
}

function readInitials(name: string): string {
  return name
    .split(/[\s-]+/)
    .flatMap((w) => (/^(?:[A-Z]\.)+$/.test(w) ? w.replace(/\./g, '').split('') : [w.replace(/^[a-z]+[’']/, '')]))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * "Christian Democratic European People’s Party" spelled "EPP": the acronym shows where the name
 * starts, and the words before it describe the party ("Christian Democratic"). The name and its
 * written-out mentions are cut to the words the acronym spells. Names whose initials only start
 * with the acronym ("UNRWA" for "… Agency for Palestine") keep their words.
 */
function trimToSpelledEnd(owner: Draft, letters: string): void {
  const name = owner.name;
  for (let at = name.indexOf(' '); at > 0; at = name.indexOf(' ', at + 1)) {
    const rest = name.slice(at + 1);
    if (initials(rest) !== letters) continue;
    owner.mentions = owner.mentions.map((m) => (m.text === name ? { ...m, start: m.start + at + 1, text: rest } : m));
    owner.name = rest;
    return;
  }
}

function partlySpelled(name: string, letters: string): boolean {
  return name.length > letters.length && (name.startsWith(letters) || name.endsWith(letters));
}

/**
 * "USDA" written alone before (or without) "United States Department of Agriculture (USDA)":
 * an acronym-only organisation joins the one organisation in the article whose initials it spells.
 */
export function mergeAcronymsByInitials(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const orgs = drafts.filter((d) => d.type === 'organization' && !ACRONYM.test(d.name));
  for (const d of drafts) {
    if (d.type !== 'organization' || !ACRONYM.test(d.name)) {
      out.push(d);
      continue;
    }
    const letters = d.name.replace(/[^A-Z]/g, '');
    const declared = orgs.filter((o) => o.acronym === d.name);
    let owners = declared.length ? declared : orgs.filter((o) => initials(o.name) === letters);
    // "UNRWA" beside "United Nations Relief Works Agency for Palestine", "EPP" beside "Christian Democratic European
    // People’s Party": failing an exact spelling, the one name whose initials start or end with the acronym's letters.
    if (owners.length === 0 && letters.length >= MIN_PARTIAL_ACRONYM) owners = orgs.filter((o) => partlySpelled(initials(o.name), letters));
    const owner = owners.length === 1 ? owners[0] : undefined;
    if (!owner) {
      out.push(d);
      continue;
    }
    if (!declared.length && initials(owner.name) !== letters) trimToSpelledEnd(owner, letters);
    owner.mentions.push(...d.mentions);
    owner.acronym = owner.acronym ?? d.name;
    for (const r of d.roles) if (!owner.roles.includes(r)) owner.roles.push(r);
  }
  return out;
}
