/** Reading the entity/date gold set and running Chorus's nlp stage on gold articles. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DateGranularity, EntityType, ExtractedArticle } from '../../src/model/records.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GOLD = join(ROOT, 'bench', 'gold');

export interface GoldEntity {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  canonical: string;
  /** For people: the role the text gives them anywhere in the article, if any. */
  role?: string;
}

export interface GoldDate {
  start: number;
  end: number;
  text: string;
  value: string;
  granularity: DateGranularity | 'none';
}

export interface GoldFile {
  entities: GoldEntity[];
  dates: GoldDate[];
}

export interface GoldArticle {
  id: string;
  split: 'dev' | 'test';
  text: string;
  publishedAt: string | null;
  gold: GoldFile | null;
}

export function loadSplit(): Record<string, 'dev' | 'test'> {
  return JSON.parse(readFileSync(join(GOLD, 'split.json'), 'utf8')) as Record<string, 'dev' | 'test'>;
}

export function loadGoldArticles(onlyAnnotated = true): GoldArticle[] {
  const split = loadSplit();
  const out: GoldArticle[] = [];
  for (const f of readdirSync(join(GOLD, 'articles')).filter((x) => x.endsWith('.txt')).sort()) {
    const id = f.replace(/\.txt$/, '');
    const text = readFileSync(join(GOLD, 'articles', f), 'utf8');
    const meta = JSON.parse(readFileSync(join(GOLD, 'articles', `${f}.meta.json`), 'utf8')) as { publishedAt?: string };
    const goldPath = join(GOLD, 'entities', `${id}.json`);
    const gold = existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile) : null;
    if (onlyAnnotated && !gold) continue;
    out.push({ id, split: split[id] ?? 'dev', text, publishedAt: meta.publishedAt ?? null, gold });
  }
  return out;
}

export function asArticle(id: string, text: string, publishedAt: string | null): ExtractedArticle {
  return {
    id, source: id, format: 'text', arrival: { kind: 'file' },
    meta: { canonicalUrl: null, subtitle: null, modifiedAt: null, description: null, section: null, image: null, dateline: null, origins: {} },
    text, paragraphs: [], removed: [], method: 'gold', problems: [],
    url: null, outlet: null, title: null, author: null, publishedAt, language: 'en',
  };
}
