import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, NlpArticle, Span } from '../model/records.ts';
import { extractedFrom } from './fixtureArticle.ts';
import { makeReadQuotes } from './readQuotes.ts';
import { bareName } from './SpeakerResolver.ts';

function entity(id: string, name: string, type: Entity['type'], text: string, mentions: string[], roles: string[] = []): Entity {
  const spans: Span[] = [];
  for (const m of mentions) {
    for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) spans.push([at, at + m.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  return { id, key: `${type}:${id}`, name, type, aliases: [], roles, affiliation: null, acronym: null, mentions: spans, countryCode: null, stage: 'nlp' };
}

// Hand-made nlp output, so these tests do not depend on the nlp stage.
const text = [
  'Russian Deputy Foreign Minister Mikhail Galuzin met Armenian officials on Monday.',
  '“We are ready for this,” the Russian diplomat told TASS.',
  'Sergei Lavrov, who replaced Igor Ivanov as minister in 2004, said the talks had failed.',
  '“Nothing has changed,” he warned.',
].join('\n\n');
const article: NlpArticle = {
  ...extractedFrom(text),
  sentences: [],
  dates: [],
  entities: [
    entity('e1', 'Mikhail Galuzin', 'person', text, ['Mikhail Galuzin'], ['Deputy Foreign Minister']),
    entity('e2', 'Sergei Lavrov', 'person', text, ['Sergei Lavrov'], ['minister']),
    entity('e3', 'Igor Ivanov', 'person', text, ['Igor Ivanov']),
  ],
};

test('descriptions, asides and pronouns resolve to entities (local fallbacks, no nlp)', () => {
  const quotes = makeReadQuotes()(article, { now: '2024-06-05T00:00:00Z' }).quotes;
  const by = (start: string) => quotes.find((q) => q.text.startsWith(start));
  assert.equal(by('We are ready')?.speakerEntity, 'e1');
  assert.deepEqual(by('We are ready')?.via, ['TASS']);
  assert.equal(by('the talks had failed')?.speaker, 'Sergei Lavrov');
  assert.equal(by('Nothing has changed')?.speaker, 'Sergei Lavrov');
  assert.equal(by('Nothing has changed')?.speakerMention, 'he');
});

test('bare names drop titles', () => {
  assert.equal(bareName('Russian Deputy Foreign Minister Mikhail Galuzin'), 'Mikhail Galuzin');
  assert.equal(bareName('Deputy Foreign Minister of Russia Mikhail Galuzin'), 'Mikhail Galuzin');
  assert.equal(bareName('the Russian Foreign Ministry'), 'Russian Foreign Ministry');
});
