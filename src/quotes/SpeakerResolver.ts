/**
 * Resolves a speaker mention to a canonical speaker: a named entity, or for pronouns and
 * descriptions the nearest earlier compatible entity (or the current speaker), or for
 * unresolved names the name without its titles.
 */
import type { Entity, NlpArticle } from '../model/records.ts';
import { antecedents, describes, entityAt, matchDescriptionLocally } from './EntityLookup.ts';
import { MIN_ORG_OPENING_CHARS } from './constants.ts';
import { DETERMINERS, FUNCTION_ORG_HEADS, GENERIC_ORG_HEADS, ORG_MARKERS, ORG_NOUNS, TITLE_WORDS } from './lexicon/words.ts';
import { genderFits, isSubjectPosition, organisationSubjectBefore, resolvePronoun } from './PronounResolver.ts';
import { afterInnerPlural, groupWithPlace, runsOverSentence } from './GroupNames.ts';
import { isMinor, mainPerson } from './Salience.ts';
import { kindFits } from './SpeakerKind.ts';
import { bareName, fromEntity, groupHead, isGroupName, SENTENCE_WORDS, type CurrentSpeaker, type ResolveContext, type Resolved } from './SpeakerNames.ts';
import type { Mention } from './Mention.ts';

export { bareName, type CurrentSpeaker, type ResolveContext, type Resolved } from './SpeakerNames.ts';

/**
 * Whether an entity's names fit a name mention: the surname among their words, and for a
 * full name ("Hunter Biden") its first name too when the entity gives one, so an nlp
 * entity merged across relatives or namesakes ("Joe Biden") is not taken for it.
 */
function sharesName(e: Entity, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  if (!last) return false;
  const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
  // "FAA Administrator Mike Whitaker": a person's full name ending the mention, whatever title stands before it.
  if (names.includes(name.toLowerCase()) || (e.type === 'person' && names.some((n) => n.includes(' ') && name.toLowerCase().endsWith(` ${n}`)))) return true;
  if (!names.some((n) => n.split(/[\s-]+/).includes(last))) return false;
  const first = words.length > 1 ? words[0] : undefined;
  if (!first || first.length < 2 || first.endsWith('.')) return true;
  const firsts = names.map((n) => n.split(/\s+/)).filter((w) => w.length > 1 && w[w.length - 1] === last).map((w) => w[0] ?? '');
  return firsts.length === 0 || firsts.includes(first);
}

function byName(article: Readonly<NlpArticle>, name: string): Entity | null {
  const lower = name.toLowerCase();
  let best: Entity | null = null;
  let opening: Entity | null = null;
  for (const e of article.entities) {
    if (e.type === 'place' || runsOverSentence(e.name)) continue;
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    if (names.includes(lower)) return e;
    if (!best && names.some((n) => n.endsWith(` ${lower}`))) best = e;
    // "Amnesty" for "Amnesty International": an organisation named by the first word(s) of its name.
    if (!best && !opening && e.type === 'organization' && lower.length >= MIN_ORG_OPENING_CHARS && names.some((n) => n.startsWith(`${lower} `))) opening = e;
  }
  return best ?? opening;
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
      // "… like Kleenex. Purists insist": the word before a sentence's full stop is no first name.
      if (runsOverSentence(`${m[1] ?? ''}${name}`)) continue;
      const full = bareName(`${m[1] ?? ''}${name}`);
      if (full.split(' ').length > 1) found.push({ at: m.index, full });
    }
    cache.set(name, found);
  }
  return found.find((f) => f.at < before)?.full ?? name;
}

/** Heads of descriptions of anonymous sources, never resolved to a named person. */
const ANONYMOUS_HEADS = new Set(['source', 'insider', 'whistleblower', 'tipster']);

/** Possessive determiners opening a description ("his publisher"). */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** Heads of a person's staff that speak in that person's name ("his office", "her campaign"). */
const OWNER_VOICE_HEADS = new Set(['office', 'campaign', 'camp']);

