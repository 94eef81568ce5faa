import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFeatures } from './ArticleVectorizer.ts';
import { minimalArticle } from './minimalArticle.ts';
import { Vocabulary } from './Vocabulary.ts';

test('ids are dense, stable and survive growth and a restart', () => {
  const vocabulary = new Vocabulary({ source: 'test', documents: 10, df: { minister: 4 } });
  const words = Array.from({ length: 100_000 }, (_, i) => `w${i.toString(36)}`);
  words.forEach((w, i) => assert.equal(vocabulary.id(w), i));
  words.forEach((w, i) => assert.equal(vocabulary.id(w), i));
  const minister = vocabulary.id('minister');
  assert.equal(vocabulary.term(minister), 'minister');
  assert.ok(vocabulary.idf(minister) < vocabulary.idf(vocabulary.id('w0')));
  assert.ok(vocabulary.isEntity(vocabulary.id('@person:x')));
  vocabulary.observe([minister]);
  const restored = new Vocabulary({ source: 'test', documents: 10, df: { minister: 4 } }, vocabulary.toJSON());
  assert.equal(restored.id('minister'), minister);
  assert.equal(restored.id('w2n9c'), vocabulary.id('w2n9c'));
  assert.equal(restored.idf(minister), vocabulary.idf(minister));
});

test('name share: how often a word is written as a name (from article bodies), kept across a restart', () => {
  const vocabulary = new Vocabulary({ source: 'test', documents: 0, df: {} });
  const text = 'Actress Lindsay Lohan entered rehab on Friday. Her lawyer said Lohan chose rehab. Lohan is well.';
  articleFeatures(minimalArticle({ id: 'a', text }), vocabulary);
  const share = (word: string) => vocabulary.nameShare(vocabulary.id(word));
  // "Lohan": twice mid-sentence, once opening a sentence; "rehab" never capitalised.
  assert.ok(Math.abs(share('lohan') - 2 / 3) < 1e-9);
  assert.equal(share('rehab'), 0);
  assert.equal(share('@person:lindsay-lohan'), 1);
  assert.equal(share('never-seen'), 0);
  const restored = new Vocabulary({ source: 'test', documents: 0, df: {} }, vocabulary.toJSON());
  assert.equal(restored.nameShare(restored.id('lohan')), share('lohan'));
});
