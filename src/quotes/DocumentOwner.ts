/**
 * Who speaks through a document named without an owner in its own mention: "according to an
 * analysis of national polls by Charles Franklin" (the owner further on in the phrase), and "the
 * report said" after "an analysis produced by Consumer Watchdog" (a definite document refers
 * back to the last document the article credited to someone, or the last filer of a lawsuit).
 */
import { ANTECEDENT_WINDOW } from './constants.ts';
import { DOCUMENT_NOUNS } from './lexicon/words.ts';
import type { Mention } from './Mention.ts';

/** A capitalised name: "Charles Franklin", "the Pew Research Center", "Consumer Watchdog". */
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{N}&’'-]|\.(?=\p{L}))*`;
const NAME = String.raw`((?:the\s+)?${WORD}(?:\s+(?:of\s+)?${WORD})*)`;
/** After a document's head: an optional "of …" complement and participle ("produced", "conducted"), then "by"/"from" and the owner. */
const OWNER_AFTER = new RegExp(String.raw`^(?:\s+(?:of|on|into|about)\s+[\p{Ll}\p{N}’' -]{1,50}?)?(?:\s+\p{Ll}+ed)?\s+(?:by|from)\s+${NAME}`, 'u');
const DOCS = [...DOCUMENT_NOUNS].filter((w) => /^[a-z]+$/.test(w)).join('|');
/**
 * A filer: "X filed a lawsuit", "X, in turn, has filed its complaint" — the guide has a lawsuit
 * that "states" or "argues" speak for whoever filed it.
 */
const FILER = String.raw`${NAME}(?:,[^,.]{1,30},)?\s+(?:has\s+|had\s+)?(?:filed|brought|lodged)\s+(?:a|an|its|their|his|her)\s+(?:\p{Ll}+\s+)?(?:lawsuit|suit|complaint|petition|appeal)\b`;

/** An earlier credited document: "an analysis produced by X", "a report from X", "X's report". */
const CREDITED = new RegExp(
  String.raw`\b(?:${DOCS})\b(?:\s+(?:of|on|into|about)\s+[\p{Ll}\p{N}’' -]{1,50}?)?(?:\s+\p{Ll}+ed)?\s+(?:by|from)\s+${NAME}|${NAME}['’]s\s+(?:\p{Ll}+\s+)?(?:${DOCS})\b`,
  'gu',
);
const FILED = new RegExp(FILER, 'gu');

/** Documents a party files: "the lawsuit" refers back to the last filer when no document was credited by name. */
const FILED_DOCUMENTS = /\b(?:lawsuit|suit|complaint|petition|appeal)$/i;

function nameMention(m: Mention, name: string, at: number): Mention {
  return { span: [at, at + name.length], text: name, kind: 'name', first: m.first, last: m.last };
}

/** The owner of a document mention, from the words after it or from the last credited document before it; null when none. */
export function documentOwner(m: Mention, text: string): Mention | null {
  if (m.kind !== 'document') return null;
  const after = OWNER_AFTER.exec(text.slice(m.span[1], m.span[1] + 160));
  if (after?.[1]) return nameMention(m, after[1], m.span[1] + after[0].length - after[1].length);
  // Only a definite document ("the report") refers back; "an analysis" is a new one.
  if (!/^the\s/i.test(m.text)) return null;
  const from = Math.max(0, m.span[0] - ANTECEDENT_WINDOW);
  let last: { name: string; at: number } | null = null;
  const pattern = FILED_DOCUMENTS.test(m.text) ? FILED : CREDITED;
  for (const c of text.slice(from, m.span[0]).matchAll(pattern)) {
    const name = c[1] ?? c[2];
    if (!name || c.index === undefined) continue;
    last = { name, at: from + c.index + c[0].indexOf(name) };
  }
  return last ? nameMention(m, last.name, last.at) : null;
}
