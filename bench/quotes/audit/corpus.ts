/**
 * The audit corpus: news bodies from `../shared/data/extraction/` that are NOT in the quote
 * gold set — WCXB dev article pages, Scrapinghub pages (less the round-4 pages held out for the
 * next gold round) and the Fundus pages no gold round took. Ground-truth bodies, so the audit
 * measures the quotes stage, not extraction.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../nlp/gold.ts';

export interface AuditArticle {
  name: string;
  text: string;
  publishedAt: string | null;
}

const DATA = join(ROOT, '..', 'shared', 'data', 'extraction');

/** Round 4 of the gold set is annotated from these Scrapinghub pages: never read (id prefixes). */
const HELD_OUT_SCRAPINGHUB = [
  '098bb3e96c', '1ee91d1fce', '264dc3ae31', '291a8bf33e', '70cb2d5bca', '7de5241947',
  '82b6d780c7', '833caf3bdb', 'a1fca19b88', 'c13b9c0e04', 'd0382c0d95', 'd1c57d7821',
];

/** Fundus pages no gold round annotated (Reuters_4 is in French). */
const FUNDUS_OUTSIDE_GOLD = ['TheIntercept_4', 'TheNewYorker_4', 'iNews_4'];

/** A page worth auditing has some quote marks to attribute. */
const MIN_QUOTE_MARKS = 2;

function hasQuotes(text: string): boolean {
  return (text.match(/[“”"«»]/g)?.length ?? 0) >= MIN_QUOTE_MARKS;
}

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function scrapinghub(): AuditArticle[] {
  const path = join(DATA, 'scrapinghub', 'ground-truth.json');
  if (!existsSync(path)) return [];
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody: string }>;
  return Object.entries(truth)
    .filter(([id]) => !HELD_OUT_SCRAPINGHUB.some((p) => id.startsWith(p)))
    .map(([id, v]) => ({ name: `sh:${id.slice(0, 10)}`, text: clean(v.articleBody), publishedAt: null }));
}

function wcxb(): AuditArticle[] {
  const dir = join(DATA, 'wcxb-dev', 'ground-truth');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const d = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        _internal?: { page_type?: { primary?: string } };
        ground_truth: { main_content?: string | null; publish_date?: string | null };
      };
      if (d._internal?.page_type?.primary !== 'article' || !d.ground_truth.main_content) return [];
      const date = d.ground_truth.publish_date?.slice(0, 10) ?? null;
      return [{ name: `wcxb:${f.slice(0, -5)}`, text: clean(d.ground_truth.main_content), publishedAt: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null }];
    });
}

function fundus(): AuditArticle[] {
  const path = join(DATA, 'fundus', 'ground_truth.json');
  if (!existsSync(path)) return [];
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { body: string[]; crawl_date?: string }>;
  return FUNDUS_OUTSIDE_GOLD.flatMap((name) => {
    const t = truth[`${name}.html.gz`];
    return t ? [{ name: `fundus:${name}`, text: clean(t.body.join('\n\n')), publishedAt: t.crawl_date?.slice(0, 10) ?? null }] : [];
  });
}

/** Every audit article with quote marks in it, in a stable order. */
export function auditCorpus(): AuditArticle[] {
  return [...fundus(), ...scrapinghub(), ...wcxb()].filter((a) => hasQuotes(a.text));
}
