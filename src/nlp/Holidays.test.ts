import assert from 'node:assert/strict';
import { test } from 'node:test';
import { easterSunday, HOLIDAY_PATTERN, HOLIDAY_WORDS, HOLIDAYS, holidayRule } from './Holidays.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);

test('Easter Sunday by the Gregorian computus', () => {
  assert.equal(iso(easterSunday(2024)), '2024-03-31');
  assert.equal(iso(easterSunday(2025)), '2025-04-20');
  assert.equal(iso(easterSunday(2019)), '2019-04-21');
});

test('movable and fixed holidays by name, in any case and apostrophe', () => {
  assert.equal(iso((holidayRule('Good Friday') as (y: number) => Date)(2024)), '2024-03-29');
  assert.equal(iso((holidayRule('Memorial Day') as (y: number) => Date)(1986)), '1986-05-26');
  assert.equal(iso((holidayRule('Thanksgiving') as (y: number) => Date)(2024)), '2024-11-28');
  assert.equal(iso((holidayRule('New Year’s Eve') as (y: number) => Date)(2023)), '2023-12-31');
  assert.equal(holidayRule('Groundhog Week'), null);
});

test('every holiday name, as the pattern matches it, contains one of HOLIDAY_WORDS (the proposer skips articles with none)', () => {
  const pattern = new RegExp(`^(?:${HOLIDAY_PATTERN})$`);
  for (const name of Object.keys(HOLIDAYS)) {
    // As news copy writes it: capitalised words, a curly or straight apostrophe, any white space.
    const written = name.replace(/(^|\s)(\w)/g, (_, sp: string, c: string) => sp + c.toUpperCase());
    for (const form of [written, written.replace(/'/g, '’'), written.replace(/ /g, '\n  ')]) {
      assert.ok(pattern.test(form), form);
      assert.ok(HOLIDAY_WORDS.some((w) => form.includes(w)), form);
    }
  }
});
