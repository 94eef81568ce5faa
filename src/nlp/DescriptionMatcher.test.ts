import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { articleFrom } from './testArticle.ts';
import { findEntityAt, matchDescription } from './DescriptionMatcher.ts';
import { readNlp } from './readNlp.ts';

const text = readFileSync(new URL('./fixtures/example-004/input.txt', import.meta.url), 'utf8');
const article = readNlp(articleFrom(text, '2025-04-18'), { now: '2025-04-18' });

test('descriptions resolve to the nearest compatible earlier entity', () => {
  const end = text.length;
  const afterTalks = text.indexOf('Armenia’s relations with Russia');
  assert.equal(matchDescription(article, 'the Russian diplomat', afterTalks)?.name, 'Mikhail Galuzin');
  // Later in the article the nearest Russian diplomat is the foreign minister.
  assert.equal(matchDescription(article, 'the Russian diplomat', end)?.name, 'Sergei Lavrov');
  assert.equal(matchDescription(article, 'the Armenian deputy foreign minister', end)?.name, 'Mnatsakan Safaryan');
  assert.equal(matchDescription(article, 'the ministry', end)?.type, 'organization');
  assert.equal(matchDescription(article, 'the Kremlin', end)?.name, 'Kremlin');
  // Before Galuzin is first named, nothing Russian and diplomatic is known yet.
  assert.equal(matchDescription(article, 'the Russian diplomat', text.indexOf('Mikhail Galuzin')), null);
});

test('findEntityAt returns the entity whose mention covers the span', () => {
  const at = text.indexOf('Safaryan briefed');
  assert.equal(findEntityAt(article, [at, at + 8])?.name, 'Mnatsakan Safaryan');
  assert.equal(findEntityAt(article, [0, 2]), null);
});
