import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DateScreen, implausibleDate } from './DatePlausibility.ts';

const READ = '2026-06-01T00:00:00Z';

test('placeholder days are not publication dates', () => {
  for (const v of ['0001-01-01T00:00:00Z', '0001-01-01', '1000-01-01', '1601-01-01T00:00:00Z', '1900-01-01', '1899-12-30', '1970-01-01T00:00:00+00:00', '1969-12-31T19:00:00-05:00']) {
    assert.ok(implausibleDate(v, READ), v);
  }
});

test('dates after the reading (beyond a two-day slack) and impossible days are rejected', () => {
  assert.match(implausibleDate('9999-12-31T23:59:59Z', READ) ?? '', /future/);
  assert.match(implausibleDate('2026-06-10', READ) ?? '', /future/);
  assert.equal(implausibleDate('2026-06-02T23:00:00+14:00', READ), null);
  assert.equal(implausibleDate('9999-12-31', undefined), null, 'no reference: the future is not checked');
  assert.equal(implausibleDate('2024-02-30', READ), 'not a calendar day');
});

test('ordinary and old dates pass', () => {
  for (const v of ['2024-03-05', '2024-02-29T10:00:00Z', '1998-07-14', '1851-09-18', '1970-01-02']) assert.equal(implausibleDate(v, READ), null, v);
});

test('the screen keeps good values and reports each rejected one once', () => {
  const screen = new DateScreen(READ);
  assert.equal(screen.keep('2024-03-05', 'url'), '2024-03-05');
  assert.equal(screen.keep('0001-01-01T00:00:00Z', 'json-ld'), undefined);
  assert.equal(screen.keep('0001-01-01T00:00:00Z', 'json-ld'), undefined);
  assert.equal(screen.keep(undefined, 'meta'), undefined);
  const problems = screen.problems({ publishedAt: 'url' });
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.ruleId, 'extract/implausible-date');
  assert.match(problems[0]!.reason, /json-ld.*year 1.*came from url/);
});
