/**
 * Article-level merges after mentions are grouped: acronyms with the expansion they spell,
 * one type per name, one-word organisation names with the longer name they end, and names
 * that are the start of an organisation's name.
 */
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

export const ACRONYM = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,7}$|^[A-Z]+\/[A-Z]+$/;

const wordCache = new Map<string, string[]>();
/** Bound on the memos by name: far above the distinct names of a large batch, small in memory. */
const WORD_MEMO_LIMIT = 50_000;

/** Name words, case-folded so a shouted "VICTOR DAVIS HANSON" fits "Victor Davis Hanson". */
export function nameWords(name: string): string[] {
  let w = wordCache.get(name);
  if (!w) {
    w = name.split(/\s+/).filter((x) => /\p{L}/u.test(x)).map((x) => x.toLowerCase());
    if (wordCache.size > WORD_MEMO_LIMIT) wordCache.clear();
    wordCache.set(name, w);
  }
  return w;
}

/** nameWords of a draft's current name, kept on the draft: the assembler asks for it in loops over all drafts. */
export function draftWords(d: Draft): string[] {
  if (d.words?.name !== d.name) d.words = { name: d.name, words: nameWords(d.name) };
  return d.words.words;
}

/** One name, one type per article: a name read once as an organisation ("the Miami Seaquarium") is one everywhere. */
export function unifyTypes(drafts: Draft[]): Draft[] {
  const orgs = new Map<string, Draft>();
  for (const d of drafts) if (d.type === 'organization') orgs.set(d.name.toLowerCase(), d);
  return drafts.filter((d) => {
    if (d.type !== 'person') return true;
    const org = orgs.get(d.name.toLowerCase());
    if (!org) return true;
    org.mentions.push(...d.mentions);
    return false;
  });
}

/** "the Seaquarium" after "the Miami Seaquarium": a one-word organisation joins the one longer name it ends. */
export function mergeShortOrgNames(drafts: Draft[]): Draft[] {
  const orgs = drafts.filter((d) => d.type === 'organization');
  return drafts.filter((d) => {
    if (d.type !== 'organization' || ACRONYM.test(d.name) || draftWords(d).length !== 1) return true;
    const word = draftWords(d)[0];
    const owners = orgs.filter((o) => o !== d && draftWords(o).length > 1 && draftWords(o).at(-1) === word);
    if (owners.length !== 1) return true;
    (owners[0] as Draft).mentions.push(...d.mentions);
    return false;
  });
}

export function startsWithWords(long: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length > 0 && prefix.length <= long.length && prefix.every((w, i) => long[i] === w);
}

/** Initials by name: every acronym in an article is checked against every organisation's initials. */
const initialsByName = new Map<string, string>();

/** Initials of a name's capitalised words: "U.S. Department of Agriculture" → "USDA". */
export function initials(name: string): string {
  let found = initialsByName.get(name);
  if (found === undefined) {
    found = readInitials(name);
    if (initialsByName.size >= WORD_MEMO_LIMIT) initialsByName.clear();
    initialsByName.set(name, found);
  }
  return found;
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
    const owners = declared.length ? declared : orgs.filter((o) => initials(o.name) === letters);
    const owner = owners.length === 1 ? owners[0] : undefined;
    if (!owner) {
      out.push(d);
      continue;
    }
    owner.mentions.push(...d.mentions);
    owner.acronym = owner.acronym ?? d.name;
    for (const r of d.roles) if (!owner.roles.includes(r)) owner.roles.push(r);
  }
  return out;
}
