import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedArticle, RawDocument } from '../../model/records.ts';
import type { OutletTemplates } from '../../model/stage.ts';
import {
  applyTemplateLesson, isTemplateLine, learnOutletTemplates, outletKey, pickTemplate, templateFingerprint, templateKeysOf, templateLesson,
} from './OutletTemplates.ts';

const article = (outlet: string | null, url: string | null = null) => ({ outlet, url });
const fp = (line: string) => templateFingerprint(line)!;
const courier = (t: OutletTemplates) => t.outlets.courier ?? null;

test('learning is pure and counts each line once per document', () => {
  const before = learnOutletTemplates(undefined, article('Courier'), ['Menu', 'Menu', '© 2024 Courier']);
  const frozen = JSON.stringify(before);
  const after = learnOutletTemplates(before, article('Courier'), ['Menu', '© 2025 Courier', 'A line of its own.']);
  assert.equal(JSON.stringify(before), frozen, 'input not mutated');
  assert.equal(after.outlets.courier?.documents, 2);
  assert.deepEqual(after.outlets.courier?.lines[fp('Menu')], { documents: 2, first: 1, last: 2 });
  assert.equal(fp('© 2024 Courier'), fp('© 2025 Courier'), 'years fold together');
  assert.ok(isTemplateLine(courier(after), '© 2026 Courier'));
  assert.ok(!isTemplateLine(courier(after), 'A line of its own.'));
  assert.equal(pickTemplate(after, ['other']), null);
  assert.equal(pickTemplate(after, ['other', 'courier']), courier(after));
});

test('no outlet and no URL teaches nothing; the URL host is the fallback key', () => {
  const none = learnOutletTemplates(undefined, article(null), ['Menu']);
  assert.deepEqual(none, { outlets: {} });
  assert.equal(outletKey(null, 'https://www.example.org/a/b'), 'example.org');
  assert.equal(outletKey(null, 'not a url'), null);
});

test('long prose lines need three documents, so a story stored twice keeps its body', () => {
  const paragraph = 'The council voted on Tuesday to fund new flood barriers along the harbour, ending a debate that has lasted for more than three years in the city.';
  let t = learnOutletTemplates(undefined, article('Courier'), [paragraph]);
  t = learnOutletTemplates(t, article('Courier'), [paragraph]);
  assert.ok(!isTemplateLine(courier(t), paragraph));
  t = learnOutletTemplates(t, article('Courier'), [paragraph]);
  assert.ok(isTemplateLine(courier(t), paragraph));
});

test('the share counts from where a line first appeared: a redesign is learned, old chrome fades', () => {
  let t: OutletTemplates | undefined;
  for (let i = 0; i < 10; i++) t = learnOutletTemplates(t, article('Courier'), ['Old menu', `Story ${'abcdefghij'[i]}`]);
  for (let i = 0; i < 20; i++) t = learnOutletTemplates(t, article('Courier'), ['New menu', `Story ${'klmnopqrstuvwxyzABCD'[i]}`]);
  assert.ok(isTemplateLine(courier(t!), 'New menu'), 'new chrome: 20 of the 20 pages since it appeared');
  assert.ok(!isTemplateLine(courier(t!), 'Old menu'), 'old chrome: 10 of 30 pages');
});

test('a lesson is keyed by the given outlet, then the URL host, then the outlet found; only text mode learns', () => {
  const raw = (given: RawDocument['given'], format: 'text' | 'html' = 'text'): RawDocument => ({
    source: 'x', format, content: 'Menu\nSubscribe now\nMenu', encoding: 'utf-8', given, arrival: { kind: 'file' }, problems: [],
  });
  const found = { outlet: 'Found Daily' } as ExtractedArticle;
  assert.equal(templateLesson(raw({ outlet: 'The Courier', url: 'https://courier.example/a' }), found)?.outlet, 'the courier');
  assert.equal(templateLesson(raw({ url: 'https://www.courier.example/a' }), found)?.outlet, 'courier.example');
  assert.equal(templateLesson(raw({}), found)?.outlet, 'found daily');
  assert.equal(templateLesson(raw({}), { outlet: null } as ExtractedArticle), null);
  assert.equal(templateLesson(raw({ outlet: 'X' }, 'html'), found), null);
  assert.equal(templateLesson(raw({ outlet: 'X' }), found)?.fingerprints.length, 2, 'distinct lines');
  assert.deepEqual(templateKeysOf(raw({ outlet: 'The Courier', url: 'https://courier.example/a' })), ['the courier', 'courier.example']);
  const once = applyTemplateLesson(undefined, { outlet: 'a', fingerprints: ['f1', 'f1'] });
  assert.deepEqual(once, { outlets: { a: { documents: 1, lines: { f1: { documents: 1, first: 1, last: 1 } } } } });
});
