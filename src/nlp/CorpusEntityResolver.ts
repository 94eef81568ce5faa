/**
 * One key per real-world entity across the corpus. People: every full name is a candidate
 * canonical; a shorter name ("Galuzin", "Vladimir Putin") takes the key of the one
 * longer name it fits, only when exactly one fits and no first name or role conflicts (two
 * Smiths with different first names stay apart; a surname alone shared by two people
 * stays as it is). Organisations: an acronym takes the key of the expansion it stands for
 * anywhere in the corpus ("CSTO" = "Collective Security Treaty Organisation"). Quotes
 * whose speaker entity was re-keyed get the canonical name. Returns new objects.
 *
 * Resolution is local to a *group*: a person is only ever matched to full names ending on
 * the same surname, an acronym only to organisations written with that acronym
 * (`resolutionGroup`). So the index (`resolutionIndex`) can be built from the entities of a
 * few groups only, and an entity resolves the same against it as against the whole corpus's:
 * a store resolves new articles incrementally by loading just their groups' entities.
 */
import type { AnalyzedArticle, Entity } from '../model/records.ts';
import type { Stage } from '../model/stage.ts';
import { entityKey } from './keys.ts';
import { lexicon } from './Lexicon.ts';

interface Canonical {
  key: string;
  name: string;
  words: string[];
  roles: Set<string>;
}

/** What resolution reads from the corpus: full names by surname, organisations by acronym. */
export interface ResolutionIndex {
  /** Full names (two words or more) per surname, longest first, then by key. */
  readonly people: ReadonlyMap<string, readonly Canonical[]>;
  /** Acronym → keys of the organisations written out with it. */
  readonly acronymOwners: ReadonlyMap<string, ReadonlySet<string>>;
  /** Organisation key → the first name it was written out with (alongside an acronym). */
  readonly orgNames: ReadonlyMap<string, string>;
}

function words(name: string): string[] {
  return name.split(/\s+/).filter((w) => /\p{L}/u.test(w)).map((w) => w.toLowerCase());
}

/**
 * The group an entity is resolved in, and contributes to: `person <surname>` for people (a
 * name only ever fits names with its last word), `acronym <ACRONYM>` for organisations with
 * an acronym; null for everything resolution leaves alone.
 */
export function resolutionGroup(entity: Readonly<Pick<Entity, 'type' | 'name' | 'acronym'>>): string | null {
  if (entity.type === 'person') {
    const w = words(entity.name);
    return w.length === 0 ? null : `person ${w[w.length - 1]}`;
  }
  return entity.type === 'organization' && entity.acronym ? `acronym ${entity.acronym}` : null;
}

/** Shorter name's words appear in order in the longer, ending on the same surname. */
function fits(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length || short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
}

function rolesConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (!a.size || !b.size) return false;
  const norm = (r: string) => r.toLowerCase().replace(/^(former|deputy|acting|first)\s+/, '');
  const aa = new Set([...a].map(norm));
  return ![...b].map(norm).some((r) => aa.has(r) || [...aa].some((x) => x.includes(r) || r.includes(x)));
}

/**
 * The index over entities in corpus order (articles in publication order, each article's
 * entities in order): the first spelling of a key names it. Given only some groups'
 * entities, it answers for those groups exactly as the whole corpus's index would.
 */
export function resolutionIndex(entities: Iterable<Readonly<Entity>>): ResolutionIndex {
  const people = new Map<string, Canonical>();
  const acronymOwners = new Map<string, Set<string>>();
  const orgNames = new Map<string, string>();
  for (const e of entities) {
    if (e.type === 'person') {
      const w = words(e.name);
      if (w.length < 2) continue;
      const c = people.get(e.key) ?? { key: e.key, name: e.name, words: w, roles: new Set<string>() };
      for (const r of e.roles) c.roles.add(r);
      people.set(e.key, c);
    } else if (e.type === 'organization' && e.acronym && e.name !== e.acronym) {
      const owners = acronymOwners.get(e.acronym) ?? new Set<string>();
      owners.add(e.key);
      acronymOwners.set(e.acronym, owners);
      if (!orgNames.has(e.key)) orgNames.set(e.key, e.name);
    }
  }
  // Full names, longest first, so "Vladimir Vladimirovich Putin" is canonical for "Vladimir Putin".
  const bySurname = new Map<string, Canonical[]>();
  for (const c of people.values()) {
    const surname = c.words[c.words.length - 1] as string;
    const list = bySurname.get(surname) ?? [];
    list.push(c);
    bySurname.set(surname, list);
  }
  for (const list of bySurname.values()) list.sort((x, y) => y.words.length - x.words.length || x.key.localeCompare(y.key));
  return { people: bySurname, acronymOwners, orgNames };
}

