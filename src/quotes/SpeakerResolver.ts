/**
 * Resolves a speaker mention to a canonical speaker: a named entity, or for pronouns and
 * descriptions the nearest earlier compatible entity (or the current speaker), or for
 * unresolved names the name without its titles.
 */
import type { Entity, NlpArticle, Span } from '../model/records.ts';
import { antecedents, describes, entityAt, matchDescriptionLocally } from './EntityLookup.ts';
import { DETERMINERS, ORG_NOUNS, PRONOUNS, TITLE_WORDS } from './lexicon/words.ts';
import type { Mention } from './SubjectFinder.ts';

export interface Resolved {
  speaker: string | null;
  entity: string | null;
}

/** The speaker most recently attributed, for pronouns and follow-on paragraphs. */
export interface CurrentSpeaker extends Resolved {
  at: number;
  para: number;
  kind: 'person' | 'organization' | 'other';
}

export interface ResolveContext {
  article: Readonly<NlpArticle>;
  /** Quoted regions: mentions inside them are not antecedents. */
  quoted: readonly Span[];
  current: CurrentSpeaker | null;
  /** Start offsets of the attribution units, ascending: a mention near one is a sentence subject. */
  unitStarts?: readonly number[];
  /** People already named as speakers in this article: their names in the text are antecedents even without nlp entities. */
  knownPeople?: readonly Resolved[];
}

/** How far into its sentence a mention may start and still count as the subject (characters). */
const SUBJECT_REACH = 60;

function isSubjectPosition(ctx: ResolveContext, at: number): boolean {
  const starts = ctx.unitStarts;
  if (!starts || starts.length === 0) return true;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  const start = starts[lo] ?? 0;
  if (at - start > SUBJECT_REACH) return false;
  // Only names, titles and determiners before it: the mention opens its sentence (after an opening adverbial such as "At other times,").
  const prefix = ctx.article.text.slice(start, at).replace(/^(?:At|In|On|For|After|Before|When|While|Still|Yet|Now|Then|Later|Earlier|Today|Recently|Meanwhile|However|Instead|Since|By|During)\b[^,]{0,40},\s*/u, '');
  if (/[,;:(]/.test(prefix)) return false;
  const before = prefix.split(/\s+/).filter(Boolean);
  return before.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_WORDS.has(w.toLowerCase().replace(/[.,]$/, '')) || DETERMINERS.has(w.toLowerCase()));
}

const NONE: Resolved = { speaker: null, entity: null };

function fromEntity(e: Entity): Resolved {
  return { speaker: e.name, entity: e.id };
}

/** A name mention without its titles and determiners: "Russian Deputy Foreign Minister Mikhail Galuzin" → "Mikhail Galuzin". */
export function bareName(text: string): string {
  const words = text.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (ORG_NOUNS.has(last)) {
    while (words.length > 1 && DETERMINERS.has(words[0]?.toLowerCase() ?? '')) words.shift();
    return words.join(' ');
  }
  let i = words.length;
  while (i > 0) {
    const w = (words[i - 1] ?? '').toLowerCase().replace(/\.$/, '');
    if (TITLE_WORDS.has(w) || !/^[\p{Lu}]/u.test(words[i - 1] ?? '')) break;
    i--;
  }
  // "Deputy Foreign Minister of Russia Mikhail Galuzin": the word after "of" belongs to the title.
  if (i > 0 && words.length - i >= 3 && /^(of|for|at)$/i.test(words[i - 1] ?? '')) i++;
  const name = words.slice(i).join(' ');
  return name || words.filter((w) => !DETERMINERS.has(w.toLowerCase())).join(' ');
}

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

/** Expands a surname to the fullest name the article gives earlier ("Galuzin" → "Mikhail Galuzin"). */
/** Capitalised words that open sentences and are never first names. */
const SENTENCE_WORDS = new Set(['when', 'after', 'while', 'as', 'if', 'since', 'before', 'but', 'and', 'so', 'then', 'though', 'although', 'because', 'once', 'until', 'says', 'said', 'adds', 'added', 'asked', 'told', 'why', 'how', 'what', 'where', 'now', 'even', 'still', 'yet', 'also', 'only', 'both', 'meanwhile', 'however', 'indeed', 'instead']);

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

