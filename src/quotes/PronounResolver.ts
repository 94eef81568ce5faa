/**
 * Resolves "he", "she", "it" and "they" to a speaker: the latest sentence subject among the
 * nlp entities, the speakers already named in the article, and the current speaker, with
 * honorifics ("Mr.", "Ms.") ruling out the wrong gender.
 */
import type { Entity, NlpArticle } from '../model/records.ts';
import { antecedents } from './EntityLookup.ts';
import { mainPerson, mostSalient } from './Salience.ts';
import { kindFits, kindOfName } from './SpeakerKind.ts';
import { CUES } from './lexicon/cues.ts';
import { COMMON_VERBS, DETERMINERS, GROUP_NOUNS, PRONOUNS, TITLE_WORDS } from './lexicon/words.ts';
import { genderOf } from './Gender.ts';
import { bareName, fromEntity, groupHead, NONE, SENTENCE_WORDS, type ResolveContext, type Resolved } from './SpeakerNames.ts';
import type { Mention } from './Mention.ts';

/** An opening adverbial up to its comma ("At other times,", "In the memoir,", "Similarly,"). */
const OPENING_ADVERBIAL = /^(?:(?:At|In|On|For|After|Before|When|While|Still|Yet|Now|Then|Later|Earlier|Today|Recently|Meanwhile|However|Instead|Since|By|During)\b[^,]{0,40}|\p{Lu}\p{Ll}{3,}ly),\s*/u;
/** A short opening phrase of lower-case words up to its comma ("A few days later,", "Two weeks ago,"). */
const SHORT_OPENING_PHRASE = /^(?:\p{Lu}\p{Ll}*|\d+)(?:\s+\p{Ll}+){1,4},\s*/u;

/** A short description opening a sentence, up to its comma ("Her opponent, ", "The company's founder, "). */
const APPOSITIVE_OPENER = /^(?:The|A|An|His|Her|Its|Their|Our)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{Ll}’'-]+,\s*$/u;

/** Sentences back within which a subject outranks a person named as an object in the sentence just before (nearObject). */
const NEAR_OBJECT_REACH = 3;

/** How far into its sentence a mention may start and still count as the subject (characters). */
const SUBJECT_REACH = 60;

/**
 * Whether a mention at `at` opens its sentence (after opening adverbials). `organization`: the
 * mention is an organisation's name, which takes "the" as part of it ("The USDA returned …").
 */
