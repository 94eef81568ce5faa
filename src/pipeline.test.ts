/**
 * The in-memory pipeline (`chorus analyze`) learns outlet templates along the batch as the store
 * does along ingests: the outlet's house lines stay in its first pages and leave the later ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HOUSE, PAGES } from '../tests/support/outletPages.ts';
import { analyze } from './pipeline.ts';

const CONTEXT = { now: '2024-06-01T00:00:00Z' };

describe('analyze', () => {
  it('cleans later pages of an outlet with the template learned from the earlier ones', () => {
    const report = analyze(PAGES, CONTEXT);
    const keptHouse = report.articles.map((article) => HOUSE.some((line) => article.text.includes(line)));
    assert.deepEqual(keptHouse.slice(0, 2), [true, true]);
    assert.ok(keptHouse.slice(2).every((kept) => !kept), `house lines kept: ${keptHouse.join(', ')}`);
    assert.ok(report.articles.every((article) => article.text.includes('Councillors in')));
  });

  it('analyses a raw input given twice once, even after its outlet template has changed', () => {
    const report = analyze([...PAGES, PAGES[0]!], CONTEXT);
    assert.equal(report.articles.length, PAGES.length);
  });
});
