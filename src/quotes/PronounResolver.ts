/**
 * Resolves "he", "she", "it" and "they" to a speaker: the latest sentence subject among the
 * nlp entities, the speakers already named in the article, and the current speaker, with
 * honorifics ("Mr.", "Ms.") ruling out the wrong gender.
 */
import { GENDER_CACHE_TEXTS } from './constants.ts';
import { antecedents } from './EntityLookup.ts';
import { DETERMINERS, PRONOUNS, TITLE_WORDS } from './lexicon/words.ts';
import { bareName, fromEntity, NONE, SENTENCE_WORDS, type ResolveContext, type Resolved } from './SpeakerNames.ts';
import type { Mention } from './SubjectFinder.ts';

/** How far into its sentence a mention may start and still count as the subject (characters). */
const SUBJECT_REACH = 60;

export function isSubjectPosition(ctx: ResolveContext, at: number): boolean {
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
    if (genders.size > GENDER_CACHE_TEXTS) genders.clear();
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

export function resolvePronoun(ctx: ResolveContext, mention: Mention): Resolved {
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

