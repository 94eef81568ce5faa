/**
 * Mentions the nlp stage missed: whole-word occurrences in the text of a person's or an
 * organisation's own name or alias ("When Rae first travelled …" where only later "Rae"s were
 * found). Pronouns and descriptions look for antecedents among an entity's mentions, so a
 * missed early mention sends "she said" to whoever else was found. Only a name that is the
 * entity's alone, not inside a longer capitalised name, and not already inside a mention counts.
 */
import type { Entity, NlpArticle, Span } from '../model/records.ts';
import { MIN_NAME_CHARS } from './constants.ts';
import { SENTENCE_WORDS } from './SpeakerNames.ts';


const cache = new WeakMap<object, Map<string, Span[]>>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether an occurrence at [a, b) stands alone: no capitalised word joined to it (other than a sentence's first word before it). */
function standsAlone(text: string, a: number, b: number): boolean {
  if (/^\s+\p{Lu}/u.test(text.slice(b, b + 3)) || /^[\p{L}\p{N}’'-]/u.test(text[b] ?? '') && !/^['’]s\b/.test(text.slice(b, b + 3))) return false;
  if (/[\p{L}\p{N}-]/u.test(text[a - 1] ?? '')) return false;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, a - 30), a));
  const prev = before?.[1] ?? '';
  if (!/^\p{Lu}/u.test(prev)) return true;
  // "When Rae …": a capitalised sentence opener is not part of the name.
  const sentenceStart = /(?:^|[.!?“”"\n]\s*)$/u.test(text.slice(Math.max(0, a - 30 - prev.length), a - (before?.[0].length ?? 0)));
  return sentenceStart && SENTENCE_WORDS.has(prev.toLowerCase().replace(/[^\p{L}]/gu, ''));
}

/** Per entity id: the extra mentions found in the text, sorted. */
export function missedMentions(article: Readonly<NlpArticle>): Map<string, Span[]> {
  const hit = cache.get(article);
  if (hit) return hit;
  const out = new Map<string, Span[]>();
  cache.set(article, out);
  const people = article.entities.filter((e) => e.type === 'person' || e.type === 'organization');
  // A name two entities share says nothing of which one is meant.
  const owners = new Map<string, number>();
  for (const e of article.entities) for (const n of new Set([e.name, ...e.aliases])) owners.set(n, (owners.get(n) ?? 0) + 1);
  const taken: Span[] = article.entities.flatMap((e) => e.mentions).sort((x, y) => x[0] - y[0]);
  const inside = (a: number, b: number) => taken.some((m) => a < m[1] && b > m[0]);
  const text = article.text;
  for (const e of people) {
    const found: Span[] = [];
    for (const name of new Set([e.name, ...e.aliases])) {
      if (name.length < MIN_NAME_CHARS || !/^\p{Lu}/u.test(name) || owners.get(name) !== 1) continue;
      for (const m of text.matchAll(new RegExp(escape(name), 'gu'))) {
        const a = m.index;
        const b = a + name.length;
        if (!inside(a, b) && standsAlone(text, a, b)) found.push([a, b]);
      }
    }
    if (found.length > 0) out.set(e.id, found.sort((x, y) => x[0] - y[0]));
  }
  return out;
}

/** An entity's mentions with those the nlp stage missed. */
export function allMentions(article: Readonly<NlpArticle>, e: Entity): readonly Span[] {
  const extra = missedMentions(article).get(e.id);
  return extra ? [...e.mentions, ...extra] : e.mentions;
}
