import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Story } from '../../model/records.ts';
import { ARTICLES, STORIES, STORYLINES } from '../../store/conformance/records.ts';
import { highlight, sparkline } from './lists.ts';
import { renderReportMarkdown, renderStoryMarkdown } from './markdown.ts';

const articles = new Map(ARTICLES.map((a) => [a.id, a]));

const story: Story = {
  ...STORIES[0]!,
  coverage: STORIES[0]!.articles.map((id) => ({ article: id, outlet: articles.get(id)!.outlet, title: articles.get(id)!.title, publishedAt: articles.get(id)!.publishedAt })),
  quoteFamilies: [{
    id: 'qf-1', speaker: 'Mikhail Galuzin', canonical: 'We call on Yerevan to refrain from rash decisions',
    members: [
      { article: 'a000000000000001', quote: 0, relation: 'earliest', diff: [] },
      { article: 'a000000000000002', quote: 0, relation: 'excerpt', diff: [] },
    ],
    origin: { article: 'a000000000000001', via: ['TASS'] },
  }],
  exclusive: [{ article: 'a000000000000003', sentences: ['Galuzin discussed the CSTO freeze.'] }],
  timeline: [{ date: '2024-02', granularity: 'month', summary: 'Pashinyan announced the CSTO freeze', articles: ['a000000000000003'] }],
};

test('a story renders its outlets, first report, quote families, exclusives, timeline and storyline', () => {
  const md = renderStoryMarkdown(story, articles, STORYLINES);
  assert.match(md, /^# Galuzin warns Yerevan$/m);
  assert.match(md, /3 articles from 2 outlets, 2024-06-05 to 2024-06-06/);
  assert.match(md, /\| Armenpress \(first report\) \| Galuzin warns Yerevan against rash decisions \| 2024-06-05 \|/);
  assert.match(md, /## First report\n\nArmenpress: “Galuzin warns Yerevan against rash decisions” \(2024-06-05\)/);
  assert.match(md, /### Mikhail Galuzin: “We call on Yerevan to refrain from rash decisions”/);
  assert.match(md, /Origin: Armenpress, citing TASS\./);
  assert.match(md, /- Mediamax \(excerpt\): “Refrain from rash decisions”/);
  assert.match(md, /## Only in one outlet\n\n### Armenpress\n\n- Galuzin discussed the CSTO freeze\./);
  assert.match(md, /- \*\*2024-02\*\* \(month\): Pashinyan announced the CSTO freeze \(Armenpress\)/);
  assert.match(md, /## Storyline\n\nPart of “Armenia and Russia”/);
});

test('table cells escape pipes and newlines', () => {
  const odd = { ...story, coverage: [{ article: 'a000000000000001', outlet: 'A|B', title: 'Line one\nline two', publishedAt: null }] };
  assert.match(renderStoryMarkdown(odd, articles), /\| A\\\|B \(first report\) \| Line one line two \| undated \|/);
});

test('a report renders its biggest story first, then the storylines', () => {
  const md = renderReportMarkdown({ version: 1, articles: ARTICLES, stories: [STORIES[1]!, story], storylines: STORYLINES });
  assert.ok(md.indexOf('# Galuzin warns Yerevan') < md.indexOf('# Pashinyan in Moscow'));
  assert.match(md, /# Storylines\n\n- Armenia and Russia \(`l-armenia-russia`\): 2 stories/);
  assert.match(renderReportMarkdown({ version: 1, articles: [], stories: [], storylines: [] }), /No stories/);
});

test('spark lines scale to the busiest day and show gaps; highlights become bold', () => {
  assert.equal(sparkline([{ count: 1 }, { count: 0 }, { count: 4 }]), '▂ █');
  assert.equal(sparkline([]), '');
  assert.equal(highlight('a \u0002word\u0003 b', false), 'a **word** b');
  assert.equal(highlight('\u0002w\u0003', true), '\u001b[1mw\u001b[22m');
});
