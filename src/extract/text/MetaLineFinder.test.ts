import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromLine, dateNearTitle, isDateLine, parseByline } from './MetaLineFinder.ts';

test('bylines give the author; sentences starting with "By" do not', () => {
  assert.equal(parseByline('By Jane Doe'), 'Jane Doe');
  assert.equal(parseByline('By JANE DOE, Reuters'), 'JANE DOE');
  assert.equal(parseByline('By Jane Doe and John Roe | Updated 2 hours ago'), 'Jane Doe and John Roe');
  assert.equal(parseByline('By the end of the day, officials said the fire was contained.'), null);
  assert.equal(parseByline('By Monday'), null);
});

test('date lines, absolute and relative', () => {
  assert.ok(isDateLine('Updated 3 hours ago'));
  assert.ok(isDateLine('Published June 5, 2024 10:31 AM EDT'));
  assert.ok(isDateLine('June 5, 2024'));
  assert.ok(!isDateLine('The talks on June 5, 2024 ended without agreement on the border.'));
  assert.equal(dateFromLine('Published June 5, 2024 10:31 AM EDT', '2024-06-06T00:00:00Z'), '2024-06-05');
  assert.equal(dateFromLine('Updated 3 hours ago', '2024-06-06T00:00:00Z'), null);
});

test('the headline\'s date line: after it first, an "updated" day only when nothing else is stated', () => {
  const lines = ['Friday, December 20, 2025', 'Harbour wall approved', 'By Ana Lima • December 17, 2025 • 11 min read', 'Body text.'];
  assert.equal(dateNearTitle(lines, 1), '2025-12-17');
  assert.equal(dateNearTitle(['Harbour wall approved', 'Updated on', 'April 19, 2025', 'Body text.'], 0), '2025-04-19');
  assert.equal(dateNearTitle(['Harbour wall approved', 'Updated April 19, 2025', 'Posted 04-ago-2021'], 0), '2021-08-04');
  assert.equal(dateNearTitle(['Harbour wall approved', '3 days ago'], 0), null);
});

test('bylines with a capitalised "By" after "Written"', () => {
  assert.equal(parseByline('Written By Tina Flint Huffman'), 'Tina Flint Huffman');
  assert.equal(parseByline('Written by: Ana Lima'), 'Ana Lima');
});