/** The latest subject-position occurrence of an already known speaker's name before `offset`, outside quotes. */
function knownSubjectBefore(ctx: ResolveContext, offset: number, pronoun: string): { who: Resolved; at: number } | null {
  let best: { who: Resolved; at: number } | null = null;
  const text = ctx.article.text;
  for (const who of ctx.knownPeople ?? []) {
    if (!genderFits(ctx, pronoun, who.speaker)) continue;
    const entity = who.entity ? ctx.article.entities.find((e) => e.id === who.entity) : undefined;
    if (entity) {
      // With nlp entities, the entity's own mentions are the occurrences.
      for (const m of entity.mentions) {
        if (m[0] >= offset || (best && m[0] <= best.at)) continue;
        if (ctx.quoted.some((q) => m[0] > q[0] && m[0] < q[1]) || !isSubjectPosition(ctx, m[0])) continue;
        best = { who, at: m[0] };
      }
      continue;
    }
    const word = who.speaker?.split(/\s+/).pop();
    if (!word || word.length < 3) continue;
    let at = text.lastIndexOf(word, offset - 1);
    for (let guard = 0; at >= 0 && guard < 20; guard++, at = text.lastIndexOf(word, at - 1)) {
      if (best && at <= best.at) break;
      if (/[\p{L}]/u.test(text[at + word.length] ?? '') && !/['’]/.test(text[at + word.length] ?? '')) continue;
      if (ctx.quoted.some((q) => at > q[0] && at < q[1])) continue;
      if (!isSubjectPosition(ctx, at)) continue;
      best = { who, at };
      break;
    }
  }
  return best;
}

/** 'm' or 'f' when the article gives the person an honorific ("Ms. Ernst", "Mr. Vilsack"); null when unknown. */
const genders = new Map<string, Map<string, 'm' | 'f' | null>>();

function genderOf(text: string, name: string | null): 'm' | 'f' | null {
  const surname = name?.split(/\s+/).pop();
  if (!surname || surname.length < 2) return null;
  // Cached per text and surname: the regular expressions scan the whole article.
  let perText = genders.get(text);
  if (!perText) {
    if (genders.size > 64) genders.clear();
    genders.set(text, (perText = new Map()));
  }
  const hit = perText.get(surname);
  if (hit !== undefined) return hit;
  const g = genderUncached(text, surname);
  perText.set(surname, g);
  return g;
}

function genderUncached(text: string, surname: string): 'm' | 'f' | null {
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`\\b(?:Ms|Mrs|Miss)\\.?\\s+(?:\\p{Lu}\\S*\\s+)?${esc}\\b`, 'u').test(text)) return 'f';
  if (new RegExp(`\\bMr\\.?\\s+(?:\\p{Lu}\\S*\\s+)?${esc}\\b`, 'u').test(text)) return 'm';
  return null;
}

function genderFits(ctx: ResolveContext, pronoun: string, name: string | null): boolean {
  const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  if (!want) return true;
  const g = genderOf(ctx.article.text, name);
  return g === null || g === want;
}

function resolvePronoun(ctx: ResolveContext, mention: Mention): Resolved {
  const role = PRONOUNS.get(mention.text.toLowerCase());
  if (role === 'self' || role === undefined) return NONE;
  const type = role === 'person' ? 'person' : 'organization';
  const pronoun = mention.text.toLowerCase();
  const all = antecedents(ctx.article, [type], mention.span[0], ctx.quoted).filter((a) => genderFits(ctx, pronoun, a.entity.name));
  // News English resolves "he said" to the last sentence subject more often than to the last name.
  const subjectCandidate = all.find((a) => isSubjectPosition(ctx, a.at));
  const cur = ctx.current;
  const curFits = !!(cur && cur.speaker && (role === 'group' ? cur.kind !== 'person' : cur.kind === type) && genderFits(ctx, pronoun, cur.speaker));
  const known = type === 'person' ? knownSubjectBefore(ctx, mention.span[0], pronoun) : null;
  // The latest sentence subject wins: an entity opening a sentence, a known speaker named as one, or the current speaker.
  const options: { at: number; who: Resolved }[] = [];
  if (subjectCandidate && role !== 'group') options.push({ at: subjectCandidate.at, who: fromEntity(subjectCandidate.entity) });
  if (known) options.push(known);
  if (curFits && cur) options.push({ at: cur.at, who: { speaker: cur.speaker, entity: cur.entity } });
  options.sort((x, y) => y.at - x.at);
  const best = options[0];
  if (best) return best.who;
  // Nothing in subject position: the nearest mention of the right type, or, without nlp, a name opening a recent sentence.
  const anyMention = all[0];
  if (anyMention && role !== 'group') return fromEntity(anyMention.entity);
  return role === 'person' && ctx.article.entities.length === 0 ? subjectNameBefore(ctx, mention.span[0]) : NONE;
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

/** Without nlp entities: the name opening one of the last few sentences ("Mayor Maria Lopez spoke …"). */
function subjectNameBefore(ctx: ResolveContext, offset: number): Resolved {
  const starts = (ctx.unitStarts ?? []).filter((s) => s < offset).slice(-4).reverse();
  for (const s of starts) {
    const m = /^(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,5}?((?:\p{Lu}[\p{L}’'-]+\s+){1,2}\p{Lu}[\p{L}’'-]+)\b/u.exec(ctx.article.text.slice(s, Math.min(offset, s + 120)));
    if (m && m[0]) {
      const name = bareName(m[0].trim());
      // An all-capitals lead-in ("THE MEETING BEGAN") is typography, not a name.
      if (name.includes(' ') && /\p{Ll}/u.test(name) && !SENTENCE_WORDS.has(name.split(' ')[0]?.toLowerCase() ?? '')) return { speaker: name, entity: null };
    }
  }
  return NONE;
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
