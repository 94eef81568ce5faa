/**
 * Whether two quotes have the same speaker. Entity keys are canonical across the corpus once
 * the corpus entity pass has run; names are compared too because keys may still be
 * article-local ("Galuzin" in one article, "Mikhail Galuzin" in another).
 */

export type SpeakerAgreement = 'same' | 'different' | 'unknown';

export interface SpeakerRef {
  name: string | null;
  key: string | null;
}

export function normalizeName(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t, i) => t.length > 0 && !(i === 0 && t === 'the'));
}

/**
 * Names agree when the last words match and every other word of the shorter name appears in
 * the longer one (an initial matches a word it starts): "Galuzin" = "Mikhail Galuzin" =
 * "M. Galuzin" = "Deputy Minister Mikhail Galuzin", but "Russian Foreign Ministry" differs
 * from "Armenian Foreign Ministry".
 */
export function namesAgree(a: string, b: string): boolean {
  const ta = normalizeName(a);
  const tb = normalizeName(b);
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta[ta.length - 1] !== tb[tb.length - 1]) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const rest = long.slice(0, -1);
  return short
    .slice(0, -1)
    .every((w) => rest.some((x) => x === w || (w.length === 1 && x.startsWith(w)) || (x.length === 1 && w.startsWith(x))));
}

export function speakerAgreement(a: SpeakerRef, b: SpeakerRef): SpeakerAgreement {
  if (a.key && b.key && a.key === b.key) return 'same';
  if (!a.name || !b.name) return 'unknown';
  return namesAgree(a.name, b.name) ? 'same' : 'different';
}
