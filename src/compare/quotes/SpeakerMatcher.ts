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
    .filter((t) => t.length > 0);
}

/** Names agree when equal, or when the last names match and the given names do not conflict (initials allowed). */
export function namesAgree(a: string, b: string): boolean {
  const ta = normalizeName(a);
  const tb = normalizeName(b);
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.join(' ') === tb.join(' ')) return true;
  if (ta[ta.length - 1] !== tb[tb.length - 1]) return false;
  const fa = ta.length > 1 ? ta[0]! : null;
  const fb = tb.length > 1 ? tb[0]! : null;
  if (fa === null || fb === null) return true;
  return fa === fb || (fa.length === 1 && fb.startsWith(fa)) || (fb.length === 1 && fa.startsWith(fb));
}

export function speakerAgreement(a: SpeakerRef, b: SpeakerRef): SpeakerAgreement {
  if (a.key && b.key && a.key === b.key) return 'same';
  if (!a.name || !b.name) return 'unknown';
  return namesAgree(a.name, b.name) ? 'same' : 'different';
}
