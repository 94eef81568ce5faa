/**
 * Roles written after a name: an apposition ("Mikhail Mishustin, the Prime Minister of Russia,",
 * ", Russia’s foreign minister,") or a predicate ("Patrice Lumumba was elected prime minister",
 * ", who chairs the committee,"); and the title that makes an unknown run a person.
 */
import { AGENT_CONTINUATIONS, MAX_TITLE_TOKENS, PREDICATE_LEADS } from './constants.ts';
import { lexicon } from './Lexicon.ts';
import { isRoleWord, readTitle, type Mention } from './RunClassifier.ts';
import { agentNoun, OFFICE_VERBS } from './AgentNouns.ts';
import type { Token } from './Tokens.ts';
import { titleEndingAt } from './TitleBeforeName.ts';
import { POSSESSIVE } from './ContextTypeRules.ts';

/** First words of PREDICATE_LEADS: most names are followed by none of them, and need no further look. */
const LEAD_STARTS: ReadonlySet<string> = new Set(PREDICATE_LEADS.map((p) => p[0] as string));

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

function isPlural(t: Token | undefined): boolean {
  const lx = lexicon();
  return t !== undefined && t.lower.endsWith('s') && !lx.roleHeads.has(t.lower) && lx.roleHeads.has(t.lower.slice(0, -1));
}

/** ", the Prime Minister of Russia," / ", Russia’s foreign minister," after a name. */
export function apposition(text: string, tokens: readonly Token[], m: Mention, byFirst: ReadonlyMap<number, Mention>): Partial<Mention> {
  if (tokens[m.last + 1]?.text !== ',') return {};
  let i = m.last + 2;
  // "Maria Lopez, 45, a retired teacher,": an age between commas comes before the apposition.
  if (/^\d{1,3}$/.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === ',') i += 2;
  let affiliation: string | null = null;
  const first = tokens[i];
  if (!first) return {};
  // ", as the CEO of Salesforce AI,": "as" introduces the title.
  if (first.lower === 'as') i++;
  // ", one of his producers,": one of a group, whose plural title is the person's.
  const oneOf = first.lower === 'one' && tokens[i + 1]?.lower === 'of';
  if (oneOf) i += 2;
  if (DETERMINERS.has(tokens[i]?.lower ?? '')) i++;
  // ", the company’s chief financial officer,": a common noun owning the title.
  if (tokens[i]?.pos === 'NOUN' && /^[a-z]/.test(tokens[i]?.text ?? '') && POSSESSIVE.test(tokens[i + 1]?.text ?? '')) i += 2;
  // ", a 30-year-old medical student": ages and plain adjectives may come before the title.
  for (let k = 0; k < 2 && tokens[i] && (/^\d+-year-old$/.test(tokens[i]?.text ?? '') || (tokens[i]?.pos === 'ADJ' && !isRoleWord(tokens[i]?.text ?? ''))); k++) i++;
  const owner = byFirst.get(i);
  // A "person" read just before a title word ("the Red Bull team principal") is the employer's name.
  const afterOwner = owner ? (POSSESSIVE.test(tokens[owner.last + 1]?.text ?? '') ? tokens[owner.last + 2] : tokens[owner.last + 1]) : undefined;
  if (owner && (owner.type !== 'person' || isRoleWord(afterOwner?.text ?? ''))) {
    // ", Russia’s foreign minister," / ", the Red Bull team principal,": the owner is the affiliation.
    affiliation = owner.place?.kind === 'country' ? owner.place.name : owner.org?.name ?? owner.text;
    i = POSSESSIVE.test(tokens[owner.last + 1]?.text ?? '') ? owner.last + 2 : owner.last + 1;
  }
  const title = readTitle(text, tokens, i, Math.min(tokens.length - 1, i + MAX_TITLE_TOKENS));
  if (!title.role) {
    // ", a retired geologist,": a job noun the role lexicon lacks, by its agent ending, closing the apposition.
    const agent = oneOf ? null : agentNoun(tokens[i]) ?? (tokens[i]?.pos === 'NOUN' || tokens[i]?.pos === 'ADJ' ? agentNoun(tokens[i + 1]) : null);
    const end = agent ? (agentNoun(tokens[i]) ? i + 1 : i + 2) : -1;
    // ", a psychologist based in X", ", a hydrologist with the board": a participle or preposition may go on after the job noun.
    const closes = /^[,.;:)—–]$/.test(tokens[end]?.text ?? '') || AGENT_CONTINUATIONS.has(tokens[end]?.lower ?? '');
    if (agent && closes && DETERMINERS.has(first.lower)) return { role: agent, affiliation: m.affiliation ?? affiliation };
    return {};
  }
  // ", county commissioners, and": a plural title after a comma is the next item of a list.
  if (isPlural(tokens[title.next - 1]) !== oneOf) return {};
  const after = tokens[title.next];
  // ", the director of the Berkeley poll,": a title that ended on "of the" goes on with what it is a title of.
  const continues = /^(of|the|for|at)$/.test(tokens[title.next - 1]?.lower ?? '');
  if (after && !continues && !/^[,.;:)—–]$/.test(after.text) && !['who', 'and', '&', 'said', 'says', 'told', 'at', 'of', 'for', 'with', 'in', 'based'].includes(after.lower)) return {};
  return { role: title.role, affiliation: m.affiliation ?? title.affiliation ?? affiliation };
}

