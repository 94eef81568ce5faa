import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from './language.ts';

test('franc’s ISO 639-3 answer comes back as ISO 639-1', () => {
  assert.equal(detectLanguage('The council voted on Tuesday to fund new flood barriers along the harbour, ending a long debate.'), 'en');
  assert.equal(detectLanguage('В Москве в субботу открылась крупная выставка русского авангарда, на которой представлено более двухсот работ.'), 'ru');
  assert.equal(detectLanguage('Der Stadtrat hat am Dienstag beschlossen, neue Hochwasserschutzanlagen am Hafen zu finanzieren.'), 'de');
});

test('too little text gives no language', () => {
  assert.equal(detectLanguage('Menu'), null);
  assert.equal(detectLanguage(''), null);
});
