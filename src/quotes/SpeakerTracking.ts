/**
 * What the quotes stage carries from one quote to the next while resolving speakers in
 * text order: the current speaker and its kind, the people already named as speakers,
 * and genders learnt from resolved pronouns.
 */
import type { NlpArticle, Span } from '../model/records.ts';
import type { Attribution } from './AttributionFinder.ts';
import { FIRST_PERSON, ORG_NOUNS } from './lexicon/words.ts';
import { kindOfName, type SpeakerKind } from './SpeakerKind.ts';
import { isGroupName } from './SpeakerNames.ts';
import { resolveSpeaker, type CurrentSpeaker, type DescriptionMatcher, type ResolveContext, type Resolved } from './SpeakerResolver.ts';
import type { Mention } from './Mention.ts';
import type { DraftQuote } from './UnitQuoteBuilder.ts';

/** The kind of a newly named speaker, for which pronouns and descriptions may later refer to it. */
export function kindOf(m: Mention, r: Resolved, article: Readonly<NlpArticle>): SpeakerKind {
  // The mention's own words first: a pronoun or a description's head says what it stands for; a name's kind is checked against its words.
  if (m.kind === 'pronoun') return /^(he|she)$/i.test(m.text) ? 'person' : /^they$/i.test(m.text) ? 'group' : 'organization';
  if (m.kind === 'group' || (m.kind === 'name' && isGroupName(m.text))) return 'group';
  const e = r.entity ? article.entities.find((x) => x.id === r.entity) : undefined;
  if (m.kind === 'name') return kindOfName(r.speaker ?? m.text, e);
  // A description resolved to an entity takes its type; an unresolved one is a person by a person head ("the Spaniard"),
  // and otherwise no antecedent ("the ministry's statement").
  if (e) return e.type === 'person' ? 'person' : 'organization';
  const head = m.text.split(/\s+/).pop()?.toLowerCase() ?? '';
  return m.kind === 'description' ? (ORG_NOUNS.has(head) ? 'organization' : 'person') : 'other';
}

/** What speaker resolution carries from one quote to the next, in text order. */
export interface Tracking {
  current: CurrentSpeaker | null;
  knownPeople: Resolved[];
  /** Speaker name → gender, from "he"/"she" resolved to them. */
  genders: Map<string, 'm' | 'f'>;
}

/** A newly named speaker becomes the current one; a speaker found without a new mention keeps the current one alive into this paragraph. */
export function track(tracking: Tracking, mention: Mention | null, resolved: Resolved, d: DraftQuote, body: string, para: number, article: Readonly<NlpArticle>): void {
  if (mention && resolved.speaker) {
    // "she added" resolved to a speaker says her gender, for later pronouns; the first reading stands.
    if (mention.kind === 'pronoun' && /^(he|she)$/i.test(mention.text) && !tracking.genders.has(resolved.speaker)) {
      tracking.genders.set(resolved.speaker, /^he$/i.test(mention.text) ? 'm' : 'f');
    }
    let kind = kindOf(mention, resolved, article);
    // Organisations do not say "I": a named speaker quoted in the first person singular is a person, whatever nlp typed it.
    if (kind !== 'person' && mention.kind === 'name' && d.kind !== 'indirect' && FIRST_PERSON.test(body)) kind = 'person';
    tracking.current = { ...resolved, at: mention.span[0], para, kind, quoteEnd: d.span[1] };
    if ((kind === 'person' || kind === 'either') && mention.kind === 'name' && !tracking.knownPeople.some((k) => k.speaker === resolved.speaker)) tracking.knownPeople.push(resolved);
  } else if (resolved.speaker && tracking.current !== null) {
    tracking.current = { ...tracking.current, para, quoteEnd: d.span[1] };
  }
}

/**
 * "…was “drag heaven,” Lady Bunny told The New Yorker. “Midtown was …”": a named speaker's
 * attribution that governs no quote of its own still becomes the current speaker, so the
 * last speaker is carried to a follow-on quote only when no new attribution intervenes.
 */
export function noteUnusedAttributions(tracking: Tracking, atts: readonly Attribution[], drafts: readonly DraftQuote[], para: number, ctx: ResolveContext, matcher: DescriptionMatcher | null, unitStart = -1): void {
  for (const att of atts) {
    const m = att.subject;
    // "“Probably not,” he said.": a pronoun tag whose quote is a label still says who is speaking now.
    const pronounTag = m?.kind === 'pronoun' && /^(?:he|she)$/i.test(m.text);
    if (!m || (m.kind !== 'name' && !pronounTag) || att.order !== 'before') continue;
    // Only a tag right after a closing mark ("“drag heaven,” Lady Bunny told …") or a name opening its sentence ("Smith, 62, said she was
    // worried."): a name deeper in a sentence may be a subordinate clause's subject.
    const opensSentence = m.kind === 'name' && unitStart >= 0 && /^\s*$/.test(ctx.article.text.slice(unitStart, m.span[0]));
    if (!opensSentence && !/[”"’»][\s,—–-]*$/.test(ctx.article.text.slice(Math.max(0, m.span[0] - 4), m.span[0]))) continue;
    if (drafts.some((d) => d.attribution === att) || (tracking.current && tracking.current.at >= m.span[0])) continue;
    const resolved = resolveSpeaker(ctx, m, matcher);
    if (!resolved.speaker) continue;
    const kind = kindOf(m, resolved, ctx.article);
    if (pronounTag && !tracking.genders.has(resolved.speaker)) tracking.genders.set(resolved.speaker, /^he$/i.test(m.text) ? 'm' : 'f');
    tracking.current = { ...resolved, at: m.span[0], para, kind };
    if ((kind === 'person' || kind === 'either') && m.kind === 'name') {
      if (!tracking.knownPeople.some((k) => k.speaker === resolved.speaker)) tracking.knownPeople.push(resolved);
    }
  }
}

/**
 * "She booked a retreat at the church. She witnessed … “To me, in that moment, …”": a sentence
 * without quotes whose subject is "he" or "she", of the current speaker's known gender, keeps
 * that speaker in view, so an unattributed quote paragraph after it still takes the speaker —
 * unless another person was named since the speaker was last in view (then "she" may be her).
 */
export function notePronounSubject(tracking: Tracking, subject: Mention | null, para: number, article: Readonly<NlpArticle>, quoted: readonly Span[]): void {
  const cur = tracking.current;
  // Without nlp entities there is no telling who else the article has named since.
  if (!cur || !cur.speaker || cur.kind !== 'person' || !subject || subject.kind !== 'pronoun' || article.entities.length === 0) return;
  const gender = /^he$/i.test(subject.text) ? 'm' : /^she$/i.test(subject.text) ? 'f' : null;
  if (!gender || tracking.genders.get(cur.speaker) !== gender) return;
  const unquoted = (at: number) => !quoted.some((q) => at > q[0] && at < q[1]);
  // The speaker named again since ("… which saw Rae regaining …") is back in view from there.
  const own = article.entities.find((e) => e.id === cur.entity)?.mentions.map((m) => m[0]).filter((at) => at < subject.span[0] && unquoted(at)) ?? [];
  const since = Math.max(cur.at, cur.quoteEnd ?? -1, ...own);
  const outside = (at: number) => at > since && at < subject.span[0] && unquoted(at);
  const others = article.entities.some((e) => e.type === 'person' && e.id !== cur.entity && tracking.genders.get(e.name) !== (gender === 'm' ? 'f' : 'm') && e.mentions.some((m) => outside(m[0])));
  if (!others) tracking.current = { ...cur, para, quoteEnd: subject.span[1] };
}
