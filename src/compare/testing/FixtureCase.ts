/**
 * The compare fixtures: `fixtures/<case>/sketch.json` (hand-written), `input.json` (the stage
 * input expanded from the sketch by `build-fixtures.ts`) and `expected.json` (what must hold).
 * A case is one story, or a storyline of several stories.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzedArticle, StoryCluster, StorylineCluster } from '../../model/records.ts';
import { articleFromSketch, type ArticleSketch } from './ArticleSketch.ts';

export interface StorySketch {
  cluster: StoryCluster;
  articles: ArticleSketch[];
}

export type CaseSketch = StorySketch | { storyline: StorylineCluster; stories: StorySketch[] };

export interface StoryInput {
  cluster: StoryCluster;
  articles: AnalyzedArticle[];
}

export type CaseInput = StoryInput | { storyline: StorylineCluster; stories: StoryInput[] };

export const FIXTURES_DIR = new URL('../fixtures/', import.meta.url);

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function readCaseFile<T>(name: string, file: string): T {
  return JSON.parse(readFileSync(join(FIXTURES_DIR.pathname, name, file), 'utf8')) as T;
}

export function expandSketch(sketch: CaseSketch): CaseInput {
  const story = (s: StorySketch): StoryInput => ({ cluster: s.cluster, articles: s.articles.map(articleFromSketch) });
  return 'storyline' in sketch ? { storyline: sketch.storyline, stories: sketch.stories.map(story) } : story(sketch);
}
