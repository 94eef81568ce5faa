/**
 * Writes Fundus ground-truth bodies as gold articles: `bench/gold/articles/<id>.txt` (paragraphs
 * separated by a blank line, as every gold article) and its `.meta.json` (URL, outlet, and the
 * crawl day as the publication date that relative dates are read against).
 *
 *   node --import tsx bench/gold/exportArticles.ts APNews_4 CNBC_4 …
 *
 * It refuses to overwrite an article that exists: gold offsets point into the text.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLD, ROOT } from '../nlp/gold.ts';

interface FundusTruth {
  body: string[];
  url: string;
  crawl_date: string;
}

const FUNDUS = join(ROOT, '..', 'shared', 'data', 'extraction', 'fundus', 'ground_truth.json');

function main(ids: readonly string[]): void {
  if (ids.length === 0) throw new Error('usage: exportArticles.ts <Publisher_N> … (Fundus page ids without .html.gz)');
  const truth = JSON.parse(readFileSync(FUNDUS, 'utf8')) as Record<string, FundusTruth>;
  for (const id of ids) {
    const page = truth[`${id}.html.gz`];
    if (page === undefined) throw new Error(`${id}: not a Fundus page id (see ${FUNDUS})`);
    const path = join(GOLD, 'articles', `${id}.txt`);
    if (existsSync(path)) throw new Error(`${id}: ${path} exists; gold offsets point into it, so it is never rewritten`);
    writeFileSync(path, `${page.body.join('\n\n')}\n`);
    const meta = { url: page.url, outlet: id.replace(/_\d+$/, ''), publishedAt: page.crawl_date.slice(0, 10) };
    writeFileSync(`${path}.meta.json`, `${JSON.stringify(meta, null, 2)}\n`);
    console.log(`${id}: ${page.body.length} paragraphs`);
  }
}

main(process.argv.slice(2));
