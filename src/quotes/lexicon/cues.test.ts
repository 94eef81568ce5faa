import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CUES } from './cues.ts';

test('the cue lexicon covers the news reporting verbs with lemma and tense', () => {
  for (const form of ['said', 'says', 'told', 'warned', 'stressed', 'noted', 'added', 'continued', 'concluded', 'complained', 'charged', 'argued', 'insisted', 'conceded', 'claimed', 'explained', 'tweeted', 'wrote', 'posted', 'emphasised', 'emphasized', 'underlined', 'suggested', 'believes', 'according to']) {
    assert.ok(CUES.has(form), form);
  }
  assert.deepEqual({ lemma: CUES.get('told')?.lemma, tense: CUES.get('told')?.tense, frame: CUES.get('told')?.frame }, { lemma: 'tell', tense: 'past', frame: 'object' });
  assert.equal(CUES.get('saying')?.tense, 'participle');
});