function personTarget(e: Readonly<Entity>, index: ResolutionIndex): Canonical | null {
  const w = words(e.name);
  if (w.length === 0) return null;
  const roles = new Set(e.roles);
  let hosts = (index.people.get(w[w.length - 1] as string) ?? []).filter((c) => fits(w, c.words) && !rolesConflict(roles, c.roles));
  if (hosts.length === 0) return null;
  if (hosts.length > 1 && e.roles.length) {
    // Several people share the surname: the one who holds the same title is meant ("President Biden").
    const titled = hosts.filter((h) => e.roles.some((r) => h.roles.has(r)));
    if (titled.length) hosts = titled;
  }
  const longest = hosts[0] as Canonical;
  // Ambiguous when two hosts are not one person (different first names).
  return hosts.every((h) => h === longest || fits(h.words, longest.words)) ? longest : null;
}

function copyOf(e: Readonly<Entity>): Entity {
  return { ...e, aliases: [...e.aliases], roles: [...e.roles], mentions: e.mentions.map((m) => [m[0], m[1]] as [number, number]) };
}

function renamedTo(e: Readonly<Entity>, key: string, name: string): Entity {
  return { ...copyOf(e), key, name, aliases: [...new Set([...e.aliases, e.name])].filter((n) => n !== name) };
}

/** An entity resolved against the index (a new object), and whether it was re-keyed (its article's quotes then take the canonical name). */
export function resolveEntity(e: Readonly<Entity>, index: ResolutionIndex): { entity: Entity; renamed: boolean } {
  if (e.type === 'person') {
    const target = personTarget(e, index);
    return !target || target.key === e.key ? { entity: copyOf(e), renamed: false } : { entity: renamedTo(e, target.key, target.name), renamed: true };
  }
  // "GOP": an acronym the lexicon knows as a name of its own keeps it, though an article spells out its nickname ("Grand Old Party").
  if (e.type === 'organization' && e.acronym && (e.name === e.acronym || e.key === entityKey('organization', e.acronym)) && lexicon().orgs.get(e.acronym)?.name !== e.acronym) {
    const owners = [...(index.acronymOwners.get(e.acronym) ?? [])];
    if (owners.length === 1) {
      const key = owners[0] as string;
      return { entity: renamedTo(e, key, index.orgNames.get(key) ?? e.name), renamed: true };
    }
  }
  return { entity: copyOf(e), renamed: false };
}

/** One article resolved against the index (entities re-keyed, quotes of re-keyed speakers renamed); a new object. */
export function resolveArticleEntities(a: Readonly<AnalyzedArticle>, index: ResolutionIndex): AnalyzedArticle {
  const renamed = new Map<string, string>();
  const entities = a.entities.map((e) => {
    const out = resolveEntity(e, index);
    if (out.renamed) renamed.set(e.id, out.entity.name);
    return out.entity;
  });
  const quotes = a.quotes.map((q) => (q.speakerEntity && renamed.has(q.speakerEntity) ? { ...q, speaker: renamed.get(q.speakerEntity) ?? q.speaker } : { ...q }));
  return { ...a, entities, quotes };
}

export const resolveCorpusEntities: Stage<{ articles: readonly AnalyzedArticle[] }, AnalyzedArticle[]> = (input) => {
  const index = resolutionIndex(input.articles.flatMap((a) => a.entities));
  return input.articles.map((a) => resolveArticleEntities(a, index));
};
