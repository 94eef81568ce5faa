/**
 * Contexts that make a capitalised name an organisation's rather than a person's: an apposition
 * headed by a kind noun (", a web security company,"), a base ("Seattle-based Nimbus"), a job
 * "at" it ("an analyst at Corvel Partners") and an acronym defined after it ("(HLA)"); and the
 * small word tests the context refiner shares with these; and two the run classifier asks (a newspaper's name word
 * before a noun, an honorific's letters before an institution word).
 */
import { COMPANY_ONLY_NOUNS, ORG_KIND_NOUNS } from './constants.ts';
import { agentNoun } from './AgentNouns.ts';
import { lexicon } from './Lexicon.ts';
import { isGivenName } from './NamePlausibility.ts';
import type { Mention } from './RunClassifier.ts';
import { isHeadWord } from './TitleReader.ts';
import { isLexiconWord, type Token } from './Tokens.ts';

const POSSESSIVE = /^[’']s$/;

/** "Harbor Light Alliance (HLA)": a name of several words followed by the acronym of its initials in brackets names an organisation. */
export function definesAcronym(tokens: readonly Token[], m: Mention): boolean {
  if (m.last === m.first || tokens[m.last + 1]?.text !== '(' || tokens[m.last + 3]?.text !== ')') return false;
  const acronym = tokens[m.last + 2]?.text ?? '';
  if (!/^[A-Z]{2,6}$/.test(acronym)) return false;
  let initials = '';
  for (let i = m.first; i <= m.last; i++) if (/^\p{Lu}/u.test((tokens[i] as Token).text)) initials += (tokens[i] as Token).text[0];
  return initials === acronym;
}

/** "Nixon and Clinton impeachments": "and" or "or", one capitalised word, then a lower-case noun. */
export function coordinatedModifier(tokens: readonly Token[], last: number): boolean {
  const link = tokens[last + 1];
  const other = tokens[last + 2];
  const noun = tokens[last + 3];
  return (link?.lower === 'and' || link?.lower === 'or') && other !== undefined && /^\p{Lu}\p{Ll}/u.test(other.text) && noun !== undefined && /^[a-z]/.test(noun.text) && noun.pos === 'NOUN';
}

/** An English given name that is no common word ("Laura"; not "Red", "Will"). */
export function plainGivenName(t: Token): boolean {
  return isGivenName(t.lower) && !isLexiconWord(t.lower);
}

export function allCapitalised(tokens: readonly Token[], m: Mention): boolean {
  for (let i = m.first; i <= m.last; i++) if (!/^\p{Lu}\p{Ll}+$/u.test((tokens[i] as Token).text)) return false;
  return true;
}

/** Longest stretch of modifiers between the article and the kind noun of an apposition ("a San Francisco-based web security company"). */
const MAX_KIND_MODIFIERS = 5;

/** ", a web security company,", ", the nonprofit that …": an apposition whose head is an organisation kind noun (ORG_KIND_NOUNS). */
export function kindApposition(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.last + 1]?.text !== ',' || !/^(a|an|the)$/.test(tokens[m.last + 2]?.lower ?? '')) return false;
  const sentence = (tokens[m.last] as Token).sentence;
  for (let i = m.last + 3; i <= m.last + 3 + MAX_KIND_MODIFIERS; i++) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence || /^[,.;:)—–]$/.test(t.text)) return false;
    if (ORG_KIND_NOUNS.has(t.lower)) {
      // "a company spokesman": the kind noun must head the phrase, not modify a title.
      const next = tokens[i + 1];
      // ", the company’s chief financial officer": a possessive kind noun owns the title that follows.
      return !next || next.sentence !== sentence || !((next.pos === 'NOUN' && /^[a-z]/.test(next.text)) || POSSESSIVE.test(next.text));
    }
  }
  return false;
}

