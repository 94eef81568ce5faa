/**
 * Helpers for the quotes stage's speaker resolution: the entity at a span, and the entity a
 * description points to ("the Russian diplomat", "the deputy foreign minister", "the
 * ministry", "the Kremlin"): the nearest earlier entity whose type, roles, name and
 * affiliation fit the description's words. The description lexicon is
 * `lexicon/roles.json` → `descriptions`.
 */
import type { Entity, NlpArticle, Span } from '../model/records.ts';
import { countryOf, lexicon } from './Lexicon.ts';

export function findEntityAt(article: Pick<NlpArticle, 'entities'>, span: Span): Entity | null {
  let best: Entity | null = null;
  let bestOverlap = 0;
  for (const e of article.entities) {
    for (const [s, end] of e.mentions) {
      const overlap = Math.min(end, span[1]) - Math.max(s, span[0]);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = e;
      }
    }
  }
  return best;
}

const STOP = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'said', 'former', 'top', 'senior', 'then']);

export function matchDescription(article: Pick<NlpArticle, 'entities'>, phrase: string, beforeOffset: number): Entity | null {
  const lx = lexicon();
  const words = phrase.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}-]+/u).filter((w) => w && !STOP.has(w));
  if (!words.length) return null;
  // A name the article knows ("the Kremlin", "the ministry's"): match by name first.
  const direct = nearest(article.entities, beforeOffset, (e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === words.join(' ')));
  if (direct) return direct;
  const head = [...words].reverse().find((w) => lx.descriptions.has(w) || lx.roleHeads.has(w));
  if (!head) return null;
  const rule = lx.descriptions.get(head) ?? { type: 'person' as const, roles: [head] };
  const countries = words.map((w) => countryOf(w)).filter((c): c is string => c !== null);
  const modifiers = words.filter((w) => w !== head && (lx.roleModifiers.has(w) || lx.roleHeads.has(w)));
  return nearest(article.entities, beforeOffset, (e) => {
    if (e.type !== rule.type) return false;
    const haystack = [...e.roles, e.name, ...e.aliases].join(' ').toLowerCase();
    if (rule.roles.length && !rule.roles.some((r) => haystack.includes(r))) return false;
    if (rule.type === 'person' && rule.roles.length === 0 && e.roles.length === 0 && !countries.length) return false;
    if (modifiers.some((m) => !haystack.includes(m))) return false;
    if (countries.length && e.affiliation && !countries.includes(e.affiliation) && !countries.some((c) => haystack.includes(c.toLowerCase()))) return false;
    if (countries.length && !e.affiliation && !countries.some((c) => haystack.includes(c.toLowerCase()))) return false;
    return true;
  });
}

function nearest(entities: readonly Entity[], before: number, fits: (e: Entity) => boolean): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of entities) {
    if (!fits(e)) continue;
    for (const [s] of e.mentions) {
      if (s < before && s > bestAt) {
        bestAt = s;
        best = e;
      }
    }
  }
  return best;
}
