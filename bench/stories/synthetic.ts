/**
 * Synthetic news firehose for the scale test, generated lazily in publication order.
 *
 * The model:
 * - Sentences come from real news text (the ECB+ documents when the shared data is there,
 *   and the 64 gold articles in bench/gold), so vocabulary and sentence lengths are real.
 * - Entities come from shared pools (4,000 people, 1,500 organisations, 800 places) drawn
 *   with a Zipf law (exponent 1), so a few actors recur across many unrelated stories, as
 *   heads of state and big companies do.
 * - Stories start as a Poisson process (STORIES_PER_DAY a day). Each has a core of 6–10
 *   sentences, 2–4 entities and a size drawn from a discrete Pareto law (minimum 1, tail
 *   exponent 1.6, capped at 400, mean ≈ 8): most stories get a few articles, a few get hundreds.
 * - Arrival is bursty: a story's articles follow its start with exponential delays (mean
 *   10 hours), so coverage peaks in the first day and trails off over a few days.
 * - An article is 3–5 of its story's core sentences plus 1–3 unrelated sentences (outlet
 *   colour), its entities' names, and a headline from a core sentence. 8 % of articles are
 *   syndicated copies of an earlier article of the same story (same text, a new last line).
 * - 15 % of stories continue an earlier story's thread (a storyline): same entities, half
 *   of its core, starting 2–8 weeks later.
 * Everything is drawn from one seeded generator: the same `n` and seed give the same corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzedArticle, Entity, EntityType } from '../../src/model/records.ts';
import { minimalArticle } from '../../src/stories/minimalArticle.ts';
import { ECB_FILE } from './datasets.ts';
import { mulberry32 } from '../seeded.ts';
import { gunzipSync } from 'node:zlib';

const STORIES_PER_DAY = 400;
const DAY_MS = 86_400_000;
const START = Date.parse('2024-01-01T00:00:00Z');

export interface SyntheticArticle {
  article: AnalyzedArticle;
  story: string;
}

function loadSentences(): string[] {
  const sentences: string[] = [];
  if (existsSync(ECB_FILE)) {
    for (const line of gunzipSync(readFileSync(ECB_FILE)).toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      const text = (JSON.parse(line) as { text: string }).text;
      for (const s of text.split('\n')) if (s.split(' ').length >= 6) sentences.push(s.trim());
    }
  }
  const gold = fileURLToPath(new URL('../gold/articles/', import.meta.url));
  for (const file of readdirSync(gold).filter((f) => f.endsWith('.txt')).sort()) {
    for (const s of readFileSync(join(gold, file), 'utf8').split(/(?<=[.!?])\s+/)) if (s.split(' ').length >= 6) sentences.push(s.trim());
  }
  return [...new Set(sentences)];
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ven', 'dor', 'sa', 'tel', 'bri', 'no', 'gan', 'zu', 'pel', 'ar', 'is', 'mon', 'ter', 'vi', 'la', 'chen'];

function makePool(random: () => number, type: EntityType, size: number): { key: string; name: string; type: EntityType }[] {
  const word = () => {
    const n = 2 + Math.floor(random() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return Array.from({ length: size }, (_, i) => {
    const name = type === 'person' ? `${word()} ${word()}` : word();
    return { key: `${type}:${name.toLowerCase().replace(/ /g, '-')}-${i}`, name, type };
  });
}

function zipf(random: () => number, size: number): number {
  // Inverse-CDF approximation of Zipf(1) over 1..size: rank = size^u.
  return Math.min(size - 1, Math.floor(Math.pow(size, random())) - 1);
}

interface Plan {
  id: string;
  core: string[];
  entities: { key: string; name: string; type: EntityType }[];
  times: number[];
  emitted: string[];
  texts: string[];
}

/** Lazily yields `n` synthetic articles in publication order, with their gold story. */
export function* syntheticArticles(n: number, seed = 7): Generator<SyntheticArticle> {
  const random = mulberry32(seed);
  const sentences = loadSentences();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const pools = [makePool(random, 'person', 4000), makePool(random, 'organization', 1500), makePool(random, 'place', 800)];
  const finished: Plan[] = [];
  let active: Plan[] = [];
  let produced = 0;
  let storyCount = 0;
  for (let day = 0; produced < n; day++) {
    // Poisson number of new stories today (normal approximation is enough at this rate).
    const starts = Math.max(0, Math.round(STORIES_PER_DAY + Math.sqrt(STORIES_PER_DAY) * gaussian(random)));
    for (let i = 0; i < starts; i++) {
      const continues = finished.length > 0 && random() < 0.15 ? pick(finished.slice(-5000)) : null;
      const core = continues
        ? [...continues.core.slice(0, Math.ceil(continues.core.length / 2)), ...Array.from({ length: 4 }, () => pick(sentences))]
        : Array.from({ length: 6 + Math.floor(random() * 5) }, () => pick(sentences));
      const entities = continues
        ? continues.entities
        : Array.from({ length: 2 + Math.floor(random() * 3) }, () => {
            const pool = pick(pools);
            return pool[zipf(random, pool.length)]!;
          });
      const size = Math.min(400, Math.floor(Math.pow(1 - random(), -1 / 1.6)));
      const start = START + (day + random()) * DAY_MS + (continues ? 0 : 0);
      const times = Array.from({ length: size }, (_, k) => (k === 0 ? start : start - Math.log(1 - random()) * 10 * 3_600_000)).sort((a, b) => a - b);
      active.push({ id: `syn-story-${storyCount++}`, core, entities, times, emitted: [], texts: [] });
    }
    const dayEnd = START + (day + 1) * DAY_MS;
    const today: { time: number; plan: Plan }[] = [];
    for (const plan of active) {
      while (plan.times.length > 0 && plan.times[0]! < dayEnd) today.push({ time: plan.times.shift()!, plan });
    }
    today.sort((a, b) => a.time - b.time);
    for (const { time, plan } of today) {
      if (produced >= n) return;
      yield { article: composeArticle(plan, time, produced, random, sentences), story: plan.id };
      produced++;
    }
    const still: Plan[] = [];
    for (const plan of active) {
      if (plan.times.length > 0) still.push(plan);
      else {
        plan.texts = [];
        finished.push(plan);
      }
    }
    active = still;
    if (finished.length > 20000) finished.splice(0, finished.length - 10000);
  }
}