/** Heads of descriptions of someone speaking for an organisation. */
const SPOKES_HEADS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen', 'spokeswomen']);
/** "a spokesman for the Kremlin", "an official with the County Office of Emergency Services": the organisation named after the role. */
const ROLE_FOR_ORG = /\b(?:spokes(?:person|man|woman|people)|representative|official|press secretary)\s+(?:for|of|at|from|with)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.’'-]*(?:,?\s+(?:of\s+|for\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{N}&.’'-]*)*)$/u;
/** "A Foreign, Commonwealth & Development Office (FCDO) spokesperson": the organisation's name right before the role word. */
const ORG_BEFORE_ROLE = /(?:^|[.!?]\s+|\b(?:A|An|The|a|an|the)\s+)(\p{Lu}[\p{L}\p{N}&.’'-]*(?:,?\s+(?:of\s+|for\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{N}&.’'-]*)*)(?:\s+\(\p{Lu}{2,}\))?\s+$/u;

/** The organisation a spokesperson speaks for, when the words name it; null otherwise. */
function spokespersonOrg(text: string, mention: Mention): string | null {
  const inside = ROLE_FOR_ORG.exec(mention.text);
  if (inside?.[1]) return inside[1];
  const head = mention.text.split(/\s+/).pop()?.toLowerCase() ?? '';
  if (!SPOKES_HEADS.has(head)) return null;
  const own = mention.text.split(/\s+/).slice(0, -1).filter((w) => !DETERMINERS.has(w.toLowerCase()));
  if (own.length > 0 && own.every((w) => /^\p{Lu}/u.test(w))) return own.join(' ').replace(/['’]s$/, '');
  const before = ORG_BEFORE_ROLE.exec(text.slice(Math.max(0, mention.span[0] - 120), mention.span[0]));
  const name = before?.[1]?.replace(/^(?:A|An|The)\s+/, '');
  return name && !/^(?:A|An|The)$/.test(name) ? name : null;
}

/** The speaker of a spokesperson mention: the organisation it names, found among the entities when it can be. */
function spokespersonSpeaker(ctx: ResolveContext, mention: Mention): Resolved | null {
  const org = spokespersonOrg(ctx.article.text, mention);
  if (!org) return null;
  const named = byName(ctx.article, org);
  return named ? fromEntity(named, ctx.article.text) : { speaker: org, entity: null };
}

/** Capitalised words that name a country or nation: a place the nlp stage found, or a demonym's ending ("French", "Russian", "Israeli"). */
function nationWords(ctx: ResolveContext, words: readonly string[]): string[] {
  const places = new Set(ctx.article.entities.filter((e) => e.type === 'place').map((e) => e.name.toLowerCase()));
  return words
    .map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, ''))
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORG_NOUNS.has(w.toLowerCase()) && (places.has(w.toLowerCase()) || /(?:ian|ean|ese|ish|ch|i)$/.test(w)));
}

/** Nation words name the same nation when they share their first NATION_STEM letters ("Russian" and "Russia"). */
const NATION_STEM = 4;

/**
 * "The French foreign ministry" is not "Russia's foreign ministry": a description naming a nation
 * never stands for a candidate whose name names another one and not it.
 */
function nationClash(ctx: ResolveContext, description: readonly string[], candidate: string): boolean {
  const own = nationWords(ctx, description.slice(0, -1)).map((w) => w.toLowerCase().slice(0, NATION_STEM));
  if (own.length === 0) return false;
  const theirs = nationWords(ctx, candidate.split(/\s+/)).map((w) => w.toLowerCase().slice(0, NATION_STEM));
  return theirs.length > 0 && !theirs.some((w) => own.includes(w));
}