/**
 * "Patrice Lumumba was elected prime minister", "Smith, who serves as the club’s treasurer":
 * a title after a copula or an appointment verb is the person's role.
 */
export function predicateTitle(text: string, tokens: readonly Token[], m: Mention): Partial<Mention> {
  let i = m.last + 1;
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'who') {
    i += 2;
    // ", who chairs the committee,": a verb of office names the role.
    const office = OFFICE_VERBS[tokens[i]?.lower ?? ''];
    if (office && /^(the|a|an|his|her|their)$/.test(tokens[i + 1]?.lower ?? '')) return { role: office };
  }
  if (!LEAD_STARTS.has(tokens[i]?.lower ?? '')) return {};
  const words: string[] = [];
  for (let k = 0; k < 3 && tokens[i]; k++, i++) words.push((tokens[i] as Token).lower);
  const lead = PREDICATE_LEADS.find((p) => p.every((w, k) => words[k] === w));
  if (!lead) return {};
  i = m.last + 1 + (tokens[m.last + 1]?.text === ',' ? 2 : 0) + lead.length;
  if (DETERMINERS.has(tokens[i]?.lower ?? '')) i++;
  const title = readTitle(text, tokens, i, Math.min(tokens.length - 1, i + MAX_TITLE_TOKENS));
  if (!title.role || isPlural(tokens[title.next - 1])) return {};
  const after = tokens[title.next];
  if (after && !/^[,.;:)—–]$/.test(after.text) && !['of', 'for', 'at', 'in', 'and', 'since', 'until', 'from'].includes(after.lower)) return {};
  return { role: title.role, affiliation: m.affiliation ?? title.affiliation };
}

/**
 * "president Mohammed ben Sulayem", "Nixon, a former police captain,": a title written just
 * before an unknown name, or an apposition after it, makes it a person with that role.
 */
export function personByTitle(text: string, tokens: readonly Token[], m: Mention, byFirst: ReadonlyMap<number, Mention>): Mention {
  const prev = tokens[m.first - 1];
  if (prev && /^[a-z]/.test(prev.text) && lexicon().roleHeads.has(prev.lower)) {
    const before = titleEndingAt(text, tokens, m, m.first - 1);
    if (before.role) return { ...m, type: 'person', role: before.role, affiliation: m.affiliation ?? before.affiliation ?? null };
  }
  // "the performer known as Glimmer": a title, then "known as" and the name.
  if (prev?.lower === 'as' && tokens[m.first - 2]?.lower === 'known') {
    const known = titleEndingAt(text, tokens, m, m.first - 3);
    if (known.role) return { ...m, type: 'person', role: known.role, affiliation: m.affiliation ?? known.affiliation ?? null };
  }
  const after = apposition(text, tokens, m, byFirst);
  return after.role ? { ...m, ...after, type: 'person' } : m;
}
