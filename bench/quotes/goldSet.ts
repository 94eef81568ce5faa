/** Loads the quote gold set (`bench/gold/quotes/*.json`) with its articles and split. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldQuote } from './scoring.ts';

export const GOLD_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'gold');

export interface GoldArticle {
  name: string;
  split: 'dev' | 'test';
  text: string;
  meta: { url?: string; outlet?: string; publishedAt?: string };
  quotes: GoldQuote[];
}

export function loadGoldSet(): GoldArticle[] {
  const split = JSON.parse(readFileSync(join(GOLD_DIR, 'split.json'), 'utf8')) as Record<string, 'dev' | 'test'>;
  const dir = join(GOLD_DIR, 'quotes');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -5);
      const articlePath = join(GOLD_DIR, 'articles', `${name}.txt`);
      const metaPath = `${articlePath}.meta.json`;
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { quotes: GoldQuote[] };
      return {
        name,
        split: split[name] ?? 'dev',
        text: readFileSync(articlePath, 'utf8'),
        meta: existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as GoldArticle['meta']) : {},
        quotes: gold.quotes,
      };
    });
}
