/**
 * Roles written as a definite description in the sentence after a name: "the afternoon
 * belonged to Tomasz Wielgosz. The striker had also hit the post", "Nowak could not reach it.
 * The Harwick defender …". A sentence that opens with "The" + a title and then its verb, right after a sentence
 * naming exactly one person, describes that person: the title becomes the person's role when
 * the text gives them none elsewhere. Two people joined by "and" and two titles joined by
 * "and" ("Marta Ostrowska and Julian Pembry will … The Treasurer and Premier were …") pair
 * up in order. Adds to the drafts' roles in place (the assembler's working list).
 */
import { lexicon } from './Lexicon.ts';
import type { Draft } from './EntityMergeRefiner.ts';
import { isRoleWord, readTitle } from './TitleReader.ts';
import type { Token } from './Tokens.ts';

/** A description read at a sentence start: its roles (one, or two joined by "and") and the sentence it opens. */
interface Description {
  roles: string[];
  sentence: number;
}

export function carryDescriptionRoles(text: string, tokens: readonly Token[], drafts: readonly Draft[]): void {
  const found = descriptions(text, tokens);
  if (!found.length) return;
  const people = drafts.filter((d) => d.type === 'person');
  for (const desc of found) {
    const named = peopleInSentence(people, tokens, desc.sentence - 1);
    if (named.length !== desc.roles.length) continue;
    named.forEach((d, k) => {
      const role = desc.roles[k] as string;
      if (d.roles.length === 0) d.roles.push(role);
    });
  }
}

/** People named in sentence s, in order of their first mention there. */
function peopleInSentence(people: readonly Draft[], tokens: readonly Token[], s: number): Draft[] {
  const found: { d: Draft; at: number }[] = [];
  for (const d of people) {
    let at = Infinity;
    for (const m of d.mentions) if ((tokens[m.first] as Token).sentence === s && m.start < at) at = m.start;
    if (at < Infinity) found.push({ d, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.d);
}

function descriptions(text: string, tokens: readonly Token[]): Description[] {
  const out: Description[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Most tokens: their capitalisation, kept on the token, decides without reading the text.
    if (!t.capitalised || t.text !== 'The' || !opensSentence(tokens, i)) continue;
    const first = readRole(text, tokens, i + 1);
    if (!first) continue;
    const roles = [first.role];
    let next = first.next;
    // "The Chancellor and Prime Minister": two titles, two people.
    if (tokens[next]?.lower === 'and') {
      const second = readRole(text, tokens, next + 1);
      if (second) {
        roles.push(second.role);
        next = second.next;
      }
    }
    const verb = tokens[next];
    if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || /^\p{Lu}/u.test(verb.text)) continue;
    out.push({ roles, sentence: t.sentence });
  }
  return out;
}

/** A singular title from token i ("striker", "Harwick defender": one name word before the title is the employer's). */
function readRole(text: string, tokens: readonly Token[], i: number): { role: string; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  let from = i;
  if (/^\p{Lu}/u.test(t.text) && !isRoleWord(t.text) && isRoleWord(tokens[i + 1]?.text ?? '') && t.sentence === tokens[i + 1]?.sentence) from = i + 1;
  const limit = Math.min(tokens.length - 1, from + 4);
  const title = readTitle(text, tokens, from, limit);
  if (!title.role) return null;
  const last = tokens[title.next - 1] as Token;
  // "The judges": a plural title is a group, not the one person named before.
  if (last.lower.endsWith('s') && !lexicon().roleHeads.has(last.lower)) return null;
  return { role: title.role, next: title.next };
}

function opensSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== (tokens[i] as Token).sentence;
}
