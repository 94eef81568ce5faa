/**
 * Roles written before a name: a title in any case ("former president Donald Trump", "his
 * Armenian counterpart Mher Grigoryan"), after a label or "named" ("Referee: Michael Oliver", "a
 * psychologist named Ed Fancher"), with its post or employer between ("envoy to Syria Omar
 * Haddad", "a spokesman for Turning Point, Andrew Kolvet"), or a job noun by its agent ending.
 */
import { MAX_TITLE_TOKENS } from './constants.ts';
import { countryOf, lexicon } from './Lexicon.ts';
import { isRoleWord, readTitle, type Mention } from './RunClassifier.ts';
import { isHeadWord } from './TitleReader.ts';
import { agentNoun, pluralAgentNoun } from './AgentNouns.ts';
import type { Token } from './Tokens.ts';
import { isSentenceStart } from './ContextTypeRules.ts';

/** Title words before the run, any case, back to MAX_TITLE_TOKENS ("the Russian deputy foreign minister Galuzin"). */
export function preTitle(text: string, tokens: readonly Token[], m: Mention): Partial<Mention> {
  // "architect Sir Edwin Lutyens": the title stands before the honorific.
  const edge = (m.honorific ? m.runFirst : m.first) - 1;
  const direct = titleEndingAt(text, tokens, m, edge);
  if (direct.role) return direct;
  // "Referee: Michael Oliver": a title and a colon opening the line.
  if (tokens[edge]?.text === ':' && isSentenceStart(tokens, edge - 1)) {
    const labelled = titleEndingAt(text, tokens, m, edge - 1);
    if (labelled.role) return labelled;
  }
  // "a fledgling psychologist named Ed Fancher".
  if (/^(named|called)$/.test(tokens[edge]?.lower ?? '')) {
    const named = titleEndingAt(text, tokens, m, edge - 1);
    if (named.role) return named;
  }
  // "the performer known as Glimmer".
  if (tokens[edge]?.lower === 'as' && tokens[edge - 1]?.lower === 'known') {
    const known = titleEndingAt(text, tokens, m, edge - 2);
    if (known.role) return known;
  }
  // "one of his new law clerks will be Ada Moreau": a title as the subject of "is", "was" or "will be" before the name.
  let copula = edge;
  if (tokens[copula]?.lower === 'be' && /^(will|would)$/.test(tokens[copula - 1]?.lower ?? '')) copula--;
  if (/^(is|was|be|will)$/.test(tokens[copula]?.lower ?? '') && (tokens[copula]?.lower !== 'be' || copula < edge)) {
    const subject = titleEndingAt(text, tokens, m, copula - 1);
    if (subject.role) return subject;
  }
  const employer = titleBeforeEmployer(text, tokens, m);
  if (employer.role) return employer;
  const posted = titleToPlace(text, tokens, m, edge);
  if (posted.role) return posted;
  // "planetary geologist Rosaly Lopes", "Sabres defenseman Brandon Montour": a job noun the role lexicon lacks, by its agent ending.
  const agent = agentNoun(tokens[edge]);
  if (agent && !m.honorific) return { role: agent, affiliation: m.affiliation };
  // "co-writers Caitlyn Smith and Kate York": a plural job noun covers the list of names after it.
  const agents = pluralAgentNoun(tokens[edge]);
  if (agents && !m.honorific) return { role: agents, affiliation: m.affiliation, pluralTitle: true };
  // "his Russian counterpart, Sergei Lavrov": a comma may part a possessive title from the name.
  if (tokens[m.first - 1]?.text !== ',') return {};
  const viaComma = titleEndingAt(text, tokens, m, m.first - 2);
  let before = tokens[m.first - 2 - (viaComma.titleLength ?? 0)];
  // "Vindication Swim’s young director, Elliott Hasler": one adjective may sit between the owner and the title.
  if (before?.pos === 'ADJ') before = tokens[before.index - 1];
  // "the group’s president, Jamie Court": a possessive owns the title as "his" does.
  // "another producer, Tomas Reyes": an indefinite title before the comma introduces the name as well.
  // "Nigerian actress, Kate Henshaw": a title opened by a demonym stands alone before the comma, as one after a determiner does.
  const opener = tokens[m.first - 1 - (viaComma.titleLength ?? 0)];
  if (viaComma.role && opener && lexicon().demonyms.has(opener.lower) && /^\p{Lu}/u.test(opener.text)) return viaComma;
  // "Senate Leader, Ahmad Lawan raises …": a capitalised title, with its body's name before it, opening the sentence.
  if (viaComma.role && opener && openingTitle(tokens, m.first - 2, opener.index)) return viaComma;
  return before && /^(his|her|their|its|the|another|a|an|[’']s)$/i.test(before.text) ? viaComma : {};
}

/** Tokens from the sentence start through `end` are capitalised words only, the last `title` of them the title. */
function openingTitle(tokens: readonly Token[], end: number, title: number): boolean {
  let j = title;
  while (j > 0 && end - j < MAX_TITLE_TOKENS && /^\p{Lu}\p{Ll}/u.test(tokens[j - 1]?.text ?? '') && tokens[j - 1]?.sentence === tokens[end]?.sentence) j--;
  for (let i = j; i <= end; i++) if (!/^\p{Lu}/u.test(tokens[i]?.text ?? '')) return false;
  return isSentenceStart(tokens, j);
}

/** "ambassador to the Ukraine Marie Yovanovitch", "envoy to Syria Omar Haddad": a title, "to", and the post's place or body run straight into the name. */
function titleToPlace(text: string, tokens: readonly Token[], m: Mention, edge: number): Partial<Mention> {
  let j = edge;
  const sentence = tokens[m.first]?.sentence;
  while (j >= 0 && edge - j < MAX_TITLE_TOKENS && tokens[j]?.sentence === sentence && /^\p{Lu}/u.test(tokens[j]?.text ?? '')) j--;
  if (j === edge) return {};
  const post = text.slice(tokens[j + 1]?.start ?? 0, tokens[edge]?.end ?? 0);
  if (tokens[j]?.lower === 'the') j--;
  if (!/^(to|for)$/.test(tokens[j]?.lower ?? '')) return {};
  const title = titleEndingAt(text, tokens, m, j - 1);
  return title.role ? { role: title.role, affiliation: m.affiliation ?? countryOf(post) ?? post } : {};
}

/** "a spokesman for Turning Point, Andrew Kolvet": a title, its employer and a comma before the name. */
function titleBeforeEmployer(text: string, tokens: readonly Token[], m: Mention): Partial<Mention> {
  if (tokens[m.first - 1]?.text !== ',') return {};
  let j = m.first - 2;
  const employerEnd = j;
  while (j >= 0 && m.first - 2 - j < MAX_TITLE_TOKENS && /^\p{Lu}/u.test(tokens[j]?.text ?? '')) j--;
  if (j === employerEnd) return {};
  if (tokens[j]?.lower === 'the') j--;
  if (!/^(for|of|at)$/.test(tokens[j]?.lower ?? '')) return {};
  const title = titleEndingAt(text, tokens, m, j - 1);
  if (!title.role) return {};
  const det = tokens[j - 1 - (title.titleLength ?? 0)];
  if (!det || !/^(a|an|the|his|her|their|its|[’']s)$/i.test(det.text)) return {};
  const employer = text.slice(tokens[j + 1]?.start ?? 0, tokens[employerEnd]?.end ?? 0).replace(/^the /i, '');
  return { role: title.role, affiliation: m.affiliation ?? employer };
}

export function titleEndingAt(text: string, tokens: readonly Token[], m: Mention, end: number): Partial<Mention> & { titleLength?: number } {
  const sentence = tokens[m.first]?.sentence;
  let j = end;
  while (j >= 0 && end - j < MAX_TITLE_TOKENS) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) break;
    const lower = t.lower;
    if (lower === 'the') break;
    if (isRoleWord(t.text) || lexicon().demonyms.has(lower) || (/^[a-z]/.test(t.text) && t.pos === 'NOUN' && j < end && isHeadWord(tokens[j + 1]?.lower ?? ''))) {
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
