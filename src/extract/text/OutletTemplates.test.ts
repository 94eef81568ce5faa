import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedArticle } from '../../model/records.ts';
import { isTemplateLine, learnOutletTemplates, outletKey } from './OutletTemplates.ts';

const article = (outlet: string | null, url: string | null = null) => ({ outlet, url }) as unknown as ExtractedArticle;

test('learning is pure and counts each line once per document', () => {
  const before = learnOutletTemplates(undefined, article('Courier'), ['Menu', 'Menu', '© 2024 Courier']);
  const frozen = JSON.stringify(before);
  const after = learnOutletTemplates(before, article('Courier'), ['Menu', '© 2025 Courier', 'A line of its own.']);
  assert.equal(JSON.stringify(before), frozen, 'input not mutated');
  assert.equal(after.documents.courier, 2);
  assert.equal(after.lines.courier?.menu, 2);
  assert.equal(after.lines.courier?.['0 courier'], 2, 'years fold together');
  assert.ok(isTemplateLine(after, 'courier', '© 2026 Courier'));
  assert.ok(!isTemplateLine(after, 'courier', 'A line of its own.'));
  assert.ok(!isTemplateLine(after, 'other', 'Menu'));
});

test('no outlet and no URL teaches nothing; the URL host is the fallback key', () => {
  const none = learnOutletTemplates(undefined, article(null), ['Menu']);
  assert.deepEqual(none, { lines: {}, documents: {} });
  assert.equal(outletKey(null, 'https://www.example.org/a/b'), 'example.org');
});

test('long prose lines need three documents, so a story stored twice keeps its body', () => {
  const paragraph = 'The council voted on Tuesday to fund new flood barriers along the harbour, ending a debate that has lasted for more than three years in the city.';
  let t = learnOutletTemplates(undefined, article('Courier'), [paragraph]);
  t = learnOutletTemplates(t, article('Courier'), [paragraph]);
  assert.ok(!isTemplateLine(t, 'courier', paragraph));
  t = learnOutletTemplates(t, article('Courier'), [paragraph]);
  assert.ok(isTemplateLine(t, 'courier', paragraph));
});
