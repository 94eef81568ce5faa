/**
 * The nlp audit corpus: English news bodies of article length outside the gold set
 * (bench/audit/sources.ts) — Fundus pages that are no article in `bench/gold/articles`,
 * Scrapinghub pages and WCXB dev article pages.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fundusBodies, scrapinghubBodies, wcxbArticleBodies, type AuditArticle } from '../../audit/sources.ts';
import { GOLD } from '../gold.ts';

export type { AuditArticle } from '../../audit/sources.ts';

/** An English page has at least this share of its words among a few common function words (Reuters_4 is French). */
const MIN_ENGLISH_SHARE = 0.08;
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'he', 'she', 'it', 'said']);
/** Bodies shorter than this are captions or stubs, not articles. */
const MIN_CHARS = 600;

function english(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.length > 0 && words.filter((w) => ENGLISH.has(w)).length / words.length >= MIN_ENGLISH_SHARE;
}

/** Every English audit article of article length, in a stable order. */
export function auditCorpus(): AuditArticle[] {
  const inGold = new Set(readdirSync(join(GOLD, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)));
  const scrapinghub = scrapinghubBodies().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...fundusBodies((name) => !inGold.has(name)), ...scrapinghub, ...wcxbArticleBodies()].filter((a) => a.text.length >= MIN_CHARS && english(a.text));
}
