import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headlineOf } from './VisibleMetaReader.ts';
import { elementsOf, parsePage, type Element } from './tree.ts';

const h1Of = (html: string): Element => [...elementsOf(parsePage(`<html><body>${html}</body></html>`).root)].find((e) => e.tag === 'h1')!;

test('a subtitle glued into the <h1> ends the headline; spaced parts and glued single words stay', () => {
  assert.equal(headlineOf(h1Of('<h1>The Best Notion Alternatives<span class="block">Top Note-taking Tools like Notion</span></h1>')), 'The Best Notion Alternatives');
  assert.equal(headlineOf(h1Of('<h1>The <em>Best</em> Notion Alternatives</h1>')), 'The Best Notion Alternatives');
  assert.equal(headlineOf(h1Of('<h1>New Mac<b>Book</b> Pro reviewed</h1>')), 'New MacBook Pro reviewed');
});
