import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isGivenName, ordinaryWordsOnly } from './NamePlausibility.ts';
import { isLexiconWord, tokenise } from './Tokens.ts';

const words = (text: string) => tokenise(text).tokens.filter((t) => /\p{L}/u.test(t.text));

// First in the file: the lexicon's edge must not move with the words read before the first question.
test('the lexicon test does not depend on which articles were read first', () => {
  // wink gives unseen words the next free id: reading an article with a new word first must not make it a lexicon word.
  tokenise('Zorvanek and Quillibert met in Trelmont.');
  assert.equal(isLexiconWord('zorvanek'), false);
  assert.equal(isLexiconWord('quillibert'), false);
  assert.equal(isLexiconWord('voice'), true);
  assert.equal(isLexiconWord('kenya'), false, 'proper nouns the lexicon keeps are no ordinary words');
});

test('given names come from the generated list, case-folded', () => {
  assert.ok(isGivenName('laura'));
  assert.ok(isGivenName('grace'));
  assert.ok(!isGivenName('voice'));
});

test('a run of ordinary words is no person by shape; a given name or a word no lexicon knows keeps it one', () => {
  assert.ok(ordinaryWordsOnly(words('Village Voice')));
  assert.ok(ordinaryWordsOnly(words('Young Fathers')));
  assert.ok(!ordinaryWordsOnly(words('Grace Tanner')), 'a given name first');
  assert.ok(!ordinaryWordsOnly(words('Mikhail Galuzin')), 'words no English lexicon has');
  assert.ok(!ordinaryWordsOnly(words('Voice')), 'one word alone is left to context');
});
