import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateGranularity } from '../../model/records.ts';
import { contentStems } from '../words/ContentWords.ts';
import type { EventCandidate } from './EventCandidates.ts';
import { mergeEvents, sameEvent } from './TimelineMerger.ts';
import { summaryNames } from './StorylineTimeline.ts';

function event(article: string, date: string, summary: string, actors: string[], verb: string | null, granularity: DateGranularity = 'day'): EventCandidate {
  return { date, granularity, summary, articles: [article], actors: new Set(actors), verbs: new Set(verb ? [verb] : []), stems: new Set(contentStems(summary)) };
}

test('same date and shared actors with a compatible verb: one event', () => {
  assert.ok(sameEvent(event('a', '2024-05-08', 'Putin met Pashinyan', ['p', 'n'], 'meet'), event('b', '2024-05-08', 'Pashinyan and Putin held talks', ['n', 'p'], 'hold')));
  assert.ok(sameEvent(event('a', '2024-05-08', 'Putin met Pashinyan', ['p'], 'meet'), event('b', '2024-05-08', 'Putin met the Armenian leader', ['p'], 'meet')));
});

test('same date, one shared actor doing something else: two events', () => {
  assert.ok(!sameEvent(event('a', '2024-05-08', 'Pashinyan met Putin', ['n'], 'meet'), event('b', '2024-05-08', 'Pashinyan signed a decree on taxes', ['n'], 'sign')));
});

test('different dates or granularities never merge', () => {
  assert.ok(!sameEvent(event('a', '2024-05-08', 'Putin met Pashinyan', ['p', 'n'], 'meet'), event('b', '2024-05-09', 'Putin met Pashinyan', ['p', 'n'], 'meet')));
  assert.ok(!sameEvent(event('a', '2024-05', 'Putin met Pashinyan', ['p', 'n'], 'meet', 'month'), event('b', '2024-05', 'Putin met Pashinyan', ['p', 'n'], 'meet', 'week')));
});

test('month-precise events without actors merge only on similar summaries', () => {
  const a = event('a', '2024-02', 'The foreign ministers met in Geneva', [], 'meet', 'month');
  assert.ok(!sameEvent(a, event('b', '2024-02', 'Mishustin met his counterpart', ['m'], 'meet', 'month')));
  assert.ok(sameEvent(a, event('b', '2024-02', 'Foreign ministers met in Geneva for talks', [], 'hold', 'month')));
});

test('mergeEvents keeps every source and the most informative summary, in date order', () => {
  const entries = mergeEvents([
    event('c', '2024-05-08', 'Leaders met', [], 'meet'),
    event('a', '2024-05-08', 'Putin hosted Pashinyan in Moscow', ['p', 'n'], 'host'),
    event('b', '2024-05-08', 'Pashinyan met Putin in Moscow at the Eurasian summit', ['n', 'p'], 'meet'),
    event('a', '2023-11', 'Foreign ministers last met', [], 'meet', 'month'),
  ]);
  assert.deepEqual(
    entries.map((e) => [e.date, e.articles, e.summary]),
    [
      ['2023-11', ['a'], 'Foreign ministers last met'],
      ['2024-05-08', ['c', 'a', 'b'], 'Pashinyan met Putin in Moscow at the Eurasian summit'],
    ],
  );
});

test('summary names skip the first word', () => {
  assert.deepEqual([...summaryNames('Putin and Pashinyan met in Moscow')].sort(), ['moscow', 'pashinyan']);
});
