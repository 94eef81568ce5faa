/**
 * Runs every fixture case in `fixtures/<case>/`: `articles.jsonl` (minimal article records:
 * id, title, publishedAt, text, optional entities) and `expected-stories.json` with
 * `stories` (groups of article ids), optional `storylines` (groups of article ids that
 * must share one storyline, each group's stories alone in it) and `duplicates` (copy → original).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { clusterArticles } from './clusterStories.ts';
import { type MinimalArticleInput, minimalArticle } from './minimalArticle.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

interface Expected {
  stories: string[][];
  storylines?: string[][];
  duplicates?: Record<string, string>;
}

const canonical = (groups: readonly (readonly string[])[]) => groups.map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

for (const name of readdirSync(FIXTURES).sort()) {
  test(`stories fixture: ${name}`, () => {
    const dir = join(FIXTURES, name);
    const articles = readFileSync(join(dir, 'articles.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => minimalArticle(JSON.parse(l) as MinimalArticleInput));
    const expected = JSON.parse(readFileSync(join(dir, 'expected-stories.json'), 'utf8')) as Expected;
    const result = clusterArticles(articles);
    assert.deepEqual(canonical(result.stories.map((s) => s.articles)), canonical(expected.stories));
    for (const story of result.stories) {
      assert.equal(story.id, `s-${story.articles[0]}`, 'story id comes from its earliest member');
    }
    if (expected.storylines) {
      const storyOf = new Map(result.stories.flatMap((s) => s.articles.map((a) => [a, s.id] as const)));
      const lineArticles = result.storylines.map((line) =>
        line.stories.flatMap((id) => result.stories.find((s) => s.id === id)!.articles),
      );
      for (const group of expected.storylines) {
        const found = lineArticles.find((articlesInLine) => articlesInLine.includes(group[0]!));
        assert.ok(found, `no storyline holds ${group[0]}`);
        assert.deepEqual([...found].sort(), [...group].sort(), `storyline of ${group.map((a) => storyOf.get(a)).join(', ')}`);
      }
    }
    for (const [copy, original] of Object.entries(expected.duplicates ?? {})) {
      const member = result.stories.flatMap((s) => s.members).find((m) => m.article === copy);
      assert.equal(member?.duplicateOf, original, `${copy} should be marked a copy of ${original}`);
    }
  });
}
