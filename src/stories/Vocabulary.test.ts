import assert from 'node:assert/strict';
import { test } from 'node:test';
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
