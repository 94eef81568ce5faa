/**
 * Reads titles and roles from tokens: "Russian Deputy Foreign Minister", "Deputy Foreign
 * Minister of Russia", "CSTO Secretary General", "the former Renault team boss". A title is a
 * run of role words (lexicon/roles.json) that contains a head word; demonyms, known places
 * and organisations, and "of/for X" inside it give the affiliation.
 */
import { countryOf, lexicon } from './Lexicon.ts';
import { longestKnown } from './KnownNameLookup.ts';
import type { Token } from './Tokens.ts';

const ACRONYM = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,7}$|^[A-Z]+\/[A-Z]+$/;

export function isRoleWord(word: string): boolean {
  const lx = lexicon();
  const w = word.toLowerCase();
  return lx.roleHeads.has(w) || lx.roleModifiers.has(w) || (w.endsWith('s') && lx.roleHeads.has(w.slice(0, -1)));
}

/** A role head, or its plural ("professors"). */
export function isHeadWord(lower: string): boolean {
  const lx = lexicon();
  return lx.roleHeads.has(lower) || (lower.endsWith('s') && lx.roleHeads.has(lower.slice(0, -1)));
}

/** Reads a title from token a; returns where it stops, the role words and any affiliation inside it. */
export function readTitle(text: string, tokens: readonly Token[], a: number, limit: number): { next: number; role: string | null; affiliation: string | null } {
  const lx = lexicon();
  let i = a;
  let affiliation: string | null = null;
  const roleParts: string[] = [];
  let hasHead = false;
  let lastRoleEnd = a;
  while (i <= limit) {
    const t = tokens[i];
    if (!t) break;
    // "co-president", "co-chair": a shared office is the office.
    const lower = t.lower.startsWith('co-') && lx.roleHeads.has(t.lower.slice(3)) ? t.lower.slice(3) : t.lower;
    const singular = lower.endsWith('s') && lx.roleHeads.has(lower.slice(0, -1)) ? lower.slice(0, -1) : null;
    if (lx.roleHeads.has(lower) || lx.roleModifiers.has(lower) || singular) {
      if (lower === 'the' && roleParts.length === 0) break;
      // "Judges Pillard": a plural title names each of the people after it.
      roleParts.push(singular ? t.text.slice(0, -1) : t.text);
      if (lx.roleHeads.has(lower) || singular) hasHead = true;
      i++;
      lastRoleEnd = i;
      continue;
    }
    const next = tokens[i + 1];
    // "law professor", "drag queen", "club promoter": a lower-case noun compounded with the head word.
    // ("division vice president": a rank word may come between the noun and the head.)
    if (/^[a-z]/.test(t.text) && t.pos === 'NOUN' && next && i + 1 <= limit && (isHeadWord(next.lower) || (lx.roleModifiers.has(next.lower) && i + 2 <= limit && isHeadWord(tokens[i + 2]?.lower ?? '')))) {
      roleParts.push(t.text);
      i++;
      continue;
    }
    const country = roleParts.length === 0 ? countryOf(t.text) : null;
    // "Russian Deputy Foreign Minister", and "the British media critic": a demonym before a title, or before a noun compounded with one.
    if (country && lx.demonyms.has(lower) && next && (isRoleWord(next.text) || (/^[a-z]/.test(next.text) && next.pos === 'NOUN' && i + 2 <= limit && isHeadWord(tokens[i + 2]?.lower ?? '')))) {
      affiliation = country;
      i++;
      continue;
    }
    if ((lower === 'of' || lower === 'for') && roleParts.length) {
      const known = longestKnown(text, tokens, i + 1, limit);
      if (known) {
        affiliation = known.place?.kind === 'country' ? known.place.name : (known.org?.name ?? known.place?.name ?? null);
        i = known.last + 1;
        lastRoleEnd = i;
        continue;
      }
      if (next && isRoleWord(next.text)) {
        roleParts.push(t.text);
        i++;
        continue;
      }
      break;
    }
    if (roleParts.length === 0) {
      const known = longestKnown(text, tokens, i, limit);
      const after = known ? tokens[known.last + 1] : undefined;
      if (known && after && isRoleWord(after.text) && known.last + 1 <= limit) {
        affiliation = known.place?.kind === 'country' ? known.place.name : (known.org?.acronym ?? known.org?.name ?? known.place?.name ?? null);
        i = known.last + 1;
        continue;
      }
      if (ACRONYM.test(t.text) && next && isRoleWord(next.text) && !lx.notAcronyms.has(t.text)) {
        affiliation = t.text;
        i++;
        continue;
      }
    }
    // "the former Renault team boss": an unknown name between title words is the employer.
    if (roleParts.length > 0 && !hasHead && /^[A-Z]/.test(t.text) && next && isRoleWord(next.text) && i + 1 <= limit) {
      affiliation = t.text;
      i++;
      continue;
    }
    break;
  }
  while (roleParts.length && /^(the|of|for)$/i.test(roleParts[roleParts.length - 1] as string)) roleParts.pop();
  if (!hasHead) return { next: a, role: null, affiliation: null };
  return { next: Math.max(lastRoleEnd, i), role: normaliseRole(roleParts), affiliation };
}

function normaliseRole(parts: readonly string[]): string {
  return parts
    .map((p) => (/^[a-z]/.test(p) && !/^(of|for|the|and)$/.test(p) ? p[0]?.toUpperCase() + p.slice(1) : p))
    .join(' ');
}
