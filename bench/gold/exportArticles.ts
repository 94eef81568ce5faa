/**
 * Writes benchmark ground-truth bodies as gold articles: `bench/gold/articles/<id>.txt`
 * (paragraphs separated by a blank line, as every gold article) and its `.meta.json` (URL,
 * outlet, and the publication day that relative dates are read against).
 *
 *   node --import tsx bench/gold/exportArticles.ts APNews_4 CNBC_4 …            (Fundus pages)
 *   node --import tsx bench/gold/exportArticles.ts SH_Spokesman=c13b9c0e04@2019-11-19 …
 *
 * Fundus pages carry a crawl day, used as the publication day. Scrapinghub pages carry none, so
 * the day is given after `@`: the lead reads it from the page (byline date or URL) and checks it.
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

interface ScrapinghubTruth {
  articleBody: string;
  url: string;
}

interface GoldArticle {
  paragraphs: string[];
  meta: { url: string; outlet: string; publishedAt: string; source: string };
}

const DATA = join(ROOT, '..', 'shared', 'data', 'extraction');
const FUNDUS = join(DATA, 'fundus', 'ground_truth.json');
const SCRAPINGHUB = join(DATA, 'scrapinghub', 'ground-truth.json');
const SCRAPINGHUB_SPEC = /^(SH_\w+)=([0-9a-f]{6,64})@(\d{4}-\d{2}-\d{2})$/;

function fromFundus(id: string, truth: Record<string, FundusTruth>): GoldArticle {
  const page = truth[`${id}.html.gz`];
  if (page === undefined) throw new Error(`${id}: not a Fundus page id (see ${FUNDUS})`);
  const outlet = id.replace(/_\d+$/, '');
  return { paragraphs: page.body, meta: { url: page.url, outlet, publishedAt: page.crawl_date.slice(0, 10), source: 'fundus' } };
}

function fromScrapinghub(spec: RegExpExecArray, truth: Record<string, ScrapinghubTruth>): GoldArticle {
  const [, id, hashPrefix, day] = spec as unknown as [string, string, string, string];
  const keys = Object.keys(truth).filter((key) => key.startsWith(hashPrefix));
  if (keys.length !== 1) throw new Error(`${id}: ${hashPrefix} matches ${keys.length} Scrapinghub pages; give a longer prefix`);
  const page = truth[keys[0] as string] as ScrapinghubTruth;
  const paragraphs = page.articleBody.split(/\n\s*\n/).map((part) => part.trim()).filter((part) => part.length > 0);
  const outlet = id.replace(/^SH_/, '');
  return { paragraphs, meta: { url: page.url, outlet, publishedAt: day, source: `scrapinghub:${keys[0]}` } };
}

function main(args: readonly string[]): void {
  if (args.length === 0) throw new Error('usage: exportArticles.ts <Publisher_N> … | <SH_Name=hashprefix@YYYY-MM-DD> …');
  const fundus = JSON.parse(readFileSync(FUNDUS, 'utf8')) as Record<string, FundusTruth>;
  const scrapinghub = JSON.parse(readFileSync(SCRAPINGHUB, 'utf8')) as Record<string, ScrapinghubTruth>;
  for (const arg of args) {
    const spec = SCRAPINGHUB_SPEC.exec(arg);
    const id = spec === null ? arg : (spec[1] as string);
    const article = spec === null ? fromFundus(arg, fundus) : fromScrapinghub(spec, scrapinghub);
    const path = join(GOLD, 'articles', `${id}.txt`);
    if (existsSync(path)) throw new Error(`${id}: ${path} exists; gold offsets point into it, so it is never rewritten`);
    writeFileSync(path, `${article.paragraphs.join('\n\n')}\n`);
    writeFileSync(`${path}.meta.json`, `${JSON.stringify(article.meta, null, 2)}\n`);
    console.log(`${id}: ${article.paragraphs.length} paragraphs`);
  }
}

main(process.argv.slice(2));
