import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDocument } from '../../model/records.ts';
import { extractText } from './extractText.ts';

/** Deterministic generator (mulberry32) so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Share', 'Subscribe', 'Leave a Reply', 'You May Also Like', 'By Jane Doe', 'Updated 3 hours ago', '©', '—', '/X/.',
  'The minister said on Tuesday that talks would continue.', '“Quoted words,” he said.', 'memberOn', '…', '\u0000', '\uFFFD',
  'Москва', '東京都', 'جديد', '\t', '   ', '-', '|', 'Top stories', 'MOSCOW — ', '(AP)', 'http://example.com/a?b=c',
];

const doc = (content: string): RawDocument => ({
  source: 'fuzz.txt', format: 'text', content, encoding: 'utf-8', given: {}, arrival: { kind: 'file' }, problems: [],
});

test('random page texts never throw and give JSON-safe records with valid spans', () => {
  const next = random(42);
  for (let run = 0; run < 200; run++) {
    const lines: string[] = [];
    const count = Math.floor(next() * 60);
    for (let l = 0; l < count; l++) {
      const parts = Math.floor(next() * 12);
      let line = '';
      for (let p = 0; p < parts; p++) line += `${PIECES[Math.floor(next() * PIECES.length)]}${next() < 0.8 ? ' ' : ''}`;
      lines.push(line);
    }
    const article = extractText(doc(lines.join(next() < 0.5 ? '\n' : '\r\n')), { now: '2024-06-06T00:00:00Z' });
    assert.deepEqual(JSON.parse(JSON.stringify(article)), article);
    for (const [start, end] of article.paragraphs) assert.ok(start >= 0 && end <= article.text.length && start < end);
  }
});

test('pathological inputs finish with a result', () => {
  const context = { now: '2024-06-06T00:00:00Z' };
  const huge = 'The council voted on Tuesday to fund new flood barriers. '.repeat(40_000);
  const cases = [
    '',
    '\n\n\n',
    huge, // one 2 MB line
    `${'Menu\n'.repeat(50_000)}`,
    Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('').repeat(100),
    'aB'.repeat(100_000),
  ];
  for (const content of cases) {
    const article = extractText(doc(content), context);
    assert.equal(typeof article.text, 'string');
  }
  const empty = extractText(doc('Menu\nHome\nShare'), context);
  assert.equal(empty.text, '');
  assert.ok(empty.problems.some((p) => p.ruleId === 'extract/empty-body'));
});
