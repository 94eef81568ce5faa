import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldWord, normaliseForHash, tokenize, tokenizeWithNames } from './Tokenizer.ts';

/** The regex form the char-code scanner replaces (it must give exactly the same tokens). */
function reference(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const word = foldWord(match[0]);
    if (word.length >= 2 && !/^\d{1,2}$/.test(word)) out.push(word);
  }
  return out;
}

test('tokens: possessives dropped, plurals folded, short numbers and single letters dropped', () => {
  assert.deepEqual(tokenize("The Ministers' party's 12 cities, 2024 votes; a US bus is CRISIS-free"), [
    'the', 'minister', 'party', 'city', '2024', 'vote', 'us', 'bus', 'is', 'crisis', 'free',
  ]);
  assert.deepEqual(tokenize('one two three four', 2), ['one', 'two']);
});

test('the scanner matches the regex tokenizer on non-ASCII text', () => {
  const samples = ['Ελλάδα ΟΔΥΣΣΕΑΣ’s Café déjà-vu', 'İstanbul ǅemal ﬁnance 😀 𝐀𝐁 ٣٤٥ x\ud800y', 'rock’n’roll it’s Ünïcödé’S', 'naïve façades'];
  for (const text of samples) assert.deepEqual(tokenize(text), reference(text), text);
});

test('names are capitalised words that do not open a sentence', () => {
  const { names } = tokenizeWithNames('Police said. Tara Reid entered rehab with Lindsay Lohan\nMonday');
  assert.deepEqual(names, ['reid', 'lindsay', 'lohan']);
});

test('normalised text for exact copies ignores case, punctuation and spacing', () => {
  assert.equal(normaliseForHash('  Hello,   WORLD!\n Café 2024…  '), 'hello world café 2024');
  assert.equal(normaliseForHash('—'), '');
});
