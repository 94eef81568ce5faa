import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChorusError } from '../model/errors.ts';
import type { AnalyzedArticle, StoryCluster } from '../model/records.ts';
import { compareStory, compareStoryline, familiesAcrossStories } from './index.ts';
import { articleFromSketch } from './testing/ArticleSketch.ts';

const CONTEXT = { now: '2026-01-01T00:00:00Z' };
const STATEMENT = 'We will never accept a settlement that rewards aggression against a sovereign neighbour,';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function story(id: string, ids: string[], publishedAt: string[]): { cluster: StoryCluster; articles: AnalyzedArticle[] } {
  const articles = ids.map((a, i) =>
    articleFromSketch({
      id: a,
      outlet: `Outlet ${a}`,
      title: `Minister rejects settlement (${a})`,
      publishedAt: publishedAt[i] ?? null,
      paragraphs: [`“${STATEMENT}” the minister said on Friday.`, `Paragraph only ${a} has about the harbour reconstruction budget.`],
      quotes: [{ text: STATEMENT, kind: 'direct', speaker: 'Jana Novak', via: ['Radio One'] }],
    }),
  );
  return {
    cluster: { id, articles: ids, members: ids.map((a) => ({ article: a, duplicateOf: null, sharedTerms: [], sharedEntities: [], similarity: 1 })) },
    articles,
  };
}

test('compareStory never mutates its input and returns JSON-safe data', () => {
  const input = deepFreeze(story('s1', ['b', 'a'], ['2025-01-03', '2025-01-02']));
  const result = compareStory(input, CONTEXT);
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
  assert.equal(result.firstReport, 'a');
  assert.deepEqual(result.span, { from: '2025-01-02', to: '2025-01-03' });
  assert.deepEqual(result.coverage.map((c) => c.article), ['a', 'b']);
  assert.deepEqual(result.articles, ['b', 'a']);
  assert.equal(result.quoteFamilies.length, 1);
});

test('compareStory: a time of day decides within one day; a bare date ties and falls to the rules', () => {
  const timed = compareStory(story('s', ['a', 'b'], ['2025-01-02T18:00:00Z', '2025-01-02T09:30:00Z']), CONTEXT);
  assert.equal(timed.firstReport, 'b');
  const undated = compareStory(story('s', ['b', 'a'], []), CONTEXT);
  assert.equal(undated.firstReport, 'a');
  assert.deepEqual(undated.span, { from: null, to: null });
});

test('compareStory: articles the input lacks are listed but not compared', () => {
  const input = story('s', ['a', 'b'], ['2025-01-02', '2025-01-02']);
  const result = compareStory({ cluster: { ...input.cluster, articles: ['a', 'b', 'missing'] }, articles: input.articles }, CONTEXT);
  assert.deepEqual(result.articles, ['a', 'b', 'missing']);
  assert.equal(result.coverage.length, 2);
});

test('compareStory: an empty cluster is misuse', () => {
  assert.throws(() => compareStory({ cluster: { id: 'empty', articles: [], members: [] }, articles: [] }, CONTEXT), ChorusError);
});

test('compareStoryline orders stories by time; familiesAcrossStories links quotes across them', () => {
  const early = story('early', ['a', 'b'], ['2025-01-02', '2025-01-02']);
  const late = story('late', ['c'], ['2025-01-09']);
  const stories = [compareStory(late, CONTEXT), compareStory(early, CONTEXT)];
  const line = compareStoryline({ storyline: { id: 'line', stories: ['late', 'early'] }, stories }, CONTEXT);
  assert.deepEqual(line.stories, ['early', 'late']);
  assert.equal(line.title, stories[1]!.title);
  const families = familiesAcrossStories(stories, [...early.articles, ...late.articles]);
  assert.equal(families.length, 1);
  assert.deepEqual(families[0]!.members.map((m) => [m.article, m.relation]), [['a', 'earliest'], ['b', 'verbatim'], ['c', 'verbatim']]);
});
