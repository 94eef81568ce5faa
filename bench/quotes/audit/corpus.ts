/**
 * The quote audit corpus: news bodies outside the gold set (bench/audit/sources.ts) that have
 * quote marks to attribute — the Fundus pages no gold round took, Scrapinghub pages and WCXB dev
 * article pages.
 */
import { fundusBodies, scrapinghubBodies, wcxbArticleBodies, type AuditArticle } from '../../audit/sources.ts';

export type { AuditArticle } from '../../audit/sources.ts';

/** Fundus pages no gold round annotated (Reuters_4 is in French). */
const FUNDUS_OUTSIDE_GOLD: ReadonlySet<string> = new Set(['TheIntercept_4', 'TheNewYorker_4', 'iNews_4']);

/** A page worth auditing has some quote marks to attribute. */
const MIN_QUOTE_MARKS = 2;

function hasQuotes(text: string): boolean {
  return (text.match(/[“”"«»]/g)?.length ?? 0) >= MIN_QUOTE_MARKS;
}

/** Every audit article with quote marks in it, in a stable order. */
export function auditCorpus(): AuditArticle[] {
  return [...fundusBodies((name) => FUNDUS_OUTSIDE_GOLD.has(name)), ...scrapinghubBodies(), ...wcxbArticleBodies()].filter((a) => hasQuotes(a.text));
}
