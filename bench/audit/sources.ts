/**
 * News bodies outside the gold set, for the audits that judge a stage's output by hand on text
 * no rule was tuned on (bench/nlp/audit, bench/quotes/audit): ground-truth bodies of the
 * extraction benchmarks in `../shared/data/extraction/`, so an audit measures its stage, not
 * extraction. Each audit picks its own sources and filters; this module reads them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../nlp/gold.ts';

export interface AuditArticle {
  name: string;
  text: string;
  publishedAt: string | null;
}

const DATA = join(ROOT, '..', 'shared', 'data', 'extraction');

/** The Scrapinghub pages of gold round 4 (bench/gold/articles/SH_*): in the gold set, so never audited (id prefixes). */
const GOLD_SCRAPINGHUB = [
  '098bb3e96c', '1ee91d1fce', '264dc3ae31', '291a8bf33e', '70cb2d5bca', '7de5241947',
  '82b6d780c7', '833caf3bdb', 'a1fca19b88', 'c13b9c0e04', 'd0382c0d95', 'd1c57d7821',
];

export function cleanBody(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Scrapinghub bodies outside the gold set, in the ground-truth file's order. */
export function scrapinghubBodies(): AuditArticle[] {
  const path = join(DATA, 'scrapinghub', 'ground-truth.json');
  if (!existsSync(path)) return [];
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody: string }>;
  return Object.entries(truth)
    .filter(([id]) => !GOLD_SCRAPINGHUB.some((p) => id.startsWith(p)))
    .map(([id, v]) => ({ name: `sh:${id.slice(0, 10)}`, text: cleanBody(v.articleBody), publishedAt: null }));
}

/** Fundus bodies of the named pages (`Publisher_N`), in sorted page order, with the crawl day as publication day. */
export function fundusBodies(keep: (name: string) => boolean): AuditArticle[] {
  const path = join(DATA, 'fundus', 'ground_truth.json');
  if (!existsSync(path)) return [];
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { body: string[]; crawl_date?: string }>;
  return Object.keys(truth).sort().flatMap((file) => {
    const name = file.replace(/\.html\.gz$/, '');
    const page = truth[file];
    if (!page || !keep(name)) return [];
    return [{ name: `fundus:${name}`, text: cleanBody(page.body.join('\n\n')), publishedAt: page.crawl_date?.slice(0, 10) ?? null }];
  });
}

/** WCXB dev pages typed `article`, in file order, with their annotated publication day. */
export function wcxbArticleBodies(): AuditArticle[] {
  const dir = join(DATA, 'wcxb-dev', 'ground-truth');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((f) => {
    const d = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
      _internal?: { page_type?: { primary?: string } };
      ground_truth: { main_content?: string | null; publish_date?: string | null };
    };
    if (d._internal?.page_type?.primary !== 'article' || !d.ground_truth.main_content) return [];
    const date = d.ground_truth.publish_date?.slice(0, 10) ?? null;
    return [{ name: `wcxb:${f.slice(0, -5)}`, text: cleanBody(d.ground_truth.main_content), publishedAt: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null }];
  });
}
