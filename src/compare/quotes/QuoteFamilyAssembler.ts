/**
 * Turns one component of linked quotes into a `QuoteFamily`.
 *
 * Renderings linked by verbatim/excerpt links share one English wording (a "translation
 * group"). The earliest member is the first by publication time; ties (same day, no times) go
 * to the member whose wording the most other articles carry (the one the others copy from),
 * then to direct over reported speech, then to a member crediting the family's most-cited
 * channel itself (first-hand, not via a relay), then to the fuller rendering, then by article
 * id and quote index. The canonical text is the fullest direct rendering in the translation group of
 * the first direct member in that order, and every relation is stated against it.
 */
import { createHash } from 'node:crypto';
import type { QuoteFamily, QuoteFamilyMember } from '../../model/records.ts';
import { compareTimes } from '../PublicationTime.ts';
import { wordDiff } from '../WordDiff.ts';
import { isDirect, type PreparedQuote } from './PreparedQuote.ts';
import type { QuoteLink } from './QuoteRelationClassifier.ts';
import { namesAgree } from './SpeakerMatcher.ts';
import { UnionFind } from './UnionFind.ts';

/** Member order: time, wider-carried wording, direct first, first-hand credit, fuller, article id, quote index. */
export function compareMembers(
  a: PreparedQuote,
  b: PreparedQuote,
  carriedBy: (q: PreparedQuote) => number = () => 0,
  firstHand: (q: PreparedQuote) => boolean = () => false,
): number {
  return (
    compareTimes(a.time, b.time) ||
    carriedBy(b) - carriedBy(a) ||
    Number(isDirect(b)) - Number(isDirect(a)) ||
    Number(firstHand(b)) - Number(firstHand(a)) ||
    b.stems.length - a.stems.length ||
    a.article.localeCompare(b.article) ||
    a.quote - b.quote
  );
}

export function assembleFamily(members: readonly PreparedQuote[], links: readonly QuoteLink[]): { family: QuoteFamily; earliest: PreparedQuote } {
  const local = new Map(members.map((m, i) => [m.ref, i]));
  const wording = new UnionFind(members.length);
  for (const link of links) {
    if (link.relation !== 'verbatim' && link.relation !== 'excerpt') continue;
    const a = local.get(link.a);
    const b = local.get(link.b);
    if (a !== undefined && b !== undefined) wording.union(a, b);
  }
  const groupOf = (q: PreparedQuote): number => wording.find(local.get(q.ref)!);
  const articlesPerGroup = new Map<number, Set<string>>();
  for (const m of members) {
    const set = articlesPerGroup.get(groupOf(m)) ?? new Set<string>();
    set.add(m.article);
    articlesPerGroup.set(groupOf(m), set);
  }
  const carriedBy = (q: PreparedQuote): number => (isDirect(q) ? articlesPerGroup.get(groupOf(q))!.size : 0);
  const topChannel = channelCounts(members)[0]?.key ?? null;
  const firstHand = (q: PreparedQuote): boolean => topChannel !== null && q.via.some((v) => channelKey(v) === topChannel);
  const ordered = [...members].sort((a, b) => compareMembers(a, b, carriedBy, firstHand));
  const earliest = ordered[0]!;
  const firstDirect = ordered.find(isDirect)!;
  const canonical = ordered
    .filter((m) => isDirect(m) && groupOf(m) === groupOf(firstDirect))
    .reduce((best, m) => (m.stems.length > best.stems.length ? m : best));

  const familyMembers: QuoteFamilyMember[] = ordered.map((m) => ({
    article: m.article,
    quote: m.quote,
    relation: relationOf(m),
    diff: wordDiff(canonical.text, m.text),
  }));
  function relationOf(m: PreparedQuote): QuoteFamilyMember['relation'] {
    if (m === earliest) return 'earliest';
    if (isDirect(m) && groupOf(m) === groupOf(canonical)) return sameStems(m, canonical) ? 'verbatim' : 'excerpt';
    return isDirect(m) ? 'retranslation' : 'paraphrase';
  }

  const family: QuoteFamily = {
    id: `qf-${createHash('sha256').update(`${earliest.article}\u0000${earliest.quote}`).digest('hex').slice(0, 12)}`,
    speaker: familySpeaker(ordered, canonical),
    canonical: canonical.text,
    members: familyMembers,
    origin: { article: earliest.article, via: citedChannels(ordered) },
  };
  return { family, earliest };
}

/** Same words as the classifier's verbatim test: equal content stems, or equal letters ("e-mail" = "email"). */
function sameStems(a: PreparedQuote, b: PreparedQuote): boolean {
  return (a.stems.length === b.stems.length && a.stems.every((s, i) => s === b.stems[i])) || a.compact.join('') === b.compact.join('');
}

/** The canonical member's speaker (else the first named), upgraded to the fullest agreeing name. */
function familySpeaker(ordered: readonly PreparedQuote[], canonical: PreparedQuote): string | null {
  const base = canonical.speaker.name ?? ordered.find((m) => m.speaker.name)?.speaker.name ?? null;
  if (!base) return null;
  let best = base;
  for (const m of ordered) {
    const name = m.speaker.name;
    if (name && name.length > best.length && namesAgree(name, base)) best = name;
  }
  return best;
}

function channelKey(channel: string): string {
  return channel.trim().toLowerCase().replace(/[’]/g, "'");
}

/** Channels credited by the members (each member counted once per channel), most-cited first; ties in member order. */
function channelCounts(ordered: readonly PreparedQuote[]): { key: string; name: string; count: number }[] {
  const counts = new Map<string, { key: string; name: string; count: number; first: number }>();
  let position = 0;
  for (const m of ordered) {
    for (const channel of new Set(m.via.map((v) => v.trim()).filter((v) => v.length > 0))) {
      const key = channelKey(channel);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { key, name: channel, count: 1, first: position++ });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first);
}

function citedChannels(ordered: readonly PreparedQuote[]): string[] {
  return channelCounts(ordered).map((e) => e.name);
}