export function isSubjectPosition(ctx: ResolveContext, at: number, organization = false): boolean {
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
  // Quote marks around a title in an opening phrase ("In “The Memoir,” X writes") are typography, not words.
  const raw = ctx.article.text.slice(start, at).replace(/[“”"‘’«»]/g, '');
  const prefix = raw.replace(OPENING_ADVERBIAL, '').replace(SHORT_OPENING_PHRASE, '');
  // "Her opponent, Mel Stride, disagreed": a name in apposition to a short opening description is the subject.
  if (APPOSITIVE_OPENER.test(prefix)) return true;
  if (/[,;:(]/.test(prefix)) return false;
  const before = prefix.split(/\s+/).filter(Boolean);
  // "His Black identity", "the Pyramid Club": a name right after a determiner modifies a noun or names a thing, it is not a person subject;
  // an organisation's name takes "the" ("The Kremlin said").
  const det = before[before.length - 1]?.toLowerCase() ?? '';
  if (organization && det === 'the') before.pop();
  else if (DETERMINERS.has(det)) return false;
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

/** A name in capitals and digits only ("AI", "NASA", "3M"): an acronym, which "he" or "she" never stands for. */
const ACRONYM = /^[\p{Lu}\p{N}&.]{2,}$/u;

export function genderFits(ctx: ResolveContext, pronoun: string, name: string | null): boolean {
  const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  if (!want) return true;
  if (name && ACRONYM.test(name)) return false;
  const learnt = name ? ctx.learntGenders?.get(name) : undefined;
  if (learnt) return learnt === want;
  const g = genderOf(ctx.article.text, name);
  return g === null || g === want;
}

export function resolvePronoun(ctx: ResolveContext, mention: Mention): Resolved {
  const role = PRONOUNS.get(mention.text.toLowerCase());
  if (role === 'self' || role === undefined) return NONE;
  const type = role === 'person' ? 'person' : 'organization';
  const pronoun = mention.text.toLowerCase();
  // Gender by the name the article uses at that mention: a relative sharing the entity's full surname ("Miss Charles") says nothing of it.
  const all = antecedents(ctx.article, [type], mention.span[0], ctx.quoted).filter((a) => genderFits(ctx, pronoun, ctx.article.text.slice(a.at, a.end)));
  // News English resolves "he said" to the last sentence subject more often than to the last name.
  // "The Conservative leader, Kemi Badenoch, accused …": a full name the nlp stage typed as an organisation with nothing of an organisation
  // in its words may be a person's (SpeakerKind.ts); for "he"/"she" it counts when it opens a sentence.
  const mistyped = type === 'person' ? antecedents(ctx.article, ['organization'], mention.span[0], ctx.quoted).filter((a) => personShaped(a.entity) && isSubjectPosition(ctx, a.at)) : [];
  const subjectCandidate = [...all.filter((a) => isSubjectPosition(ctx, a.at, type === 'organization') && !(type === 'organization' && modifiesNoun(ctx.article.text, a.end))), ...mistyped].sort((x, y) => y.at - x.at)[0];
  const cur = ctx.current;
  const curFits = !!(cur && cur.speaker && (role === 'group' ? cur.kind !== 'person' : kindFits(cur.kind, type)) && genderFits(ctx, pronoun, cur.speaker));
  const known = type === 'person' ? knownSubjectBefore(ctx, mention.span[0], pronoun) : null;
  // The latest sentence subject wins: an entity opening a sentence, a known speaker named as one, or the current speaker.
  const options: { at: number; who: Resolved }[] = [];
  if (subjectCandidate && role !== 'group') options.push({ at: subjectCandidate.at, who: fromEntity(subjectCandidate.entity, ctx.article.text) });
  if (known) options.push(known);
  if (curFits && cur) options.push({ at: cur.at, who: { speaker: cur.speaker, entity: cur.entity } });
  const group = role === 'group' ? groupSubjectBefore(ctx, mention.span[0]) : null;
  if (group) options.push(group);
  // "While Scoan did not respond …, it denied …": an organisation's name opening a recent clause, read from the text when nlp missed it.
  const textualOrg = role === 'organization' ? orgSubjectNameAt(ctx, mention.span[0]) : null;
  if (textualOrg) options.push(textualOrg);
  // A full name opening a recent sentence, read from the text: found even when nlp missed it and it has not spoken yet.
  const textual = role === 'person' ? subjectNameAt(ctx, mention.span[0]) : null;
  if (textual && genderFits(ctx, pronoun, textual.who.speaker) && !(ctx.article.entities.length > 0 && !entityNamed(ctx, textual.who.speaker))) options.push(textual);
  // "X's dough is made centrally, he said": no name inside the clause a pronoun's tag reports is that pronoun's antecedent.
  const reported = reportedClauseStart(ctx, mention.span[0]);
  const outside = (at: number) => reported === null || at < reported;
  const open = options.filter((o) => outside(o.at));
  // "he"/"she": the most salient candidate, the article's main person among them (Salience.ts); otherwise the latest.
  const best = role === 'person' ? mostSalient(ctx, open, mention.span[0], (name) => genderFits(ctx, pronoun, name), reported ?? mention.span[0]) : open.sort((x, y) => y.at - x.at)[0];
  // "…, suggested by Matthew. He has used it …": a person named in the sentence just before, as an object, outranks a subject
  // last seen several sentences back.
  const near = role === 'person' ? nearObject(ctx, all.filter((a) => outside(a.at)), mention.span[0]) : null;
  // Not over the article's main person, whom "he" may mean however far back it was named (Salience.ts).
  const main = mainPerson(ctx);
  if (near && (!best || (best.at < near.since && !(main && best.who.speaker === main.who.speaker)))) return fromEntity(near.entity, ctx.article.text);
  // "While the ads did not appeal to Julie Graham, a state officer, she said …": the one person named in a fronted subordinate clause.
  const fronted = role === 'person' ? frontedClausePerson(ctx, all, mention.span[0]) : null;
  if (fronted) return fromEntity(fronted, ctx.article.text);
  if (best) return best.who;
  // Nothing in subject position: the nearest mention of the right type, or, without nlp, a name opening a recent sentence.
  // Subjects over objects: a possessor ("X’s church") or the object of a preposition ("by X") only when nothing else is near.
  const anyMention = all.find((a) => outside(a.at) && !obliqueAt(ctx.article.text, a.at, a.end)) ?? all.find((a) => outside(a.at));
  if (anyMention && role !== 'group') return fromEntity(anyMention.entity, ctx.article.text);
  // With or without nlp entities (which may have missed the name): a name opening a recent sentence.
  return role === 'person' ? subjectNameBefore(ctx, mention.span[0]) : NONE;
}

/** A sentence opened by a subordinate clause that ends in the comma right before the pronoun ("While …, she said"). */
const FRONTED_CLAUSE = /^\s*(?:While|Although|Though|Whereas|Even though|Because|Since|After|When|Before)\b[^.;:!?]*,\s*$/;

/**
 * "While the campaign did not appeal to Julie Graham, …, she said …": a pronoun subject right after a fronted
 * subordinate clause refers to the only person (of its gender) that clause names, over the last speaker.
 */
function frontedClausePerson(ctx: ResolveContext, fitting: readonly { entity: Entity; at: number }[], offset: number): Entity | null {
  const starts = (ctx.unitStarts ?? []).filter((s) => s <= offset);
  const own = starts[starts.length - 1];
  // A quoted slogan inside the clause ("the “Meth. We’re on it.” campaign") may hold full stops of its own.
  if (own === undefined || !FRONTED_CLAUSE.test(ctx.article.text.slice(own, offset).replace(/[“"][^“”"]*[”"]/g, 'Q'))) return null;
  const inside = new Set(fitting.filter((a) => a.at >= own).map((a) => a.entity));
  return inside.size === 1 ? ([...inside][0] ?? null) : null;
}

/** A person antecedent in the sentence before the pronoun's, with the start of the sentences a subject must be within to outrank it. */
function nearObject(ctx: ResolveContext, candidates: readonly { entity: Entity; at: number }[], offset: number): { entity: Entity; since: number } | null {
  const starts = (ctx.unitStarts ?? []).filter((s) => s <= offset);
  const own = starts[starts.length - 1];
  const prev = starts[starts.length - 2];
  const since = starts[Math.max(0, starts.length - 1 - NEAR_OBJECT_REACH)];
  if (own === undefined || prev === undefined || since === undefined) return null;
  const hit = candidates.find((a) => a.at >= prev && a.at < own);
  return hit && since < prev ? { entity: hit.entity, since } : null;
}

/** Subordinators opening a sentence whose comma ends an adverbial clause, not a reported one ("When Smith arrived, he said …"). */
const SUBORDINATE_OPENING = /^(?:When|While|After|Before|As|If|Because|Although|Though|Since|Once|Until|Unless|Whereas|Asked|Speaking|In|At|On|For|During|Despite)\b/;

/**
 * Where the reported clause before a pronoun's speech tag starts ("Dough is made centrally, he said"), or null when the
 * pronoun does not stand in such a tag: the sentence up to the pronoun ends with a comma (or a quote mark and a comma)
 * and does not open with a subordinate or prepositional phrase.
 */
function reportedClauseStart(ctx: ResolveContext, offset: number): number | null {
  const unitStart = [...(ctx.unitStarts ?? [])].reverse().find((s) => s < offset);
  if (unitStart === undefined) return null;
  // The clause starts after the last full stop before the tag, should the unit run over one ("… emotions. ”Letting …,” he said").
  const ends = [...ctx.article.text.slice(unitStart, offset).matchAll(/[.!?]["”’]?\s+/g)];
  const lastEnd = ends[ends.length - 1];
  const start = lastEnd ? unitStart + (lastEnd.index ?? 0) + lastEnd[0].length : unitStart;
  const before = ctx.article.text.slice(start, offset);
  if (!/,[”"’']?\s*$/.test(before) || SUBORDINATE_OPENING.test(before.replace(/^[“"‘\s]+/, ''))) return null;
  return start;
}

/** The latest organisation opening a sentence before `offset` ("The FAA said … The agency said"), for a generic description. */
export function organisationSubjectBefore(ctx: ResolveContext, offset: number): Entity | null {
  return antecedents(ctx.article, ['organization'], offset, ctx.quoted).find((a) => isSubjectPosition(ctx, a.at, true) && !modifiesNoun(ctx.article.text, a.end))?.entity ?? null;
}

/** Lower-case words that may follow a subject: verbs, adverbs, relative pronouns, conjunctions. */
const AFTER_SUBJECT = /^(?:[a-z]+(?:ed|ly)|[a-z]+[^s\W]s|and|or|but|which|who|also|now|then|still|on|in|at|last|this|yesterday|today)$/;

/** "The Smokehouse Creek fire is …": a name followed by a lower-case noun modifies it, it is not the subject. */
function modifiesNoun(text: string, end: number): boolean {
  const next = /^\s+([a-z’'-]+)/.exec(text.slice(end, end + 30))?.[1];
  return !!next && !COMMON_VERBS.has(next) && !CUES.has(next) && !AFTER_SUBJECT.test(next);
}

/** An entity typed as an organisation whose name has a person's shape: two or three capitalised words, none an organisation's. */
function personShaped(e: Entity): boolean {
  const words = e.name.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && e.aliases.length === 0 && kindOfName(e.name, undefined) === 'person' && e.roles.length === 0;
}

/** Prepositions whose object is not a likely antecedent of a subject pronoun. */
const OBLIQUE_BEFORE = /\b(?:to|by|of|for|with|at|from|about|against|into|on|in)\s+$/i;

/** Whether a mention stands as a possessor ("X’s") or the object of a preposition ("by X"). */
function obliqueAt(text: string, at: number, end: number): boolean {
  return /^['’]s\b/.test(text.slice(end, end + 3)) || OBLIQUE_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

/** A capitalised name opening a sentence (after a subordinator) with a finite verb after it: "While Scoan did not respond". */
const ORG_OPENING = /^(?:(?:While|Although|Though|As|When|After|Since|Because|If|But|And)\s+)?(?:[Tt]he\s+)?(\p{Lu}[\p{L}&’'-]+(?:\s+\p{Lu}[\p{L}&’'-]+){0,3})\s+(?:has|had|did|does|is|was|have|will|would|said|says|\p{Ll}+ed)\b/u;

/** Capitalised sentence openers that are not names. */
const NOT_NAMES = new Set(['this', 'that', 'there', 'here', 'what', 'which', 'who', 'you', 'his', 'her', 'its', 'their', 'our', 'my']);

/** The organisation opening one of the last two sentences, when the nlp stage has no entity for that name (or none at all). */
function orgSubjectNameAt(ctx: ResolveContext, offset: number): { at: number; who: Resolved } | null {
  const starts = (ctx.unitStarts ?? []).filter((s) => s < offset).slice(-2).reverse();
  for (const s of starts) {
    const name = ORG_OPENING.exec(ctx.article.text.slice(s, Math.min(offset, s + 120)))?.[1];
    if (!name || SENTENCE_WORDS.has(name.toLowerCase()) || DETERMINERS.has(name.toLowerCase()) || PRONOUNS.has(name.toLowerCase()) || NOT_NAMES.has(name.toLowerCase())) continue;
    const lower = name.toLowerCase();
    const known = ctx.article.entities.some((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === lower || n.toLowerCase().split(/\s+/).includes(lower)));
    if (known || ctx.article.entities.length === 0 || (ctx.knownPeople ?? []).some((k) => k.speaker?.split(/\s+/).includes(name))) continue;
    return { at: s, who: { speaker: name, entity: null } };
  }
  return null;
}

/** A single capitalised name opening a sentence, then a comma and a possessive or article opening an appositive ("Kirk, her boss, …"). */
const APPOSED_SURNAME = /^(\p{Lu}\p{Ll}[\p{L}’'-]+),\s+(?:his|her|their|the|a|an)\s+\p{Ll}/u;

const withFirstNames = new WeakMap<object, Map<string, boolean>>();

/** Whether the article gives a surname after a capitalised first name somewhere ("Charlie Kirk"); cached per article. */
function givenWithFirstName(article: Readonly<NlpArticle>, surname: string): boolean {
  let cache = withFirstNames.get(article);
  if (!cache) withFirstNames.set(article, (cache = new Map()));
  let hit = cache.get(surname);
  if (hit === undefined) {
    hit = new RegExp(String.raw`\p{Lu}\p{Ll}+\s+${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'u').test(article.text);
    cache.set(surname, hit);
  }
  return hit;
}

/** The name opening one of the last few sentences ("Mayor Maria Lopez spoke …"), read from the text, with where it stands. */
function subjectNameAt(ctx: ResolveContext, offset: number): { at: number; who: Resolved } | null {
  const starts = (ctx.unitStarts ?? []).filter((s) => s < offset).slice(-4).reverse();
  for (const s of starts) {
    const opening = ctx.article.text.slice(s, Math.min(offset, s + 120));
    // "Kirk, her boss at the time, made …": a surname opening a sentence with an appositive after it is a person.
    const apposed = APPOSED_SURNAME.exec(opening)?.[1];
    // Only a surname the article also gives with a first name ("Charlie Kirk"), so an opening adverb ("Presumably, a …") is not taken.
    if (apposed && !SENTENCE_WORDS.has(apposed.toLowerCase()) && givenWithFirstName(ctx.article, apposed)) return { at: s, who: { speaker: apposed, entity: null } };
    const m = /^(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,5}?((?:\p{Lu}[\p{L}’'-]+\s+){1,2}\p{Lu}[\p{L}’'-]+)\b/u.exec(opening);
    if (m && m[0]) {
      const name = bareName(m[0].trim());
      // An all-capitals lead-in ("THE MEETING BEGAN") is typography, not a name.
      const first = name.split(' ')[0]?.toLowerCase() ?? '';
      // "His Black identity": a determiner opening the sentence is not a first name.
      if (name.includes(' ') && /\p{Ll}/u.test(name) && !SENTENCE_WORDS.has(first) && !DETERMINERS.has(first)) return { at: s, who: { speaker: name, entity: null } };
    }
  }
  return null;
}

function subjectNameBefore(ctx: ResolveContext, offset: number): Resolved {
  return subjectNameAt(ctx, offset)?.who ?? NONE;
}


/** Words that may stand before a group noun opening a sentence ("a half-dozen staffers", "Senate Democrats", "Local officials"). */
const GROUP_MODIFIER = /^(?:\p{Lu}[\p{L}.-]*|a|an|the|some|several|many|most|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|half-dozen|dozen|local|senior|other|\d+)$/u;

/** "A half-dozen staffers spoke … They said": a group noun opening one of the last few sentences, for "they". */
function groupSubjectBefore(ctx: ResolveContext, offset: number): { at: number; who: Resolved } | null {
  const starts = (ctx.unitStarts ?? []).filter((s) => s < offset).slice(-3).reverse();
  for (const s of starts) {
    const words = ctx.article.text.slice(s, Math.min(offset, s + 120)).replace(OPENING_ADVERBIAL, '').split(/\s+/).slice(0, 5);
    for (let i = 0; i < words.length; i++) {
      const w = (words[i] ?? '').replace(/[,.;:]$/, '');
      if (GROUP_NOUNS.has(w.toLowerCase()) && /s$/i.test(w) && !['others', 'many', 'some', 'reports', 'studies', 'polls', 'documents', 'records', 'data', 'figures'].includes(w.toLowerCase())) {
        return { at: s, who: { speaker: groupHead(words.slice(0, i + 1).join(' ').replace(/[,.;:]$/, '')), entity: null } };
      }
      if (!GROUP_MODIFIER.test(w)) break;
    }
  }
  return null;
}

/** Whether the nlp entities know a name as a person (so a name read from the text is not a place or a work). */
function entityNamed(ctx: ResolveContext, name: string | null): boolean {
  if (!name) return false;
  const lower = name.toLowerCase();
  return ctx.article.entities.some((e) => e.type === 'person' && [e.name, ...e.aliases].some((n) => n.toLowerCase() === lower));
}
