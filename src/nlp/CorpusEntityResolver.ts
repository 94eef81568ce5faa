/**
 * One key per real-world entity across the corpus. People: every full name is a candidate
 * canonical; a shorter name ("Galuzin", "Vladimir Putin") takes the key of the one
 * longer name it fits, only when exactly one fits and no first name or role conflicts (two
 * Smiths with different first names stay apart; a surname alone shared by two people
 * stays as it is). Organisations: an acronym takes the key of the expansion it stands for
 * anywhere in the corpus ("CSTO" = "Collective Security Treaty Organisation"). Quotes
 * whose speaker entity was re-keyed get the canonical name. Returns new objects.
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

function words(name: string): string[] {
  return name.split(/\s+/).filter((w) => /\p{L}/u.test(w)).map((w) => w.toLowerCase());
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

export const resolveCorpusEntities: Stage<{ articles: readonly AnalyzedArticle[] }, AnalyzedArticle[]> = (input) => {
  const articles = input.articles;
  // Full names, longest first, so "Vladimir Vladimirovich Putin" is canonical for "Vladimir Putin".
  const people = new Map<string, Canonical>();
  for (const a of articles) {
    for (const e of a.entities) {
      if (e.type !== 'person' || words(e.name).length < 2) continue;
      const c = people.get(e.key) ?? { key: e.key, name: e.name, words: words(e.name), roles: new Set<string>() };
      for (const r of e.roles) c.roles.add(r);
      people.set(e.key, c);
    }
  }
  const byLength = [...people.values()].sort((x, y) => y.words.length - x.words.length || x.key.localeCompare(y.key));
  const personTarget = (e: Entity): Canonical | null => {
    const w = words(e.name);
    let hosts = byLength.filter((c) => fits(w, c.words) && !rolesConflict(new Set(e.roles), c.roles));
    if (hosts.length === 0) return null;
    if (hosts.length > 1 && e.roles.length) {
      // Several people share the surname: the one who holds the same title is meant ("President Biden").
      const titled = hosts.filter((h) => e.roles.some((r) => h.roles.has(r)));
      if (titled.length) hosts = titled;
    }
    const longest = hosts[0] as Canonical;
    // Ambiguous when two hosts are not one person (different first names).
    return hosts.every((h) => h === longest || fits(h.words, longest.words)) ? longest : null;
  };

  const acronymOwners = new Map<string, Set<string>>();
  const orgNames = new Map<string, string>();
  for (const a of articles) {
    for (const e of a.entities) {
      if (e.type !== 'organization' || !e.acronym || e.name === e.acronym) continue;
      const owners = acronymOwners.get(e.acronym) ?? new Set<string>();
      owners.add(e.key);
      acronymOwners.set(e.acronym, owners);
      if (!orgNames.has(e.key)) orgNames.set(e.key, e.name);
    }
  }

  return articles.map((a) => {
    const renamed = new Map<string, string>();
    const entities = a.entities.map((e) => {
      if (e.type === 'person') {
        const target = personTarget(e);
        if (!target || target.key === e.key) return { ...e, aliases: [...e.aliases], roles: [...e.roles], mentions: e.mentions.map((m) => [m[0], m[1]] as [number, number]) };
        renamed.set(e.id, target.name);
        return { ...e, key: target.key, name: target.name, aliases: [...new Set([...e.aliases, e.name])].filter((n) => n !== target.name), roles: [...e.roles], mentions: e.mentions.map((m) => [m[0], m[1]] as [number, number]) };
      }
      // "GOP": an acronym the lexicon knows as a name of its own keeps it, though an article spells out its nickname ("Grand Old Party").
      if (e.type === 'organization' && e.acronym && (e.name === e.acronym || e.key === entityKey('organization', e.acronym)) && lexicon().orgs.get(e.acronym)?.name !== e.acronym) {
        const owners = [...(acronymOwners.get(e.acronym) ?? [])];
        if (owners.length === 1) {
          const key = owners[0] as string;
          const name = orgNames.get(key) ?? e.name;
          renamed.set(e.id, name);
          return { ...e, key, name, aliases: [...new Set([...e.aliases, e.name])].filter((n) => n !== name), roles: [...e.roles], mentions: e.mentions.map((m) => [m[0], m[1]] as [number, number]) };
        }
      }
      return { ...e, aliases: [...e.aliases], roles: [...e.roles], mentions: e.mentions.map((m) => [m[0], m[1]] as [number, number]) };
    });
    const quotes = a.quotes.map((q) => (q.speakerEntity && renamed.has(q.speakerEntity) ? { ...q, speaker: renamed.get(q.speakerEntity) ?? q.speaker } : { ...q }));
    return { ...a, entities, quotes };
  });
};
