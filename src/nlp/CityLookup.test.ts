import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDateline, knownCity, usedAsPersonName } from './CityLookup.ts';
import { lexicon } from './Lexicon.ts';
import { tokenise } from './Tokens.ts';

test('the city list keeps large cities, flags English-word names and leaves countries and capitals to the gazetteer', () => {
  const { cities } = lexicon();
  assert.equal(cities.get('Tampere')?.place.countryCode, 'FI');
  assert.equal(cities.get('Tampere')?.commonWord, false);
  assert.equal(cities.get('Reading')?.commonWord, true);
  assert.equal(cities.has('Paris'), false, 'a capital is the gazetteer’s');
});

test('a city name used as a person’s name in the article is flagged; datelines in capitals are read', () => {
  const text = 'LEEDS, England — Mayor Dana Preston visited. Preston said the city was ready.';
  const { tokens } = tokenise(text);
  assert.equal(knownCity(text, tokens, 0, 0)?.place.name, 'Leeds');
  const preston = tokens.findIndex((t) => t.text === 'Preston');
  assert.ok(knownCity(text, tokens, preston, preston));
  assert.equal(usedAsPersonName(tokens, preston, preston), true);
  assert.equal(usedAsPersonName(tokens, 0, 0), false);
  assert.equal(isDateline(tokens, 0, 0), true, 'a city in capitals opening the text, before a comma');
  assert.equal(isDateline(tokens, preston, preston), false);
});
