/**
 * Pooled runs learn outlet templates along the run as one thread does (TemplateTimeline):
 * pages of an outlet given up front see every earlier page of that outlet, whatever the
 * threads' timing, so the results equal `analyzeDocuments` in one thread.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocuments } from '../pipeline.ts';
import { templateLesson } from '../extract/index.ts';
import type { AnalyzedArticle, RawDocument } from '../model/records.ts';
import type { StageContext, TemplateLesson } from '../model/stage.ts';
import { HOUSE, page, PAGES } from '../../tests/support/outletPages.ts';
import { createAnalyzerPool, type AnalyzerPool } from './index.ts';
import { TemplateTimeline } from './TemplateTimeline.ts';
import { exampleCorpus } from './testing/corpus.ts';

const context: StageContext = { now: '2026-01-01T00:00:00.000Z' };

/** The Harbour Times pages again under a second outlet, so two outlets learn side by side. */
function otherOutlet(i: number): RawDocument {
  const doc = page(i);
  return { ...doc, source: `courier/${i}.txt`, content: doc.content.replaceAll('Harbour Times', 'Coast Courier').replaceAll('Councillors', 'Council members'), given: { outlet: 'Coast Courier' } };
}

/** Two outlets interleaved, with unrelated documents between them. */
const input: RawDocument[] = [...PAGES.flatMap((doc, i) => [doc, otherOutlet(i)]), ...exampleCorpus().slice(0, 2)];

async function pooled(pool: AnalyzerPool): Promise<AnalyzedArticle[]> {
  const out: AnalyzedArticle[] = [];
  for await (const { raw, result } of pool.analyzeAll(input, context)) {
    assert.ok(result.ok, result.ok ? '' : result.error);
    out.push(result.article);
    pool.learn(raw, templateLesson(raw, result.article));
  }
  return out;
}

describe('template learning in a pool', () => {
  let two: AnalyzerPool;
  before(() => {
    two = createAnalyzerPool({ workers: 2, learnTemplates: true });
  });
  after(() => two.close());

  test('gives what one thread gives, learning along the run', async () => {
    const inline = analyzeDocuments(input, context);
    assert.equal(inline.length, input.length);
    const threaded = await pooled(two);
    assert.deepEqual(threaded.map((a) => a.source), input.map((d) => d.source));
    for (let i = 0; i < input.length; i++) assert.equal(JSON.stringify(threaded[i]), JSON.stringify(inline[i]), input[i]!.source);
    // The house lines leave the later pages of both outlets.
    const kept = threaded.slice(0, 12).map((a) => HOUSE.some((line) => a.text.includes(line)));
    assert.deepEqual(kept.slice(0, 4), [true, true, true, true]);
    assert.ok(kept.slice(4).every((k) => !k), `house lines kept: ${kept.join(', ')}`);
  });

  test('a second run gives the same results (no timing in them)', async () => {
    const first = (await pooled(two)).map((a) => JSON.stringify(a));
    const second = (await pooled(two)).map((a) => JSON.stringify(a));
    assert.deepEqual(second, first);
  });
});

describe('TemplateTimeline', () => {
  const lesson = (outlet: string, n: number): TemplateLesson => ({ outlet, fingerprints: [`line-${n}`, 'house'] });
  const text = (source: string, given: RawDocument['given']): RawDocument => ({ source, format: 'text', content: 'Some line\nAnother line', encoding: 'utf-8', given, arrival: { kind: 'file' }, problems: [] });

  test('a page waits for its outlet\'s earlier pages, and sees no later lesson', () => {
    const timeline = new TemplateTimeline(undefined, 4);
    const a0 = text('a0', { outlet: 'A' });
    const b0 = text('b0', { outlet: 'B' });
    const a1 = text('a1', { outlet: 'A' });
    const [e0, e1, e2] = [a0, b0, a1].map((d) => timeline.register(d));
    assert.equal(timeline.waits(e0!), false);
    assert.equal(timeline.waits(e1!), false);
    assert.equal(timeline.waits(e2!), true, 'a1 waits for a0');
    assert.equal(timeline.view(e0!), null);
    timeline.settle(a0, lesson('a', 0));
    assert.equal(timeline.waits(e2!), false);
    // b0 is not settled, but its outlet is not a1's: a1 may start.
    const seen = timeline.view(e2!);
    assert.deepEqual(Object.keys(seen?.outlets ?? {}), ['a']);
    assert.equal(seen!.outlets['a']!.documents, 1);
  });

  test('a page with no given outlet teaches later pages only after the lag', () => {
    const timeline = new TemplateTimeline(undefined, 2);
    const docs = [text('x0', {}), text('x1', {}), text('x2', { outlet: 'Found' }), text('x3', { outlet: 'Found' })];
    const entries = docs.map((d) => timeline.register(d));
    timeline.settle(docs[0]!, lesson('found', 0));
    timeline.settle(docs[1]!, lesson('found', 1));
    // x2 (seq 2, lag 2) sees x0 only; x3 sees x0 and x1, and x2 (given outlet) once settled.
    assert.equal(timeline.view(entries[2]!)?.outlets['found']?.documents, 1);
    timeline.settle(docs[2]!, lesson('found', 2));
    assert.equal(timeline.view(entries[3]!)?.outlets['found']?.documents, 3);
  });

  test('pages with no given outlet wait for earlier pages naming the same outlet', () => {
    const timeline = new TemplateTimeline(undefined, 4);
    const withSite = (source: string, site: string): RawDocument => ({ ...text(source, {}), content: `Home\nA headline about the harbour\nSome body text that reads as prose.\n© 2024 ${site}. All rights reserved.` });
    const f0 = withSite('f0', 'Found News');
    const o0 = withSite('o0', 'Other Post');
    const f1 = withSite('f1', 'Found News');
    const [, , e2] = [f0, o0, f1].map((d) => timeline.register(d));
    assert.equal(timeline.waits(e2!), true, 'f1 waits for f0');
    timeline.settle(f0, lesson('found news', 0));
    assert.equal(timeline.waits(e2!), false, 'o0 names another outlet');
    assert.equal(timeline.view(e2!)?.outlets['found news']?.documents, 1);
  });
});
