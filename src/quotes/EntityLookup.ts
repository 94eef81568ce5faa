/**
 * Entity look-ups the speaker resolver needs, written against the shared `Entity`
 * record: the entity mentioned at a span, and the nearest earlier entity a pronoun or
 * a description ("the Russian diplomat", "the ministry") can refer to.
 */
import type { Entity, EntityType, NlpArticle, Span } from '../model/records.ts';
import { ANTECEDENT_WINDOW, TITLE_WINDOW } from './constants.ts';
import { allMentions } from './MissedMentions.ts';
import { TITLE_ABBREVIATIONS } from './lexicon/words.ts';

const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'its', 'his', 'her', 'their', 'this', 'that', 'former', 'new']);
/** Description words that match a role without sharing it ("diplomat" ~ "foreign minister"). */
const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['diplomat', ['foreign', 'ambassador', 'envoy', 'minister', 'diplomat']],
  ['official', ['minister', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'director', 'official', 'deputy', 'head', 'chief', 'adviser', 'aide']],
  ['lawmaker', ['senator', 'representative', 'rep', 'sen', 'congressman', 'congresswoman', 'mp', 'member']],
  ['executive', ['ceo', 'chief', 'president', 'chairman', 'founder', 'director']],
]);

/** The entity one of whose mentions overlaps `span` most, or null. */
export function entityAt(article: Readonly<NlpArticle>, span: Span): Entity | null {
  let best: Entity | null = null;
  let bestOverlap = 0;
  for (const e of article.entities) {
    for (const m of e.mentions) {
      // The head of a name phrase is its end: "House Oversight Committee Chairman James Comer" is Comer.
      const overlap = Math.min(m[1], span[1]) - Math.max(m[0], span[0]) + (m[1] === span[1] ? span[1] - span[0] : 0);
      if (overlap > bestOverlap) {
        best = e;
        bestOverlap = overlap;
      }
    }
  }
  return best;
}

export interface Antecedent {
  entity: Entity;
  at: number;
  /** End of the mention: the words the article uses there ("RuPaul" for "RuPaul Andre Charles"). */
  end: number;
}

/** Entity mentions of the given types before `offset`, nearest first, skipping those inside `excluded` spans. */
export function antecedents(article: Readonly<NlpArticle>, types: readonly EntityType[], offset: number, excluded: readonly Span[]): Antecedent[] {
  const out: Antecedent[] = [];
  for (const e of article.entities) {
    if (!types.includes(e.type)) continue;
    for (const m of allMentions(article, e)) {
      if (m[1] > offset || offset - m[1] > ANTECEDENT_WINDOW) continue;
      if (excluded.some((x) => m[0] >= x[0] && m[1] <= x[1])) continue;
      out.push({ entity: e, at: m[0], end: m[1] });
    }
  }
  return out.sort((a, b) => b.at - a.at);
}

function contentWords(phrase: string): string[] {
  return phrase.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !STOP.has(w));
}

const PAST = /(?:^|\s)(?:former|ex-?|onetime|erstwhile)\b/i;
const PAST_BEFORE_TITLE = /\b(?:former|ex-?|onetime|erstwhile)\s+(?:[\p{L}.’'-]+\s+){0,3}$/iu;
const NAME_RUN = /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/**
 * Whether the article writes a role word as a title before the entity's name ("former House Speaker
 * Kevin McCarthy") and every time with "former" (or "ex-") before it: the role is past, whatever the
 * nlp stage recorded, so "the new speaker" is someone else.
 */
function heldFormerly(entity: Entity, head: string, text: string): boolean {
  const re = new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'giu');
  let titled = 0;
  for (const m of entity.mentions) {
    const window = text.slice(Math.max(0, m[0] - TITLE_WINDOW), m[0]);
    let at = -1;
    for (const hit of window.matchAll(re)) at = hit.index;
    if (at < 0 || !NAME_RUN.test(window.slice(at + head.length))) continue;
    if (!PAST_BEFORE_TITLE.test(window.slice(0, at))) return false;
    titled++;
  }
  return titled > 0;
}

/** Whether a description's words fit an entity's roles, name or affiliation; with the article's text, a role it only ever calls former does not. */
export function describes(entity: Entity, phrase: string, text?: string): boolean {
  const words = contentWords(phrase);
  const head = words[words.length - 1];
  if (!head) return false;
  // "the president" is not the former president: a role held no longer fits only a description that says so.
  const past = PAST;
  if (text !== undefined && !past.test(phrase) && heldFormerly(entity, head, text)) return false;
  const roles = past.test(phrase) ? entity.roles : entity.roles.filter((r) => !past.test(r.trim()));
  const known = new Set(contentWords([...roles, entity.name, entity.affiliation ?? '', ...entity.aliases].join(' ')));
  for (const r of roles) for (const w of contentWords(r)) known.add(w.replace(/s$/, ''));
  // "Gov. Eric Holcomb" is "the governor": an abbreviated title stands for its role word.
  for (const w of [...known]) {
    const full = TITLE_ABBREVIATIONS.get(w);
    if (full) known.add(full);
  }
  if (known.has(head) || known.has(head.replace(/s$/, ''))) return true;
  const synonyms = ROLE_SYNONYMS.get(head);
  return synonyms !== undefined && synonyms.some((s) => known.has(s));
}

/** Fallback for the nlp stage's `matchDescription`: the nearest earlier entity the description fits. */
export function matchDescriptionLocally(article: Readonly<NlpArticle>, phrase: string, beforeOffset: number, type: EntityType, excluded: readonly Span[]): Entity | null {
  for (const a of antecedents(article, [type], beforeOffset, excluded)) if (describes(a.entity, phrase, article.text)) return a.entity;
  return null;
}