/** "an analyst at Corvel Partners", "professors at the Kessler Institute": a job title and "at" before the name make it the employer. */
export function employedAt(tokens: readonly Token[], m: Mention): boolean {
  let j = m.runFirst - 1;
  if (tokens[j]?.lower === 'the') j--;
  if (tokens[j]?.lower !== 'at') return false;
  const title = tokens[j - 1];
  return title !== undefined && /^[a-z]/.test(title.text) && (isHeadWord(title.lower) || agentNoun(title) !== null);
}

/** "Glassworks founder Mark Bennet", "Glassworks’s CEO": a noun only a company has (COMPANY_ONLY_NOUNS) after the name or its possessive. */
export function companyNounAfter(tokens: readonly Token[], m: Mention): boolean {
  let j = m.last + 1;
  if (POSSESSIVE.test(tokens[j]?.text ?? '')) j++;
  const noun = tokens[j];
  return noun !== undefined && noun.sentence === (tokens[m.last] as Token).sentence && COMPANY_ONLY_NOUNS.has(noun.lower);
}

/** Determiners that open the noun phrase of an apposition before a name ("his own company, Glassworks,"). */
const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our']);

/**
 * "his own company, Glassworks, has …", "the gas company, Burisma.": a noun phrase headed by an
 * organisation kind noun, a comma, and the name closing the apposition (a comma or a sentence end
 * after it, no ", who"). ("After joining the company, Smith rose": a verb after the name is no apposition.)
 */
export function kindBefore(tokens: readonly Token[], m: Mention): boolean {
  const kind = tokens[m.runFirst - 2];
  if (tokens[m.runFirst - 1]?.text !== ',' || kind === undefined || !ORG_KIND_NOUNS.has(kind.text)) return false;
  const after = tokens[m.last + 1];
  if (after === undefined || !/^[,.;)]$/.test(after.text) || /^(who|whose)$/.test(tokens[m.last + 2]?.lower ?? '')) return false;
  for (let i = kind.index - 1; i >= kind.index - MAX_KIND_MODIFIERS - 1; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== kind.sentence || !/^[a-z]/.test(t.text)) return false;
    if (APPOSITION_DETERMINERS.has(t.lower)) return true;
  }
  return false;
}

/** "Seattle-based Nimbus": a name right after "<place>-based" is the organisation based there (a person would carry a title between). */
export function basedBefore(tokens: readonly Token[], m: Mention): boolean {
  const based = tokens[m.runFirst - 1];
  return based?.lower === 'based' && tokens[m.runFirst - 2]?.text === '-' && based.end === m.start - 1;
}

/** Words that open a noun phrase whose modifier a newspaper's name word can be ("a Times article", "his Times pedigree"). */
const MASTHEAD_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that', 'another', 'every', 'each']);
/** Plain adjectives that may stand between the determiner and the name word ("the latest Times poll"). */
const MAX_MASTHEAD_ADJECTIVES = 2;

/**
 * "a Times article", "Saturday’s Times poll", "the latest Times statewide poll": a newspaper's
 * name word (publicationHeads) in title case, modifying a lower-case noun or adjective after a
 * determiner or a possessive, names the paper.
 */
export function mastheadBeforeNoun(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a] as Token;
  const next = tokens[a + 1];
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || next === undefined || next.sentence !== t.sentence || !/^[a-z]/.test(next.text) || (next.pos !== 'NOUN' && next.pos !== 'ADJ')) return false;
  let j = a - 1;
  while (j >= a - MAX_MASTHEAD_ADJECTIVES && tokens[j]?.pos === 'ADJ' && /^[a-z]/.test(tokens[j]?.text ?? '')) j--;
  const det = tokens[j];
  return det !== undefined && det.sentence === t.sentence && (MASTHEAD_DETERMINERS.has(det.lower) || /^[’']s$/.test(det.text));
}

/** An honorific's letters shouted before an institution word ("MS Leisure Company") are initials, not "Ms". */
export function institutionAfter(tokens: readonly Token[], a: number, z: number): boolean {
  const first = tokens[a - 1] as Token;
  if (first.text !== first.text.toUpperCase()) return false;
  const lx = lexicon();
  for (let i = a; i <= z; i++) if (lx.orgHeads.has((tokens[i] as Token).lower)) return true;
  return false;
}
