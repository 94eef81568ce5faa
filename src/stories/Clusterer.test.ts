import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { AnalyzedArticle } from '../model/records.ts';
import { createClusterer } from './Clusterer.ts';
import { clusterArticles, clusterStories } from './clusterStories.ts';
import { minimalArticle, type MinimalArticleInput } from './minimalArticle.ts';

const example: AnalyzedArticle[] = readFileSync(new URL('./fixtures/example-armenia-russia/articles.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => minimalArticle(JSON.parse(line) as MinimalArticleInput));

/** Short synthetic event reports: three distinct events, each told by several outlets on one day. */
function events(): AnalyzedArticle[] {
  const topics = [
    { day: '2024-03-01', words: 'flood river valley evacuated villagers rescue boats rainfall dam overflow' },
    { day: '2024-03-01', words: 'election parliament coalition ballots turnout candidates opposition campaign' },
    { day: '2024-03-20', words: 'earthquake magnitude epicentre tremor buildings collapsed aftershocks seismologists' },
  ];
  const out: AnalyzedArticle[] = [];
  topics.forEach((topic, t) => {
    const words = topic.words.split(' ');
    for (let k = 0; k < 4; k++) {
      const rotated = [...words.slice(k), ...words.slice(0, k)];
      out.push(
        minimalArticle({ id: `t${t}-a${k}`, publishedAt: `${topic.day}T0${k}:00:00Z`, title: rotated.slice(0, 4).join(' '), text: `${rotated.join(' ')}. Officials said ${rotated.slice(2, 6).join(' ')}.` }),
      );
    }
  });
  return out;
}

test('the batch stage is deterministic and ignores input order', () => {
  const a = clusterStories({ articles: example }, { now: '2026-01-01' });
  const b = clusterStories({ articles: [...example].reverse() }, { now: '2026-01-01' });
  assert.deepEqual(a, b);
});

test('the batch stage ignores input order for undated articles too (IDF is primed in publication order)', () => {
  const undated = events().map((article) => ({ ...article, publishedAt: null }));
  const rotated = [...undated.slice(5), ...undated.slice(0, 5)];
  const a = clusterArticles(undated);
  assert.deepEqual(clusterArticles([...undated].reverse()), a);
  assert.deepEqual(clusterArticles(rotated), a);
});

test('distinct events on text alone form distinct stories', () => {
  const stories = clusterArticles(events()).stories.map((s) => s.articles.map((a) => a.slice(0, 2)));
  assert.deepEqual(stories.map((s) => [...new Set(s)]).sort(), [['t0'], ['t1'], ['t2']]);
});

test('re-adding an article returns its story instead of duplicating it', () => {
  const clusterer = createClusterer();
  const first = example.map((a) => clusterer.add(a));
  const again = clusterer.add(example[1]!);
  const home = clusterer.clustering().stories.find((s) => s.articles.includes(example[1]!.id))!;
  assert.equal(again.story, home.id);
  assert.deepEqual(again.membership, home.members.find((m) => m.article === example[1]!.id));
  assert.equal(first.length, example.length);
  assert.equal(clusterer.clustering().stories.flatMap((s) => s.articles).length, example.length);
});

test('members say why they joined', () => {
  const story = clusterArticles(example).stories.find((s) => s.articles.length > 1)!;
  const joined = story.members.filter((m) => m.article !== story.articles[0]);
  assert.ok(joined.every((m) => m.sharedTerms.length > 0 && m.similarity > 0 && m.similarity <= 1));
});

test('a snapshot resumes exactly: split run = uninterrupted run', () => {
  const articles = [...events(), ...example];
  const whole = createClusterer();
  articles.forEach((a, i) => {
    whole.add(a);
    if (i === 6 || i === 10) whole.maintain();
  });
  const part = createClusterer();
  for (const a of articles.slice(0, 7)) part.add(a);
  part.maintain();
  const saved = JSON.parse(JSON.stringify(part.snapshot())) as ReturnType<typeof part.snapshot>;
  const resumed = createClusterer(saved);
  articles.slice(7).forEach((a, i) => {
    resumed.add(a);
    if (i + 7 === 10) resumed.maintain();
  });
  assert.deepEqual(resumed.clustering(), whole.clustering());
  assert.deepEqual(JSON.parse(JSON.stringify(resumed.snapshot())), JSON.parse(JSON.stringify(whole.snapshot())));
});

test('old stories leave the in-memory window but stay listed', () => {
  const archived: string[] = [];
  const clusterer = createClusterer(undefined, { onArchive: (s) => archived.push(s.id) });
  for (const a of example) clusterer.add(a);
  clusterer.maintain();
  // The 2024 story is more than WINDOW_DAYS older than the 2025 article: archived, still listed.
  assert.equal(archived.length, 1);
  assert.equal(clusterer.clustering().stories.length, 2);
  assert.equal(clusterer.snapshot().active.length, 1);
});

test('a compact archive keeps signatures only, and names archived stories in their storylines as the full one does', () => {
  const full = createClusterer();
  const compact = createClusterer(undefined, { compactArchive: true });
  for (const a of example) {
    full.add(a);
    compact.add(a);
  }
  full.maintain();
  compact.maintain();
  // The session that archived a story still lists it in full (a store saves it then).
  assert.deepEqual(compact.clustering(), full.clustering());
  const state = compact.snapshot();
  assert.equal(state.archived.length, 0);
  assert.equal(state.archivedSignatures?.length, 1);
  const resumed = createClusterer(JSON.parse(JSON.stringify(state)), { compactArchive: true });
  const archivedId = state.archivedSignatures![0]!.id;
  assert.deepEqual(resumed.archivedIds(), [archivedId]);
  assert.deepEqual(resumed.clustering().stories, full.clustering().stories.filter((s) => s.id !== archivedId));
  assert.deepEqual(resumed.clustering().storylines, full.clustering().storylines);
  // A full snapshot resumes compact too.
  const converted = createClusterer(JSON.parse(JSON.stringify(full.snapshot())), { compactArchive: true });
  assert.deepEqual(converted.clustering().storylines, full.clustering().storylines);
  assert.deepEqual(converted.archivedIds(), [archivedId]);
});

test('an undated corpus clusters by content alone', () => {
  const undated = events().map((a) => ({ ...a, publishedAt: null }));
  const stories = clusterArticles(undated).stories;
  assert.equal(stories.length, 3);
});

test('with retainArchived false, memory follows the live window: archived one-off stories leave no storylines behind', () => {
  const clusterer = createClusterer(undefined, { retainArchived: false });
  const words = ['harbour', 'glacier', 'orchard', 'violin', 'satellite', 'tunnel', 'vineyard', 'lighthouse', 'meteor', 'canyon'];
  for (let day = 0; day < 60; day++) {
    for (let k = 0; k < 5; k++) {
      const w = (i: number) => `${words[(day + k + i) % words.length]}${day}x${k}`;
      const text = `${w(0)} ${w(1)} ${w(2)} ${w(3)} report number ${day * 5 + k} on ${w(4)} and ${w(5)}.`;
      clusterer.add(minimalArticle({ id: `d${day}-${k}`, publishedAt: new Date(Date.UTC(2024, 0, 1 + day)).toISOString(), title: w(0), text }));
    }
  }
  clusterer.maintain();
  const state = clusterer.snapshot();
  // 300 one-article stories over 60 days: only the last week's stay, with their own lines.
  assert.ok(state.active.length <= 45, `active ${state.active.length}`);
  assert.ok(state.storylines.length <= state.active.length, `lines ${state.storylines.length}`);
  assert.ok(state.near.length + state.exact.length <= 2 * 45);
  assert.equal(state.archived.length, 0);
});

test('the closing pass makes the stories independent of arrival order (streaming, IDF learned as it goes)', () => {
  const undated = events().map((a) => ({ ...a, publishedAt: null }));
  // A syndicated copy of one report: its group is replayed at its earliest member, whichever copy came first.
  const copy = { ...undated[1]!, id: 't0-copy' };
  const articles = [...undated, copy, ...example];
  const storiesOf = (order: readonly AnalyzedArticle[]) => {
    const clusterer = createClusterer();
    for (const a of order) clusterer.add(a);
    clusterer.refine();
    return clusterer
      .clustering()
      .stories.map((s) => [...s.articles].sort())
      .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  };
  const inOrder = storiesOf(articles);
  assert.deepEqual(storiesOf([...articles].reverse()), inOrder);
  assert.deepEqual(storiesOf([...articles.slice(7), ...articles.slice(0, 7)]), inOrder);
  assert.deepEqual(storiesOf([copy, ...articles.filter((a) => a !== copy)]), inOrder);
});

test('a snapshot taken after the closing pass resumes exactly (term frequencies and line aliases included)', () => {
  const articles = [...events(), ...example];
  const whole = createClusterer();
  for (const a of articles.slice(0, 8)) whole.add(a);
  whole.refine();
  const saved = JSON.parse(JSON.stringify(whole.snapshot())) as ReturnType<typeof whole.snapshot>;
  assert.ok(saved.active.some((s) => s.members.some((m) => (m.tf?.length ?? 0) > 0)), 'members keep their term frequencies');
  const resumed = createClusterer(saved);
  for (const a of articles.slice(8)) {
    whole.add(a);
    resumed.add(a);
  }
  whole.refine();
  resumed.refine();
  assert.deepEqual(resumed.clustering(), whole.clustering());
});
