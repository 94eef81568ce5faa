/**
 * Refines classified mentions with their context: roles written in lower case before a
 * name ("former president Donald Trump", "his Armenian counterpart Mher Grigoryan"),
 * appositions after it ("Mikhail Mishustin, the Prime Minister of Russia,"), possessive
 * affiliations ("Russia’s Deputy Prime Minister …"), and the type of bare single words
 * from the words around them ("Galuzin said", "in Almaty").
 */
import { LOCATION_PREPOSITIONS, MAX_TITLE_TOKENS, SPEECH_VERBS } from './constants.ts';
import { countryOf, lexicon } from './Lexicon.ts';
import { isRoleWord, readTitle, type Mention } from './RunClassifier.ts';
import type { Token } from './Tokens.ts';

const POSSESSIVE = /^[’']s$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

export function refineMentions(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const byFirst = new Map<number, Mention>();
  const byLast = new Map<number, Mention>();
  for (const m of mentions) {
    byFirst.set(m.first, m);
    byLast.set(m.last, m);
  }
  for (const m of mentions) {
    let r: Mention = { ...m };
    if (r.type === 'unknown') r = typeFromContext(tokens, r);
    // "told The Intercept", "the Times": a capitalised "The" inside a sentence starts a publication's name.
    const the = tokens[r.runFirst - 1];
    if ((r.type === 'person' || r.type === 'unknown') && !r.role && the?.text === 'The' && !isSentenceStart(tokens, r.runFirst - 1)) r = { ...r, type: 'organization' };
    // "the Rebels", "the Kentucky Wildcats": people take no article; a name after "the" that is not
    // modifying a noun ("the Biden campaign") names a team, company or institution.
    const after = tokens[r.last + 1];
    const attributive = after !== undefined && /^[a-z]/.test(after.text) && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ');
    if ((r.type === 'person' || r.type === 'unknown') && !r.role && !r.honorific && the?.text === 'the' && !attributive && (tokens[r.first] as Token).pos === 'PROPN') r = { ...r, type: 'organization' };
    if (r.type === 'person' && !r.role) r = { ...r, ...preTitle(text, tokens, r) };
    if (r.type === 'person' && !r.role) r = { ...r, ...apposition(text, tokens, r, byFirst) };
    if ((r.type === 'person' || r.type === 'organization') && !r.affiliation) {
      const owner = possessor(tokens, r, byLast);
      if (owner) r = { ...r, affiliation: owner };
    }
    // "Red Bull drivers Max Verstappen and Sergio Perez": a plural title covers the next name too.
    const prevOut = out[out.length - 1];
    if (r.type === 'person' && !r.role && prevOut?.type === 'person' && prevOut.role && prevOut.pluralTitle && tokens[r.runFirst - 1]?.text === 'and' && prevOut.last === r.runFirst - 2) {
      r = { ...r, role: prevOut.role, affiliation: r.affiliation ?? prevOut.affiliation, pluralTitle: true };
    }
    if (r.type === 'person' && r.role === 'Counterpart') {
      const prev = [...out].reverse().find((p) => p.type === 'person' && p.role && p.role !== 'Counterpart' && tokens[p.first]?.sentence === tokens[r.first]?.sentence);
      if (prev?.role) r = { ...r, role: prev.role };
    }
    out.push(r);
  }
  return out;
}

function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== tokens[i]?.sentence || /^[“"‘'«(—–:\-]$/.test(prev.text);
}

function typeFromContext(tokens: readonly Token[], m: Mention): Mention {
  const next = tokens[m.last + 1];
  const prev = tokens[m.first - 1];
  const t = tokens[m.first] as Token;
  if (next && SPEECH_VERBS.has(next.lower) && t.pos === 'PROPN') return { ...m, type: 'person' };
  // "in Almaty" is a place; "in Eurasian integration" is an adjective before a common noun.
  const modifiesNoun = next !== undefined && ((/^[a-z]/.test(next.text) && next.pos === 'NOUN') || POSSESSIVE.test(next.text));
  if (prev && LOCATION_PREPOSITIONS.has(prev.lower) && t.pos === 'PROPN' && !modifiesNoun && !lexicon().demonyms.has(t.lower) && !lexicon().languages.has(t.text)) return { ...m, type: 'place' };
  return m;
}

/** Title words before the run, any case, back to MAX_TITLE_TOKENS ("the Russian deputy foreign minister Galuzin"). */
function preTitle(text: string, tokens: readonly Token[], m: Mention): Partial<Mention> {
  const direct = titleEndingAt(text, tokens, m, m.first - 1);
  if (direct.role) return direct;
  // "his Russian counterpart, Sergei Lavrov": a comma may part a possessive title from the name.
  if (tokens[m.first - 1]?.text !== ',') return {};
  const viaComma = titleEndingAt(text, tokens, m, m.first - 2);
  const before = tokens[m.first - 2 - (viaComma.titleLength ?? 0)];
  return before && /^(his|her|their|its|the)$/i.test(before.text) ? viaComma : {};
}

function titleEndingAt(text: string, tokens: readonly Token[], m: Mention, end: number): Partial<Mention> & { titleLength?: number } {
  const sentence = tokens[m.first]?.sentence;
  let j = end;
  while (j >= 0 && end - j < MAX_TITLE_TOKENS) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) break;
    const lower = t.lower;
    if (lower === 'the') break;
    if (isRoleWord(t.text) || lexicon().demonyms.has(lower)) {
      j--;
      continue;
    }
    break;
  }
  if (j === end) return {};
  const title = readTitle(text, tokens, j + 1, end);
  if (!title.role || title.next !== end + 1) return {};
  const plural = /s$/i.test(tokens[end]?.text ?? '') && !lexicon().roleHeads.has((tokens[end]?.text ?? '').toLowerCase());
  return { role: title.role, affiliation: m.affiliation ?? title.affiliation, titleLength: end - j, pluralTitle: plural };
}

