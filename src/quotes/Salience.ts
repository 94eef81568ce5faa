/**
 * Salience of the antecedents of "he" and "she": how far back each candidate was last in view
 * (sentences and paragraph breaks) and whether it is the article's main person — the subject
 * of a profile, whom "he" may mean paragraphs after a minor speaker was quoted. The main person
 * is read from the nlp stage's entities only. The weights are in constants.ts.
 */
import type { NlpArticle, Span } from '../model/records.ts';
import {
  MAIN_PERSON_LEAD, MAIN_PERSON_MIN_MENTIONS, MINOR_SPEAKER_MAX_MENTIONS, MINOR_SPEAKER_REACH, SALIENCE_PARAGRAPH_COST, SALIENCE_SENTENCE_COST,
} from './constants.ts';
import { fromEntity, type ResolveContext, type Resolved } from './SpeakerNames.ts';

export interface Candidate {
  at: number;
  who: Resolved;
}

interface MainPerson {
  who: Resolved;
  /** Starts of its mentions outside quotes, ascending. */
  mentions: number[];
}

const mains = new WeakMap<object, MainPerson | null>();

function inQuotes(quoted: readonly Span[], at: number): boolean {
  return quoted.some((q) => at > q[0] && at < q[1]);
}

/** Mentions outside quotes of each person the nlp stage found. */
function personMentions(ctx: ResolveContext): MainPerson[] {
  const article: Readonly<NlpArticle> = ctx.article;
  return article.entities
    .filter((e) => e.type === 'person')
    .map((e) => ({ who: fromEntity(e, article.text), mentions: e.mentions.map((m) => m[0]).filter((at) => !inQuotes(ctx.quoted, at)).sort((a, b) => a - b) }));
}

/** The article's main person, or null when no one stands out (see MAIN_PERSON_* in constants.ts). */
export function mainPerson(ctx: ResolveContext): MainPerson | null {
  // Without nlp entities there is no reliable count of who the article is about (the speakers known so far grow as it is read).
  if (ctx.article.entities.length === 0) return null;
  if (mains.has(ctx.article)) return mains.get(ctx.article) ?? null;
  const ranked = personMentions(ctx).sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = ranked;
  const main = first && first.who.speaker && first.mentions.length >= MAIN_PERSON_MIN_MENTIONS && first.mentions.length >= MAIN_PERSON_LEAD * (second?.mentions.length ?? 0) ? first : null;
  mains.set(ctx.article, main);
  return main;
}

/** Sentences (attribution units) and paragraph breaks between `at` and `offset`. */
function distance(ctx: ResolveContext, at: number, offset: number): number {
  const starts = ctx.unitStarts ?? [];
  let sentences = 0;
  for (const s of starts) if (s > at && s <= offset) sentences++;
  const breaks = (ctx.article.text.slice(at, offset).match(/\n\s*\n/g) ?? []).length;
  return SALIENCE_SENTENCE_COST * sentences + SALIENCE_PARAGRAPH_COST * breaks;
}

/**
 * The antecedent of a pronoun at `offset`: the latest candidate, unless it is a minor speaker
 * (see MINOR_SPEAKER_MAX_MENTIONS) last in view further back than MINOR_SPEAKER_REACH, and the
 * article's main person, whose gender fits, was mentioned before `mentionedBefore` (see constants.ts).
 */
export function mostSalient(ctx: ResolveContext, options: readonly Candidate[], offset: number, fits: (name: string | null) => boolean, mentionedBefore = offset): Candidate | null {
  const latest = [...options].sort((x, y) => y.at - x.at)[0] ?? null;
  const main = mainPerson(ctx);
  if (!main || !fits(main.who.speaker) || (latest && (isMain(main, latest.who) || !isMinor(ctx, latest.who)))) return latest;
  // `mentionedBefore`: the start of a reported clause the pronoun's tag follows, whose own names are not antecedents.
  const last = main.mentions.filter((m) => m < mentionedBefore).pop();
  if (last === undefined) return latest;
  return !latest || distance(ctx, latest.at, offset) > MINOR_SPEAKER_REACH ? { at: last, who: main.who } : latest;
}

function isMain(main: MainPerson, who: Resolved): boolean {
  return !!who.speaker && (who.speaker === main.who.speaker || (!!who.entity && who.entity === main.who.entity));
}

/** A speaker the article barely mentions: an nlp person with few mentions outside quotes, or a name the nlp stage did not find. */
export function isMinor(ctx: ResolveContext, who: Resolved): boolean {
  const e = who.entity ? ctx.article.entities.find((x) => x.id === who.entity) : undefined;
  if (!e) return true;
  return e.mentions.filter((m) => !inQuotes(ctx.quoted, m[0])).length <= MINOR_SPEAKER_MAX_MENTIONS;
}