function resolveDescription(ctx: ResolveContext, mention: Mention, findDescribed: DescriptionMatcher | null): Resolved {
  const words = mention.text.split(/\s+/);
  const det = words[0]?.toLowerCase() ?? '';
  const unresolved = { speaker: words.filter((w, i) => i > 0 || !DETERMINERS.has(w.toLowerCase())).join(' ') || null, entity: null };
  const head = (words[words.length - 1] ?? '').toLowerCase();
  // A spokesperson speaks for the organisation named with it, or for the organisation currently speaking; never for a person.
  const spokes = spokespersonSpeaker(ctx, mention);
  if (spokes) return spokes;
  if (SPOKES_HEADS.has(head)) {
    // "A company spokesperson": the company the article is about (last opening a sentence), not whoever spoke last.
    const generic = words.slice(0, -1).some((w) => GENERIC_ORG_HEADS.has(w.toLowerCase())) ? organisationSubjectBefore(ctx, mention.span[0]) : null;
    if (generic) return fromEntity(generic, ctx.article.text);
    const cur = ctx.current;
    return cur && cur.speaker && (cur.kind === 'organization' || cur.kind === 'either') ? { speaker: cur.speaker, entity: cur.entity } : unresolved;
  }
  if (det === 'a' || det === 'an' || det === 'one' || det === 'another') return unresolved;
  // "the source", "the insider": an anonymous source stays unnamed, whoever the article named before.
  if (ANONYMOUS_HEADS.has(head)) return unresolved;
  // "His office said …", "her campaign said …": the staff speaking for a person speak as that person (the annotation guide's gold does so).
  if ((det === 'his' || det === 'her') && words.length === 2 && OWNER_VOICE_HEADS.has(head)) {
    // The possessor is the person named last in the paragraph, subject or not ("Teachers did not see Holcomb. His office said …").
    const pronoun = det === 'his' ? 'he' : 'she';
    const text = ctx.article.text;
    const nearest = antecedents(ctx.article, ['person'], mention.span[0], ctx.quoted).find((a) => genderFits(ctx, pronoun, text.slice(a.at, a.end)));
    if (nearest && !text.slice(nearest.end, mention.span[0]).includes('\n')) return fromEntity(nearest.entity, text);
    const owner = resolvePronoun(ctx, { ...mention, kind: 'pronoun', text: pronoun, span: [mention.span[0], mention.span[0] + det.length] });
    if (owner.speaker) return owner;
  }
  const type = ORG_NOUNS.has(head) && head !== 'spokesperson' ? 'organization' : 'person';
  const nlpMatch = findDescribed ? findDescribed(ctx.article, mention.text, mention.span[0]) : null;
  // The nlp stage's match is taken when the description fits it by this stage's own check too (type, and a role, name or affiliation word).
  if (nlpMatch && fitsDescription(nlpMatch, mention.text, type, ctx.article.text) && !nationClash(ctx, words, nlpMatch.name)) return fromEntity(nlpMatch, ctx.article.text);
  const local = matchDescriptionLocally(ctx.article, mention.text, mention.span[0], type, ctx.quoted);
  if (local && !nationClash(ctx, words, local.name)) return fromEntity(local, ctx.article.text);
  const titled = type === 'person' ? titledNameBefore(ctx.article.text, words, mention.span[0]) : null;
  if (titled) return { speaker: titled, entity: null };
  // "his publisher", "her lawyer": someone related to the person in view, never that person; left unresolved.
  // So is "Abdush's sister", "the victim's mother": a possessor named in the description.
  if (type === 'person' && (POSSESSIVE_DETERMINERS.has(det) || words.slice(0, -1).some((w) => /['’]s$/.test(w)))) return unresolved;
  const cur = ctx.current;
  // A person description nothing else matched ("the first son"): the article's main person when it was a sentence subject
  // since the current speaker was last in view (named, quoted or a sentence subject); otherwise the current speaker, below.
  if (type === 'person' && cur && cur.speaker && kindFits(cur.kind, type)) {
    const main = mainSubjectSince(ctx, cur, mention.span[0]) ?? subjectSince(ctx, cur, mention.span[0]);
    if (main) return main;
  }
  // The current speaker, when it fits; an organisation only for a generic head ("the company") standing for a named one,
  // or a head in its name ("the ministry" for the Foreign Ministry).
  // "the mayor shared … the engineer told": a current speaker that is itself an unnamed description with another head is someone else.
  const otherDescription = cur !== null && cur.entity === null && /^\p{Ll}/u.test(cur.speaker ?? '') && !(cur.speaker ?? '').toLowerCase().split(/\s+/).includes(head);
  if (cur && cur.speaker && !otherDescription && !nationClash(ctx, words, cur.speaker) && kindFits(cur.kind, type) && (type === 'person' || (GENERIC_ORG_HEADS.has(head) && /^\p{Lu}/u.test(cur.speaker) && (cur.kind === 'organization' || ctx.article.entities.some((e) => e.id === cur.entity && e.type === 'organization'))) || cur.speaker.toLowerCase().split(/\s+/).includes(head))) return { speaker: cur.speaker, entity: cur.entity };
  if (type === 'person') {
    const nearest = antecedents(ctx.article, ['person'], mention.span[0], ctx.quoted)[0];
    if (nearest && (nearest.entity.roles.length === 0 || describes(nearest.entity, mention.text, ctx.article.text))) return fromEntity(nearest.entity, ctx.article.text);
  }
  const named = type === 'organization' ? organisationByModifier(ctx, words) : null;
  if (named) return fromEntity(named, ctx.article.text);
  // "The FAA said … The agency said": a generic head with no speaker to stand for takes the organisation last opening a sentence.
  const subject = type === 'organization' && GENERIC_ORG_HEADS.has(head) ? organisationSubjectBefore(ctx, mention.span[0]) ?? organisationJustBefore(ctx, mention.span[0]) : null;
  return subject ? fromEntity(subject, ctx.article.text) : unresolved;
}

/**
 * "The attorney general is investigating Brightdesk. The company confirmed …": with no organisation opening a sentence,
 * the only organisation named in the sentence before, in the same paragraph.
 */
function organisationJustBefore(ctx: ResolveContext, offset: number): Entity | null {
  const starts = (ctx.unitStarts ?? []).filter((s) => s <= offset);
  const from = starts[starts.length - 2];
  if (from === undefined || ctx.article.text.slice(from, offset).includes('\n')) return null;
  const orgs = new Set(antecedents(ctx.article, ['organization'], offset, ctx.quoted).filter((a) => a.at >= from).map((a) => a.entity));
  return orgs.size === 1 ? ([...orgs][0] ?? null) : null;
}

/**
 * "the Budget watchdog", "the Energy department": an organisation description whose capitalised
 * modifiers are words of exactly one organisation's name in the article ("Office for Budget
 * Responsibility"), wherever the article names it — the description may come first.
 */
function organisationByModifier(ctx: ResolveContext, words: readonly string[]): Entity | null {
  const modifiers = words.slice(0, -1).filter((w) => !DETERMINERS.has(w.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(w));
  if (modifiers.length === 0 || modifiers.length !== words.slice(0, -1).filter((w) => !DETERMINERS.has(w.toLowerCase())).length) return null;
  // The head must be in the name too ("the Energy department"), unless it names what an organisation does rather than what it is ("watchdog").
  const head = (words[words.length - 1] ?? '').toLowerCase();
  const headFree = GENERIC_ORG_HEADS.has(head) || FUNCTION_ORG_HEADS.has(head);
  const fits = ctx.article.entities.filter((e) => {
    const name = e.name.split(/\s+/);
    return e.type === 'organization' && modifiers.every((m) => name.includes(m)) && (headFree || name.some((w) => w.toLowerCase() === head));
  });
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/**
 * "Sen. X criticised the ruling. The New York Democrat said …": a person opening a sentence after the
 * current speaker was last in view is who a description nothing else matched refers to, as "he" would.
 */
function subjectSince(ctx: ResolveContext, cur: CurrentSpeaker, offset: number): Resolved | null {
  const latest = antecedents(ctx.article, ['person'], offset, ctx.quoted).find((a) => isSubjectPosition(ctx, a.at));
  if (!latest || latest.entity.id === cur.entity) return null;
  // The current speaker named anywhere since ("… noted by Emery. “…,” the Spaniard said") is still in view.
  const curMentions = ctx.article.entities.find((e) => e.id === cur.entity)?.mentions ?? [];
  const curSeen = Math.max(cur.at, cur.quoteEnd ?? -1, ...curMentions.map((m) => m[0]).filter((m) => m < offset && !ctx.quoted.some((q) => m > q[0] && m < q[1])));
  if (latest.at <= curSeen) return null;
  return fromEntity(latest.entity, ctx.article.text);
}

/** The main person, when its last subject-position mention before `offset` is later than the current speaker's last appearance. */
function mainSubjectSince(ctx: ResolveContext, cur: CurrentSpeaker, offset: number): Resolved | null {
  const main = mainPerson(ctx);
  if (!main || main.who.speaker === cur.speaker || !isMinor(ctx, cur)) return null;
  const outside = (m: number) => m < offset && !ctx.quoted.some((q) => m > q[0] && m < q[1]) && isSubjectPosition(ctx, m);
  const entity = cur.entity ? ctx.article.entities.find((e) => e.id === cur.entity) : undefined;
  const curSeen = Math.max(cur.at, cur.quoteEnd ?? -1, ...(entity?.mentions ?? []).map((m) => m[0]).filter(outside));
  return main.mentions.some((m) => m > curSeen && outside(m)) ? main.who : null;
}

/** Whether an entity can be what a description names: an organisation head for an organisation, and the description's words among its roles, names or affiliation. */
function fitsDescription(e: Entity, phrase: string, type: 'person' | 'organization', text: string): boolean {
  if ((type === 'organization') !== (e.type !== 'person')) return false;
  return describes(e, phrase, text);
}

/**
 * "the prime minister" after "Prime Minister Keir Starmer": the nearest earlier name that the
 * description's words stand before as a title, read from the text, so it works whether or not
 * the nlp stage recorded the role.
 */
function titledNameBefore(text: string, words: readonly string[], before: number): string | null {
  const all = words.filter((w, i) => i > 0 || !DETERMINERS.has(w.toLowerCase())).map((w) => w.replace(/[^\p{L}-]/gu, ''));
  // "the Miami-Dade mayor": capitalised modifiers (a place) before the title words are left out of the search.
  let cut = all.length;
  while (cut > 0 && TITLE_WORDS.has(all[cut - 1]?.toLowerCase() ?? '')) cut--;
  const title = all.slice(cut);
  if (title.length === 0 || title.some((w) => !w) || !all.slice(0, cut).every((w) => /^\p{Lu}/u.test(w))) return null;
  const pattern = title.map((w) => `[${w[0]?.toUpperCase()}${w[0]?.toLowerCase()}]${w.slice(1)}`).join('\\s+');
  const re = new RegExp(`\\b${pattern}\\s+((?:\\p{Lu}[\\p{L}’'.-]+\\s+){0,2}\\p{Lu}[\\p{L}’'-]+)`, 'gu');
  let found: string | null = null;
  for (const m of text.slice(0, before).matchAll(re)) if (m[1]) found = m[1];
  return found ? bareName(found) : null;
}

/** "the Spaniard", "the Frenchman": a nationality standing for the person. */
function isDemonym(text: string): boolean {
  return /^the\s+\p{Lu}\p{Ll}+(?:ian|ean|ese|ard|man|woman)$/u.test(text) || /^the\s+(?:Briton|Scot|Swede|Dane|Finn|Pole|Turk|Greek|Welshman|Irishman)$/u.test(text);
}

/** "the New York Democrat", "the Colorado Republican": a party member named by place and party is a description. */
function isPartyMember(text: string): boolean {
  return /^the\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}(?:Democrat|Republican|Conservative|Tory|Liberal|Democrat|Independent|Socialist)$/iu.test(text) && /^the\s/i.test(text);
}

/** The place or organisation an nlp mention covering the mention's words (without a determiner) names, or null. */
function namedNonPerson(ctx: ResolveContext, mention: Mention): Entity | null {
  const lead = /^(?:the|a|an)\s+/i.exec(mention.text)?.[0].length ?? 0;
  const span: [number, number] = [mention.span[0] + lead, mention.span[1]];
  const at = entityAt(ctx.article, span);
  if (!at || at.type === 'person') return null;
  return at.mentions.some((m) => m[0] === span[0] && m[1] === span[1]) ? at : null;
}

/** "The Deputy Foreign Minister": capitalised, but a description, not a name. */
function isTitleOnly(text: string): boolean {
  return text.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || DETERMINERS.has(w.toLowerCase()));
}

/**
 * Whether the words before "of"/"at" in a name mention are a person's name ("Brian Sullivan of
 * Risk Information"), not the head of an organisation's name ("The Department of Energy", "Bank of
 * England"): two capitalised words once a leading determiner is dropped, the last no organisation word
 * and no title ("Acme School Head of Admissions Jane Roe": the title's complement, then the person).
 */
function personBeforeOf(head: string): boolean {
  const words = head.split(/\s+/).filter((w, i) => i > 0 || !DETERMINERS.has(w.toLowerCase()));
  const last = (words[words.length - 1] ?? '').toLowerCase().replace(/[.,]$/, '');
  return /\p{Lu}\S*\s+\p{Lu}/u.test(words.join(' ')) && !ORG_NOUNS.has(last) && !ORG_MARKERS.has(last) && !TITLE_WORDS.has(last);
}

export type DescriptionMatcher = (article: Readonly<NlpArticle>, phrase: string, beforeOffset: number) => Entity | null;

/** Resolves one mention. `findDescribed` is the nlp stage's description matcher when available. */
export function resolveSpeaker(ctx: ResolveContext, mention: Mention, findDescribed: DescriptionMatcher | null = null): Resolved {
  if (mention.kind === 'pronoun') return resolvePronoun(ctx, mention);
  // "A spokesman for the Port Authority": capitalised at its end, but the organisation speaks.
  const spokes = mention.kind === 'name' ? spokespersonSpeaker(ctx, mention) : null;
  if (spokes) return spokes;
  // "The US welcomed …": title words that are the nlp stage's mention of a country or organisation name it, not a role.
  const countryOrOrg = mention.kind === 'name' && isTitleOnly(mention.text) ? namedNonPerson(ctx, mention) : null;
  if (countryOrOrg) return fromEntity(countryOrOrg, ctx.article.text);
  if (mention.kind === 'name' && (isTitleOnly(mention.text) || isDemonym(mention.text) || isPartyMember(mention.text))) return resolveDescription(ctx, { ...mention, kind: 'description' }, findDescribed);
  // "Brian Sullivan of Risk Information": the person before the preposition speaks, not the organisation after it.
  const ofMatch = /^(.+?)\s+(?:of|at|for|from)\s+\p{Lu}/u.exec(mention.text);
  if (mention.kind === 'name' && ofMatch && ofMatch[1] && personBeforeOf(ofMatch[1])) {
    const head = ofMatch[1];
    const at = entityAt(ctx.article, [mention.span[0], mention.span[0] + head.length]);
    if (at && at.type === 'person') return fromEntity(at, ctx.article.text);
    if (!isTitleOnly(head)) return { speaker: bareName(head), entity: null };
  }
  if (mention.kind === 'description') return resolveDescription(ctx, mention, findDescribed);
  // "Democrats on Capitol Hill": a capitalised group noun is a group, named by its noun, not a name.
  if (mention.kind === 'name' && isGroupName(mention.text)) return { speaker: groupHead(mention.text), entity: null };
  // "Police in Springfield": an organisation noun opening the sentence, then the place it serves; the noun speaks.
  const opening = mention.text.split(/\s+/);
  if (mention.kind === 'name' && opening.length > 2 && ORG_NOUNS.has(opening[0]?.toLowerCase() ?? '') && /^(?:in|at|on)$/.test(opening[1] ?? '')) return { speaker: opening[0] ?? null, entity: null };
  const gathered = mention.kind === 'name' || mention.kind === 'group' ? groupWithPlace(mention.text, mention.kind === 'name') : undefined;
  if (gathered !== undefined) return { speaker: gathered, entity: null };
  // "Sources at the team" → "Sources": a group is named by its noun, as the annotation guide has it.
  // "sources familiar with the matter" keeps its words: they say who the sources are, not where.
  if (mention.kind === 'group' && !/\b(?:familiar|close)\b/i.test(mention.text)) return { speaker: afterInnerPlural(groupHead(mention.text)) || null, entity: null };
  if (mention.kind === 'document') {
    const words = mention.text.split(/\s+/);
    return { speaker: words.filter((w, i) => i > 0 || !DETERMINERS.has(w.toLowerCase())).join(' '), entity: null };
  }
  const name = bareName(mention.text);
  const at = entityAt(ctx.article, mention.span);
  // Trust the entity at the mention only when its names share the mention's own name word.
  if (at && at.type !== 'place' && sharesName(at, name) && !runsOverSentence(at.name)) return fromEntity(at, ctx.article.text);
  const named = byName(ctx.article, name);
  if (named) return fromEntity(named, ctx.article.text);
  return { speaker: expandFromText(ctx.article, ctx.article.text, name, mention.span[0]), entity: null };
}
