/**
 * Resolves a speaker mention to a canonical speaker: a named entity, or for pronouns and
 * descriptions the nearest earlier compatible entity (or the current speaker), or for
 * unresolved names the name without its titles.
 */
import type { Entity, NlpArticle } from '../model/records.ts';
import { antecedents, describes, entityAt, matchDescriptionLocally } from './EntityLookup.ts';
import { DETERMINERS, ORG_NOUNS, TITLE_WORDS } from './lexicon/words.ts';
import { resolvePronoun } from './PronounResolver.ts';
import { bareName, fromEntity, SENTENCE_WORDS, type ResolveContext, type Resolved } from './SpeakerNames.ts';
import type { Mention } from './SubjectFinder.ts';

export { bareName, type CurrentSpeaker, type ResolveContext, type Resolved } from './SpeakerNames.ts';

function sharesName(e: Entity, name: string): boolean {
  const last = name.toLowerCase().split(/\s+/).pop() ?? '';
  if (!last) return false;
  return [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/[\s-]+/).includes(last) || n.toLowerCase() === name.toLowerCase());
}

function byName(article: Readonly<NlpArticle>, name: string): Entity | null {
  const lower = name.toLowerCase();
  let best: Entity | null = null;
  for (const e of article.entities) {
    if (e.type === 'place') continue;
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    if (names.includes(lower)) return e;
    if (!best && names.some((n) => n.endsWith(` ${lower}`))) best = e;
  }
  return best;
}

/** Per article and name: the expansions the text offers, with where each occurs. */
const expansions = new WeakMap<object, Map<string, { at: number; full: string }[]>>();

/** Expands a surname to the fullest name the article gives earlier ("Galuzin" → "Mikhail Galuzin"). */
function expandFromText(article: object, text: string, name: string, before: number): string {
  if (name.includes(' ') || name.length < 3) return name;
  let cache = expansions.get(article);
  if (!cache) expansions.set(article, (cache = new Map()));
  let found = cache.get(name);
  if (!found) {
    found = [];
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(\\p{Lu}[\\p{L}'’.-]+ )${esc}\\b`, 'gu');
    for (const m of text.matchAll(re)) {
      // "When Rae …" at a sentence start is not a first name.
      if (SENTENCE_WORDS.has((m[1] ?? '').trim().toLowerCase())) continue;
      const full = bareName(`${m[1] ?? ''}${name}`);
      if (full.split(' ').length > 1) found.push({ at: m.index, full });
    }
    cache.set(name, found);
  }
  return found.find((f) => f.at < before)?.full ?? name;
}

function resolveDescription(ctx: ResolveContext, mention: Mention, findDescribed: DescriptionMatcher | null): Resolved {
  const words = mention.text.split(/\s+/);
  const det = words[0]?.toLowerCase() ?? '';
  const unresolved = { speaker: words.filter((w, i) => i > 0 || !DETERMINERS.has(w.toLowerCase())).join(' '), entity: null };
  if (det === 'a' || det === 'an' || det === 'one') return unresolved;
  const head = (words[words.length - 1] ?? '').toLowerCase();
  const type = ORG_NOUNS.has(head) && head !== 'spokesperson' ? 'organization' : 'person';
  const nlpMatch = findDescribed ? findDescribed(ctx.article, mention.text, mention.span[0]) : null;
  if (nlpMatch) return fromEntity(nlpMatch);
  const local = matchDescriptionLocally(ctx.article, mention.text, mention.span[0], type, ctx.quoted);
  if (local) return fromEntity(local);
  const cur = ctx.current;
  if (cur && cur.speaker && cur.kind === type) return { speaker: cur.speaker, entity: cur.entity };
  if (type === 'person') {
    const nearest = antecedents(ctx.article, ['person'], mention.span[0], ctx.quoted)[0];
    if (nearest && (nearest.entity.roles.length === 0 || describes(nearest.entity, mention.text))) return fromEntity(nearest.entity);
  }
  return unresolved;
}

/** "the Spaniard", "the Frenchman": a nationality standing for the person. */
function isDemonym(text: string): boolean {
  return /^the\s+\p{Lu}\p{Ll}+(?:ian|ean|ese|ard|man|woman)$/u.test(text) || /^the\s+(?:Briton|Scot|Swede|Dane|Finn|Pole|Turk|Greek|Welshman|Irishman)$/u.test(text);
}

/** "The Deputy Foreign Minister": capitalised, but a description, not a name. */
function isTitleOnly(text: string): boolean {
  return text.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || DETERMINERS.has(w.toLowerCase()));
}

export type DescriptionMatcher = (article: Readonly<NlpArticle>, phrase: string, beforeOffset: number) => Entity | null;

/** Resolves one mention. `findDescribed` is the nlp stage's description matcher when available. */
export function resolveSpeaker(ctx: ResolveContext, mention: Mention, findDescribed: DescriptionMatcher | null = null): Resolved {
  if (mention.kind === 'pronoun') return resolvePronoun(ctx, mention);
  if (mention.kind === 'name' && (isTitleOnly(mention.text) || isDemonym(mention.text))) return resolveDescription(ctx, { ...mention, kind: 'description' }, findDescribed);
  // "Brian Sullivan of Risk Information": the person before the preposition speaks, not the organisation after it.
  const ofMatch = /^(.+?)\s+(?:of|at|for|from)\s+\p{Lu}/u.exec(mention.text);
  if (mention.kind === 'name' && ofMatch && ofMatch[1] && /\p{Lu}\S*\s+\p{Lu}/u.test(ofMatch[1])) {
    const head = ofMatch[1];
    const at = entityAt(ctx.article, [mention.span[0], mention.span[0] + head.length]);
    if (at && at.type === 'person') return fromEntity(at);
    if (!isTitleOnly(head)) return { speaker: bareName(head), entity: null };
  }
  if (mention.kind === 'description') return resolveDescription(ctx, mention, findDescribed);
  if (mention.kind === 'group' || mention.kind === 'document') {
    const words = mention.text.split(/\s+/);
    return { speaker: words.filter((w, i) => i > 0 || !DETERMINERS.has(w.toLowerCase())).join(' '), entity: null };
  }
  const name = bareName(mention.text);
  const at = entityAt(ctx.article, mention.span);
  // Trust the entity at the mention only when its names share the mention's own name word.
  if (at && at.type !== 'place' && sharesName(at, name)) return fromEntity(at);
  const named = byName(ctx.article, name);
  if (named) return fromEntity(named);
  return { speaker: expandFromText(ctx.article, ctx.article.text, name, mention.span[0]), entity: null };
}
