import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryMembership } from '../../model/records.ts';
import { articleFromSketch } from '../testing/ArticleSketch.ts';
import { sentenceOverlap } from './SentenceOverlap.ts';

const member = (article: string, duplicateOf: string | null = null): StoryMembership => ({
  article,
  duplicateOf,
  sharedTerms: [],
  sharedEntities: [],
  similarity: 1,
});

const A = articleFromSketch({
  id: 'a',
  outlet: 'Outlet A',
  paragraphs: [
    'The finance ministry raised the fuel tax by twelve percent on Monday. Truck drivers blocked the ring road in protest.',
    'The opposition called the decision a betrayal of rural voters.',
  ],
});
const B = articleFromSketch({
  id: 'b',
  outlet: 'Outlet B',
  paragraphs: ['On Monday the finance ministry raised the fuel tax by twelve percent, officials said. Farmers fear higher diesel prices.'],
});

test('exclusive: sentences no other outlet carries; shared: spans of those it does', () => {
  const { exclusive, shared } = sentenceOverlap([A, B], [member('a'), member('b')]);
  assert.deepEqual(exclusive.find((e) => e.article === 'a')!.sentences, [
    'Truck drivers blocked the ring road in protest.',
    'The opposition called the decision a betrayal of rural voters.',
  ]);
  assert.deepEqual(exclusive.find((e) => e.article === 'b')!.sentences, ['Farmers fear higher diesel prices.']);
  const spansA = shared.find((s) => s.article === 'a')!.spans;
  assert.deepEqual(spansA.map(([s, e]) => A.text.slice(s, e)), ['The finance ministry raised the fuel tax by twelve percent on Monday.']);
  const spansB = shared.find((s) => s.article === 'b')!.spans;
  assert.deepEqual(spansB.map(([s, e]) => B.text.slice(s, e)), ['On Monday the finance ministry raised the fuel tax by twelve percent, officials said.']);
});

test('a near-duplicate or the same outlet does not make a sentence shared', () => {
  const copy = articleFromSketch({ id: 'copy', outlet: 'Reprinter', paragraphs: A.text.split('\n\n') });
  const sameOutlet = articleFromSketch({ id: 'update', outlet: 'Outlet A', paragraphs: ['Truck drivers blocked the ring road in protest for a second day.'] });
  const { exclusive } = sentenceOverlap([A, copy, sameOutlet], [member('a'), member('copy', 'a'), member('update')]);
  assert.ok(exclusive.find((e) => e.article === 'a')!.sentences.includes('Truck drivers blocked the ring road in protest.'));
  assert.equal(exclusive.find((e) => e.article === 'a')!.sentences.length, 3);
});

test('sentences sharing only the story\'s common names stay exclusive', () => {
  const x = articleFromSketch({ id: 'x', paragraphs: ['Galuzin said Armenia and Russia remain allies despite the dispute over border guards.'] });
  const y = articleFromSketch({ id: 'y', paragraphs: ['Galuzin, Armenia and Russia were all mentioned in the annual report on grain exports.'] });
  const { exclusive } = sentenceOverlap([x, y], [member('x'), member('y')]);
  assert.equal(exclusive.find((e) => e.article === 'x')!.sentences.length, 1);
  assert.equal(exclusive.find((e) => e.article === 'y')!.sentences.length, 1);
});

test('a sentence holding a quote of a cross-outlet family is shared', () => {
  const x = articleFromSketch({ id: 'x', paragraphs: ['He warned that thoughtless steps could threaten sovereignty entirely.'] });
  const y = articleFromSketch({ id: 'y', paragraphs: ['Nothing here resembles that sentence at all, apart from length.'] });
  const span = x.sentences[0]!;
  const { shared } = sentenceOverlap([x, y], [member('x'), member('y')], new Map([['x', [[span[0] + 16, span[1] - 1] as [number, number]]]]));
  assert.equal(shared.find((s) => s.article === 'x')!.spans.length, 1);
});