/** ", the Prime Minister of Russia," / ", Russia’s foreign minister," after a name. */
function apposition(text: string, tokens: readonly Token[], m: Mention, byFirst: ReadonlyMap<number, Mention>): Partial<Mention> {
  if (tokens[m.last + 1]?.text !== ',') return {};
  let i = m.last + 2;
  let affiliation: string | null = null;
  const first = tokens[i];
  if (!first) return {};
  if (DETERMINERS.has(first.lower)) i++;
  // ", a 30-year-old medical student": ages and plain adjectives may come before the title.
  for (let k = 0; k < 2 && tokens[i] && (/^\d+-year-old$/.test(tokens[i]?.text ?? '') || (tokens[i]?.pos === 'ADJ' && !isRoleWord(tokens[i]?.text ?? ''))); k++) i++;
  const owner = byFirst.get(i);
  if (owner && owner.type !== 'person') {
    // ", Russia’s foreign minister," / ", the Red Bull team principal,": the owner is the affiliation.
    affiliation = owner.place?.kind === 'country' ? owner.place.name : owner.org?.name ?? owner.text;
    i = POSSESSIVE.test(tokens[owner.last + 1]?.text ?? '') ? owner.last + 2 : owner.last + 1;
  }
  const title = readTitle(text, tokens, i, Math.min(tokens.length - 1, i + MAX_TITLE_TOKENS));
  if (!title.role) return {};
  const after = tokens[title.next];
  if (after && !/^[,.;:)—–]$/.test(after.text) && !['who', 'and', 'said', 'says', 'told', 'at', 'of', 'for', 'with', 'in'].includes(after.lower)) return {};
  return { role: title.role, affiliation: m.affiliation ?? title.affiliation ?? affiliation };
}

/** "Russia’s Deputy Prime Minister": the possessor before the mention gives the affiliation. */
function possessor(tokens: readonly Token[], m: Mention, byLast: ReadonlyMap<number, Mention>): string | null {
  const poss = tokens[m.runFirst - 1];
  if (!poss || !POSSESSIVE.test(poss.text)) return null;
  const owner = byLast.get(m.runFirst - 2);
  if (!owner) return null;
  if (owner.place) return owner.place.kind === 'country' ? owner.place.name : owner.place.capitalOf ?? owner.place.name;
  if (owner.type === 'organization') return owner.org?.name ?? owner.text;
  return countryOf(owner.text);
}
