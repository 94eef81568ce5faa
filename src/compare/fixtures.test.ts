/**
 * Runs every fixture case in `fixtures/`: the input must match its sketch (so a sketch edit
 * without rebuilding is caught), every quote span must point at its text, and the compared
 * story (or storyline) must satisfy `expected.json`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Story, Storyline, TimelineEntry } from '../model/records.ts';
import { compareStory, compareStoryline } from './index.ts';
import { expandSketch, fixtureCases, readCaseFile, type CaseInput, type CaseSketch, type StoryInput } from './testing/FixtureCase.ts';

interface FamilyExpectation {
  speaker?: string | null;
  canonicalStartsWith?: string;
  origin?: { article: string; via: string[] };
  members: [article: string, quote: number, relation: string][];
}

interface StoryExpectation {
  title?: string;
  firstReport?: string;
  families?: FamilyExpectation[];
  exclusive?: Record<string, { includes?: string[]; excludes?: string[] }>;
  timeline?: (Omit<TimelineEntry, 'summary'> & { summary?: string })[];
}

interface CaseExpectation extends StoryExpectation {
  stories?: Record<string, StoryExpectation>;
  storyline?: { title?: string; stories?: string[]; timeline?: (Omit<TimelineEntry, 'summary'> & { summary?: string })[] };
}

const CONTEXT = { now: '2026-01-01T00:00:00Z' };

function checkSpans(input: StoryInput): void {
  for (const article of input.articles) {
    article.quotes.forEach((q, i) => assert.equal(article.text.slice(q.span[0], q.span[1]), q.text, `${article.id} quote ${i} span`));
    for (const d of article.dates) assert.equal(article.text.slice(d.span[0], d.span[1]), d.text, `${article.id} date span`);
  }
}

function checkTimeline(actual: TimelineEntry[], expected: NonNullable<StoryExpectation['timeline']>, where: string): void {
  assert.deepEqual(
    actual.map((e) => ({ date: e.date, granularity: e.granularity, articles: e.articles })),
    expected.map((e) => ({ date: e.date, granularity: e.granularity, articles: e.articles })),
    `${where}: timeline dates and sources`,
  );
  expected.forEach((e, i) => {
    if (e.summary !== undefined) assert.equal(actual[i]!.summary, e.summary, `${where}: timeline summary ${i}`);
  });
}

function checkStory(story: Story, expected: StoryExpectation, where: string): void {
  if (expected.title !== undefined) assert.equal(story.title, expected.title, `${where}: title`);
  if (expected.firstReport !== undefined) assert.equal(story.firstReport, expected.firstReport, `${where}: firstReport`);
  if (expected.families !== undefined) {
    assert.deepEqual(
      story.quoteFamilies.map((f) => f.members.map((m) => [m.article, m.quote, m.relation])),
      expected.families.map((f) => f.members),
      `${where}: family members and relations`,
    );
    expected.families.forEach((f, i) => {
      const actual = story.quoteFamilies[i]!;
      if (f.speaker !== undefined) assert.equal(actual.speaker, f.speaker, `${where}: family ${i} speaker`);
      if (f.canonicalStartsWith !== undefined) assert.ok(actual.canonical.startsWith(f.canonicalStartsWith), `${where}: family ${i} canonical`);
      if (f.origin !== undefined) assert.deepEqual(actual.origin, f.origin, `${where}: family ${i} origin`);
    });
  }
  for (const [article, { includes = [], excludes = [] }] of Object.entries(expected.exclusive ?? {})) {
    const sentences = story.exclusive.find((e) => e.article === article)?.sentences ?? [];
    for (const snippet of includes) assert.ok(sentences.some((s) => s.includes(snippet)), `${where}: ${article} should report alone "${snippet}"`);
    for (const snippet of excludes) assert.ok(!sentences.some((s) => s.includes(snippet)), `${where}: ${article} should not report alone "${snippet}"`);
  }
  if (expected.timeline !== undefined) checkTimeline(story.timeline, expected.timeline, where);
}

for (const name of fixtureCases()) {
  test(`compare fixture: ${name}`, () => {
    const sketch = readCaseFile<CaseSketch>(name, 'sketch.json');
    const input = readCaseFile<CaseInput>(name, 'input.json');
    const expected = readCaseFile<CaseExpectation>(name, 'expected.json');
    assert.deepEqual(input, expandSketch(sketch), 'input.json is stale: run node --import tsx src/compare/testing/build-fixtures.ts');
    if ('storyline' in input) {
      input.stories.forEach(checkSpans);
      const stories = input.stories.map((s) => compareStory(s, CONTEXT));
      for (const story of stories) checkStory(story, expected.stories?.[story.id] ?? {}, `${name}/${story.id}`);
      const line: Storyline = compareStoryline({ storyline: input.storyline, stories }, CONTEXT);
      const want = expected.storyline ?? {};
      if (want.title !== undefined) assert.equal(line.title, want.title, `${name}: storyline title`);
      if (want.stories !== undefined) assert.deepEqual(line.stories, want.stories, `${name}: storyline stories`);
      if (want.timeline !== undefined) checkTimeline(line.timeline, want.timeline, `${name}: storyline`);
    } else {
      checkSpans(input);
      const story = compareStory(input, CONTEXT);
      assert.deepEqual(JSON.parse(JSON.stringify(story)), story, 'Story must be JSON-safe');
      checkStory(story, expected, name);
    }
  });
}
