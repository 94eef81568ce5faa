/**
 * The type a mention's context gives it: bare single words by the words around them ("Galuzin
 * said", "in Almaty"), a place before its region ("Borger, Texas,"), a team or company acting as
 * a collective ("Luton have"), and the possessor that affiliates a name ("Russia’s Deputy Prime
 * Minister …"). Rules of the context refiner (MentionContextRefiner).
 */
import { COLLECTIVE_VERBS, LEADING_ARTICLES, LOCATION_PREPOSITIONS, MONTHS, PLATFORM_NOUNS, SPEECH_VERBS, WEEKDAYS } from './constants.ts';
import { countryOf, lexicon } from './Lexicon.ts';
import { isRoleWord, type Mention } from './RunClassifier.ts';
import { longestKnown } from './KnownNameLookup.ts';
import { isLexiconWord, type Token } from './Tokens.ts';

/** A possessive mark token ("’s"). */
export const POSSESSIVE = /^[’']s$/;

export function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== tokens[i]?.sentence || /^[“"‘'«(—–:\-]$/.test(prev.text);
}

/** "Norwegian", "Americans": a demonym or its plural, never a team or company alone. */
export function isDemonym(t: Token): boolean {
  const lx = lexicon();
  return lx.demonyms.has(t.lower) || (t.lower.endsWith('s') && lx.demonyms.has(t.lower.slice(0, -1)));
}

/** An unknown run that could be a name: capitalised words only, tagged as a proper noun, and no demonym. */
export function nameShaped(tokens: readonly Token[], m: Mention): boolean {
  const first = headToken(tokens, m);
  const lx = lexicon();
  if (first.pos !== 'PROPN' || lx.demonyms.has(first.lower) || !/^\p{Lu}\p{Ll}/u.test(first.text)) return false;
  for (let i = m.first; i <= m.last; i++) {
    const t = tokens[i] as Token;
    if (isRoleWord(t.text) || lx.orgHeads.has(t.lower) || lx.placeSuffixes.has(t.lower)) return false;
  }
  return true;
}

/** The mention's first capitalised word: "Tanf" in "al-Tanf", whose lower-case Arabic article (LEADING_ARTICLES) tells nothing of its type. */
function headToken(tokens: readonly Token[], m: Mention): Token {
  const first = tokens[m.first] as Token;
  return LEADING_ARTICLES.has(first.text) && m.last >= m.first + 2 && tokens[m.first + 1]?.text === '-' ? (tokens[m.first + 2] as Token) : first;
}

export function typeFromContext(tokens: readonly Token[], m: Mention): Mention {
  const next = tokens[m.last + 1];
  const prev = tokens[m.first - 1];
  const t = headToken(tokens, m);
  // "posted on X", "his X account", "X, formerly Twitter": the platform, not a letter.
  if (m.text === 'X' && (prev?.lower === 'on' || PLATFORM_NOUNS.has(next?.lower ?? '') || (next?.text === ',' && tokens[m.last + 2]?.lower === 'formerly'))) return { ...m, type: 'organization' };
  // ("Sources said", "Officials say": a plural common noun opening the sentence is no name.)
  const commonPlural = m.first === m.last && isSentenceStart(tokens, m.first) && t.lower.endsWith('s') && isLexiconWord(t.lower);
  if (next && SPEECH_VERBS.has(next.lower) && t.pos === 'PROPN' && !commonPlural) return { ...m, type: 'person' };
  // "“…,” says Beth, who …", "Beth, whose name has been changed,": a speech verb before a name that closes the clause, or a
  // relative "who" after it, makes it a person (not a day: "said Tuesday.").
  const closes = next !== undefined && /^[,.;:]$/.test(next.text);
  const relative = next?.text === ',' && /^(who|whose)$/.test(tokens[m.last + 2]?.lower ?? '');
  if (t.pos === 'PROPN' && ((closes && SPEECH_VERBS.has(prev?.lower ?? '')) || relative) && !(t.lower in WEEKDAYS) && !(t.lower in MONTHS)) return { ...m, type: 'person' };
  // "in Almaty" is a place; "in Eurasian integration" is an adjective before a common noun.
  const modifiesNoun = next !== undefined && ((/^[a-z]/.test(next.text) && next.pos === 'NOUN') || POSSESSIVE.test(next.text));
  if (prev && LOCATION_PREPOSITIONS.has(prev.lower) && t.pos === 'PROPN' && !modifiesNoun && !lexicon().demonyms.has(t.lower) && !lexicon().languages.has(t.text)) return { ...m, type: 'place' };
  return m;
}

/**
 * "Mottisfont, Hampshire", "Borger, Texas,", "Placentia, Calif.": a name followed by a comma and a
 * known state, county or country (and then punctuation, not "’s" or a noun) is a place in it.
 */
export function beforeRegion(text: string, tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.last + 1]?.text !== ',' || /^\p{Lu}\.?$/u.test(m.text)) return false; // not an initial ("R., Ky.")
  const region = tokens[m.last + 2];
  if (!region || region.sentence !== tokens[m.last]?.sentence) return false;
  const known = longestKnown(text, tokens, m.last + 2, Math.min(tokens.length - 1, m.last + 5));
  if (!known?.place || known.place.kind === 'capital') return false;
  const after = tokens[known.last + 1];
  return !after || after.sentence !== region.sentence || /^[,.;:)—–]$/.test(after.text);
}

/**
 * A team or company written as a collective: a singular name with a plural verb ("Luton have
 * stacked up the set-pieces", "Villa were superior"; a person takes "has", "was") or a name in
 * a score line ("Luton 2 Villa 3").
 */
export function actsAsCollective(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.last + 1];
  const prev = tokens[m.first - 1];
  const last = tokens[m.last] as Token;
  if (!next || /s$/.test(last.lower) || isDemonym(last)) return false;
  // "Smith and Jones have": a plural verb after a list of names is the list's.
  const listed = prev !== undefined && (prev.lower === 'and' || prev.text === ',' || prev.lower === 'or');
  // A run of several ordinary words left unknown ("Young Fathers are") may act as a collective too; a person's full name never does.
  if (!listed && (m.first === m.last || m.type === 'unknown') && COLLECTIVE_VERBS.has(next.text)) return true;
  const score = /^\d{1,2}$/;
  const after = tokens[m.last + 2];
  if (score.test(next.text) && after && /^\p{Lu}/u.test(after.text) && after.sentence === next.sentence) {
    // "Luton 2 Villa 3": the name after the first score is followed by a score too.
    for (let i = m.last + 2; i < m.last + 6; i++) {
      const t = tokens[i];
      if (!t || t.sentence !== next.sentence) break;
      if (score.test(t.text)) return true;
      if (!/^\p{Lu}/u.test(t.text)) break;
    }
  }
  return prev !== undefined && score.test(prev.text) && tokens[m.first - 2] !== undefined && /^\p{Lu}/u.test(tokens[m.first - 2]?.text ?? '') && (next.text === ':' || score.test(next.text));
}

/** "Russia’s Deputy Prime Minister": the possessor before the mention gives the affiliation. */
export function possessor(tokens: readonly Token[], m: Mention, byLast: ReadonlyMap<number, Mention>): string | null {
  const poss = tokens[m.runFirst - 1];
  if (!poss || !POSSESSIVE.test(poss.text)) return null;
  const owner = byLast.get(m.runFirst - 2);
  if (!owner) return null;
  if (owner.place) return owner.place.kind === 'country' ? owner.place.name : owner.place.capitalOf ?? owner.place.name;
  if (owner.type === 'organization') return owner.org?.name ?? owner.text;
  return countryOf(owner.text);
}
