import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statesOnlyUpdated } from './meta-text.ts';

test('updated-only: every visible line stating the day is labelled an update, also when the label is glued on', () => {
  assert.ok(statesOnlyUpdated('Headline\nBy Ana Lima\nUpdated March 5, 2024\nBody text.', '2024-03-05'));
  assert.ok(statesOnlyUpdated('Headline\nWritten by: Ana Lima, Senior AnalystUpdated Mar 5, 2024\nBody.', '2024-03-05'));
  assert.ok(statesOnlyUpdated('Last updated\nMarch 5, 2024\nBody.', '2024-03-05'));
  assert.ok(!statesOnlyUpdated('Headline\nMarch 5, 2024\nUpdated March 5, 2024', '2024-03-05'));
  // Not visible at all: not "updated-only" (the page may state it where text cannot show it).
  assert.ok(!statesOnlyUpdated('Headline\nBody.', '2024-03-05'));
});