function composeArticle(plan: Plan, time: number, index: number, random: () => number, sentences: readonly string[]): AnalyzedArticle {
  const id = `syn-${index.toString(36).padStart(6, '0')}`;
  const publishedAt = new Date(time).toISOString();
  if (plan.texts.length > 0 && random() < 0.08) {
    const original = plan.texts[Math.floor(random() * plan.texts.length)]!;
    return minimalArticle({ id, publishedAt, text: `${original}\n\nDistributed by a syndication partner.`, entities: entitiesOf(plan, `${original}`) });
  }
  const chosen = [...plan.core].sort(() => random() - 0.5).slice(0, 3 + Math.floor(random() * 3));
  const colour = Array.from({ length: 1 + Math.floor(random() * 3) }, () => sentences[Math.floor(random() * sentences.length)]!);
  const names = plan.entities.map((e) => e.name).join(', ');
  const body = [`${names}.`, ...chosen, ...colour].join(' ');
  const title = `${plan.entities[0]!.name}: ${chosen[0]!.split(' ').slice(0, 10).join(' ')}`;
  const text = `${title}\n\n${body}`;
  if (plan.texts.length < 8) plan.texts.push(text);
  return minimalArticle({ id, title, publishedAt, text, entities: entitiesOf(plan, text) });
}

function entitiesOf(plan: Plan, text: string): Entity[] {
  return plan.entities.map((e, i) => {
    const at = text.indexOf(e.name);
    return {
      id: `e${i}`,
      key: e.key,
      name: e.name,
      type: e.type,
      aliases: [],
      roles: [],
      affiliation: null,
      acronym: null,
      mentions: at >= 0 ? [[at, at + e.name.length]] : [],
      countryCode: null,
      stage: 'nlp',
    };
  });
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
