import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanQuoteRegions } from './QuoteMarkScanner.ts';
import { paragraphsOf } from './UnitSegmenter.ts';

function quoted(text: string): string[] {
  return scanQuoteRegions(text, paragraphsOf(text)).map((r) => text.slice(r.span[0], r.span[1]));
}

test('apostrophes are not quote marks', () => {
  assert.deepEqual(quoted("Armenia’s allies don't agree, and the '90s are over."), []);
  assert.deepEqual(quoted('The Armenians’ view differs.'), []);
});

test('every mark style pairs', () => {
  assert.deepEqual(quoted('He said “yes” and „ja“ and « oui » and ‘si’ and "da".'), ['yes', 'ja', ' oui ', 'si', 'da']);
});

test('mismatched straight and curly marks pair', () => {
  assert.deepEqual(quoted('said that "Russia is interested,” while "the goals differ.”'), ['Russia is interested,', 'the goals differ.']);
});

test('a nested quote stays inside its outer quote', () => {
  assert.deepEqual(quoted('“I said ‘enough is enough’ to them,” she said.'), ['I said ‘enough is enough’ to them,']);
});

test('a multi-paragraph quote is one region with its re-opening mark recorded', () => {
  const text = '“First paragraph without a close.\n\n“Second paragraph,” she said.';
  const regions = scanQuoteRegions(text, paragraphsOf(text));
  assert.equal(regions.length, 1);
  assert.equal(regions[0]?.reopenings.length, 1);
});

test('an unclosed quote that does not continue is dropped', () => {
  assert.deepEqual(quoted('“Never closed.\n\nA new paragraph.'), []);
});
