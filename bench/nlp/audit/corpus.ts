/**
 * The nlp audit corpus: news bodies from `../shared/data/extraction/` that are NOT in the gold
 * set — Scrapinghub ground-truth bodies (less the round-4 pages held out for the next gold round),
 * Fundus pages whose name is not an article in `bench/gold/articles`, and WCXB dev pages typed
 * `article`. Ground-truth bodies, so the audit measures the nlp stage, not extraction.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLD, ROOT } from '../gold.ts';

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

/** An English page has at least this share of its words among a few common function words (Reuters_4 is French). */
const MIN_ENGLISH_SHARE = 0.08;
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'he', 'she', 'it', 'said']);
/** Bodies shorter than this are captions or stubs, not articles. */
const MIN_CHARS = 600;

function english(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.length > 0 && words.filter((w) => ENGLISH.has(w)).length / words.length >= MIN_ENGLISH_SHARE;
}

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function scrapinghub(): AuditArticle[] {
  const path = join(DATA, 'scrapinghub', 'ground-truth.json');
  if (!existsSync(path)) return [];
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody: string }>;
  return Object.keys(truth).sort()
    .filter((id) => !HELD_OUT_SCRAPINGHUB.some((p) => id.startsWith(p)))
    .map((id) => ({ name: `sh:${id.slice(0, 10)}`, text: clean(truth[id]!.articleBody), publishedAt: null }));
}

function fundus(): AuditArticle[] {
  const path = join(DATA, 'fundus', 'ground_truth.json');
  if (!existsSync(path)) return [];
  const inGold = new Set(readdirSync(join(GOLD, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)));
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { body: string[]; crawl_date?: string }>;
  return Object.keys(truth).sort().flatMap((file) => {
    const name = file.replace(/\.html\.gz$/, '');
    if (inGold.has(name)) return [];
    const t = truth[file]!;
    return [{ name: `fundus:${name}`, text: clean(t.body.join('\n\n')), publishedAt: t.crawl_date?.slice(0, 10) ?? null }];
  });
}

function wcxb(): AuditArticle[] {
  const dir = join(DATA, 'wcxb-dev', 'ground-truth');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((f) => {
    const d = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
      _internal?: { page_type?: { primary?: string } };
      ground_truth: { main_content?: string | null; publish_date?: string | null };
    };
    if (d._internal?.page_type?.primary !== 'article' || !d.ground_truth.main_content) return [];
    const date = d.ground_truth.publish_date?.slice(0, 10) ?? null;
    return [{ name: `wcxb:${f.slice(0, -5)}`, text: clean(d.ground_truth.main_content), publishedAt: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null }];
  });
}

/** Every English audit article of article length, in a stable order. */
export function auditCorpus(): AuditArticle[] {
  return [...fundus(), ...scrapinghub(), ...wcxb()].filter((a) => a.text.length >= MIN_CHARS && english(a.text));
}
