/**
 * Loaders for the extraction benchmark sets in /work/shared/data/extraction (see its
 * README). Every loader returns [] when the data is absent, so callers can skip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SHARED_DATA } from '../lib/report.ts';

export const EXTRACTION_DATA = join(SHARED_DATA, 'extraction');

export function hasExtractionData(): boolean {
  return existsSync(join(EXTRACTION_DATA, 'scrapinghub', 'ground-truth.json'));
}

function gunzipText(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

function readJson(path: string): unknown {
  return JSON.parse(path.endsWith('.gz') ? gunzipText(path) : readFileSync(path, 'utf8'));
}

export interface ScrapinghubPage {
  id: string;
  url: string;
  expected: string;
  /** Lazily read: the HTML is only decompressed when a tool needs it. */
  html: () => string;
}

export function loadScrapinghub(): ScrapinghubPage[] {
  const dir = join(EXTRACTION_DATA, 'scrapinghub');
  if (!existsSync(join(dir, 'ground-truth.json'))) return [];
  const truth = readJson(join(dir, 'ground-truth.json')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id]?.url ?? '',
      expected: truth[id]?.articleBody ?? '',
      html: () => gunzipText(join(dir, 'html', `${id}.html.gz`)),
    }));
}

/** A published tool's predictions: `{id: {articleBody}}` or `{version, output: {...}}`. */
export function loadScrapinghubToolOutput(tool: string): Record<string, string> {
  const path = join(EXTRACTION_DATA, 'scrapinghub', 'tool-outputs', `${tool}.json.gz`);
  if (!existsSync(path)) return {};
  const raw = readJson(path) as Record<string, unknown>;
  const items = (raw.output && typeof raw.output === 'object' ? raw.output : raw) as Record<string, { articleBody?: string } | undefined>;
  const out: Record<string, string> = {};
  for (const [id, item] of Object.entries(items)) {
    if (item && typeof item === 'object') out[id] = item.articleBody ?? '';
  }
  return out;
}

export interface FundusPage {
  id: string;
  url: string;
  /** Ground-truth paragraphs; `[bracketed]` ones are optional. */
  body: string[];
  html: () => string;
}

export function loadFundus(): FundusPage[] {
  const dir = join(EXTRACTION_DATA, 'fundus');
  if (!existsSync(join(dir, 'ground_truth.json'))) return [];
  const truth = readJson(join(dir, 'ground_truth.json')) as Record<string, { url?: string; body?: string[] }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id]?.url ?? '',
      body: truth[id]?.body ?? [],
      html: () => gunzipText(join(dir, 'html', id)),
    }));
}

export function loadFundusToolOutput(tool: string): Record<string, string[]> {
  const path = join(EXTRACTION_DATA, 'fundus', 'tool-outputs', `${tool}.json.gz`);
  if (!existsSync(path)) return {};
  const raw = readJson(path) as Record<string, { body?: string[] }>;
  const out: Record<string, string[]> = {};
  for (const [id, item] of Object.entries(raw)) out[id] = item?.body ?? [];
  return out;
}

/** Published per-article ROUGE-LSum rows: tool → article → f1. */
export function loadFundusPublishedScores(): Record<string, Record<string, { precision: number; recall: number; f1: number }>> {
  const path = join(EXTRACTION_DATA, 'fundus', 'scores', 'rouge_lsum.tsv');
  if (!existsSync(path)) return {};
  const out: Record<string, Record<string, { precision: number; recall: number; f1: number }>> = {};
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const [tool, article, p, r, f] = line.split('\t');
    if (!tool || !article || f === undefined) continue;
    (out[tool] ??= {})[article] = { precision: Number(p), recall: Number(r), f1: Number(f) };
  }
  return out;
}

export interface WcxbPage {
  id: string;
  url: string;
  title: string | null;
  author: string | null;
  publishDate: string | null;
  mainContent: string;
  with: string[];
  without: string[];
  html: () => string;
}

export function loadWcxb(): WcxbPage[] {
  const dir = join(EXTRACTION_DATA, 'wcxb-dev');
  if (!existsSync(join(dir, 'ground-truth'))) return [];
  return readdirSync(join(dir, 'ground-truth'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.json$/, '');
      const doc = readJson(join(dir, 'ground-truth', file)) as {
        url?: string;
        ground_truth?: { title?: string; author?: string; publish_date?: string; main_content?: string; with?: string[]; without?: string[] };
      };
      const gt = doc.ground_truth ?? {};
      return {
        id,
        url: doc.url ?? '',
        title: gt.title ?? null,
        author: gt.author ?? null,
        publishDate: gt.publish_date ?? null,
        mainContent: gt.main_content ?? '',
        with: gt.with ?? [],
        without: gt.without ?? [],
        html: () => gunzipText(join(dir, 'html', `${id}.html.gz`)),
      };
    });
}

export interface ReadabilityCase {
  id: string;
  expected: { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null; lang?: string | null };
  html: () => string;
}

export function loadReadabilityCases(): ReadabilityCase[] {
  const dir = join(EXTRACTION_DATA, 'readability-test-pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'expected-metadata.json')))
    .map((e) => e.name)
    .sort()
    .map((id) => ({
      id,
      expected: readJson(join(dir, id, 'expected-metadata.json')) as ReadabilityCase['expected'],
      html: () => gunzipText(join(dir, id, 'source.html.gz')),
    }));
}
