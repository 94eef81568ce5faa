import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseDate } from './DateChooser.ts';
import type { VisibleMeta } from './VisibleMetaReader.ts';

const seen = (datelines: VisibleMeta['datelines'] = {}): VisibleMeta => ({ microdata: {}, headings: [], datelines });
const line = (day: string, label: 'published' | 'updated' | 'plain' = 'plain') => ({ day, label, index: 0, fromTime: false });

test('structured dates lead; an earlier visible date line wins; a later one does not', () => {
  assert.deepEqual(chooseDate([['2025-08-21T00:00:00Z', 'json-ld']], undefined, undefined, seen()), { value: '2025-08-21T00:00:00Z', origin: 'json-ld' });
  assert.deepEqual(chooseDate([['2025-08-21T00:00:00Z', 'json-ld']], undefined, undefined, seen({ published: line('2023-04-26', 'published') })), { value: '2023-04-26', origin: 'dateline' });
  assert.equal(chooseDate([['2021-08-12T19:35:44+00:00', 'json-ld']], undefined, undefined, seen({ published: line('2025-02-22') }))?.origin, 'json-ld');
});

test('a UTC stamp one day after the stated local day keeps the stated day', () => {
  assert.deepEqual(chooseDate([['2025-12-19T02:41:41+00:00', 'opengraph']], undefined, '2025-12-18', seen()), { value: '2025-12-18', origin: 'url' });
  assert.equal(chooseDate([['2025-12-19T02:41:41-05:00', 'opengraph']], undefined, '2025-12-18', seen())?.value, '2025-12-19T02:41:41-05:00');
});

test('without structured data: <time>, URL, date line, and last an "updated" line', () => {
  assert.equal(chooseDate([[undefined, 'json-ld']], '2024-03-06', '2024-03-05', seen())?.origin, 'time-element');
  assert.deepEqual(chooseDate([], undefined, undefined, seen({ updated: line('2025-12-04', 'updated') })), { value: '2025-12-04', origin: 'dateline' });
  assert.equal(chooseDate([], undefined, undefined, seen()), null);
});

test('a JSON-LD date equal to the modified date gives way to an explicit earlier "Published" line anywhere', () => {
  const stamp = '2025-11-29T12:28:31-05:00';
  const labelled = { day: '2025-08-13', label: 'published' as const, index: 9000, fromTime: false };
  assert.equal(chooseDate([[stamp, 'json-ld']], undefined, undefined, seen({ labelled }), stamp)?.value, '2025-08-13');
  assert.equal(chooseDate([[stamp, 'json-ld']], undefined, undefined, seen({ labelled }), '2025-12-01T10:00:00-05:00')?.value, stamp);
  assert.equal(chooseDate([[stamp, 'json-ld']], undefined, undefined, seen({ labelled }))?.value, stamp);
});
