import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromSketch } from '../testing/ArticleSketch.ts';
import { headlineFraming } from './HeadlineFraming.ts';
import { representativeTitle } from './StoryTitle.ts';

const a = articleFromSketch({ id: 'a', outlet: 'A', title: 'Russia urges Armenia not to trust the West', paragraphs: ['Body a.'] });
const b = articleFromSketch({ id: 'b', outlet: 'B', title: 'Moscow warns Armenia against leaving Russian-led defense bloc', paragraphs: ['Body b.'] });
const c = articleFromSketch({ id: 'c', outlet: 'C', title: 'Moscow warns Armenia over defense bloc exit', paragraphs: ['Body c.'] });
const untitled = articleFromSketch({
  id: 'u',
  paragraphs: ['Armenia could ruin its military ties with Russia if it withdraws from the Russian-led Collective Security Treaty Organization and keeps drifting west. More text.'],
});

test('title: the headline most like the others', () => {
  assert.equal(representativeTitle([a, b, c], 'a'), 'Moscow warns Armenia over defense bloc exit');
});

test('title: a tie goes to the first report', () => {
  assert.equal(representativeTitle([b, c], 'c'), 'Moscow warns Armenia over defense bloc exit');
});

test('title: without headlines, the first sentence, shortened at a word', () => {
  const title = representativeTitle([untitled], 'u');
  assert.ok(title.startsWith('Armenia could ruin its military ties'));
  assert.ok(title.endsWith('…') && title.length <= 121);
});

test('headline framing: each headline\'s words no other headline uses', () => {
  const framing = headlineFraming({ articles: ['a', 'b', 'c', 'u'] }, [a, b, c, untitled]);
  assert.deepEqual(
    framing.map((f) => [f.article, f.stresses]),
    [
      ['a', ['Russia', 'urges', 'not', 'trust', 'West']],
      ['b', ['leaving', 'Russian', 'led']],
      ['c', ['exit']],
    ],
  );
});
