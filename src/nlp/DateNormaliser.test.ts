import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFrom } from './testArticle.ts';
import { readNlp } from './readNlp.ts';

function dates(text: string, publishedAt: string | null) {
  return readNlp(articleFrom(text, publishedAt), { now: '2024-06-05T00:00:00Z' }).dates.map((d) => [d.text, d.value, d.granularity, d.relation, d.certainty]);
}

test('dates normalise against the publication date with granularity, relation and certainty', () => {
  const got = dates('They have not met since November 2023. They met on 8 May. Talks were held last week. In 2021 and 2022 there were attacks.', '2024-06-05');
  assert.deepEqual(got, [
    ['November 2023', '2023-11', 'month', 'since', 'stated'],
    ['8 May', '2024-05-08', 'day', 'point', 'implied'],
    ['last week', '2024-05-27', 'week', 'point', 'implied'],
    ['2021', '2021', 'year', 'point', 'stated'],
    ['2022', '2022', 'year', 'point', 'stated'],
  ]);
});

test('an upcoming event is the coming date; a past one the latest', () => {
  assert.equal(dates('He accepted the invitation to take part in the 9 May celebrations.', '2025-04-18')[0]?.[1], '2025-05-09');
  assert.equal(dates('On Thursday, consultations were held.', '2025-04-18')[0]?.[1], '2025-04-17');
  assert.equal(dates('He will step down in November.', '2024-03-02')[0]?.[1], '2024-11');
  assert.equal(dates('The board met in November.', '2024-03-02')[0]?.[1], '2023-11');
});

test('a weekday fixes the year; a range end takes its start year', () => {
  assert.equal(dates('Power is back by Monday, March 4th.', '2024-03-02')[0]?.[1], '2024-03-04');
  assert.deepEqual(dates('The show will be shown in Toronto at the gallery of the city from March 30 to July 1.', '2024-02-29').map((d) => d[1]), ['2024-03-30', '2024-07-01']);
});

test('"May" the modal verb is not a month; a missing publication date falls back to context.now', () => {
  assert.deepEqual(dates('It may rain.', null), []);
  assert.equal(dates('They met yesterday.', null)[0]?.[1], '2024-06-04');
});

const texts = (text: string, publishedAt: string) => dates(text, publishedAt).map((d) => d[0]);

test('weekdays with "next", "this" and "last" read as chrono-node reads them; a bare weekday repeats a fuller mention', () => {
  // 2024-03-02 is a Saturday.
  assert.equal(dates('They play next Sunday.', '2024-03-02')[0]?.[1], '2024-03-10');
  assert.equal(dates('They played last Saturday.', '2024-03-02')[0]?.[1], '2024-02-24');
  assert.equal(dates('The vote is due this Wednesday.', '2024-03-02')[0]?.[1], '2024-03-06');
  assert.equal(dates('The vote was held this Wednesday.', '2024-03-02')[0]?.[1], '2024-02-28');
  assert.deepEqual(dates('The cutoff is this Saturday. They missed Saturday’s cutoff.', '2024-02-29').map((d) => d[1]), ['2024-03-02', '2024-03-02']);
});

test('a weekend paper’s "this week" is the week ahead only when the text points forward', () => {
  assert.equal(dates('The film is to open this week.', '2024-03-02')[0]?.[1], '2024-03-04');
  assert.equal(dates('Talks were held this week.', '2024-03-02')[0]?.[1], '2024-02-26');
  assert.equal(dates('Has this week been hard?', '2024-03-03')[0]?.[1], '2024-02-26');
  assert.equal(dates('The film is to open this week.', '2024-02-28')[0]?.[1], '2024-02-26');
});

test('present tense: a long-past day or month is the coming one, unless compared with', () => {
  assert.equal(dates('The firm has until March 10 to pay.', '2024-03-02')[0]?.[1], '2024-03-10');
  assert.equal(dates('Inflation is 3% in February.', '2024-03-02')[0]?.[1], '2024-02');
  assert.equal(dates('Support is up from 40% in October.', '2024-03-02')[0]?.[1], '2023-10');
  assert.equal(dates('Prices have risen since November.', '2024-03-02')[0]?.[1], '2023-11');
  assert.equal(dates('He has met them in November.', '2024-03-02')[0]?.[1], '2023-11');
});

test('"last January" is last year’s; named dates take the year of their event', () => {
  assert.equal(dates('They were seated last January.', '2024-02-29')[0]?.[1], '2023-01');
  assert.equal(dates('It reopens next January.', '2024-02-29')[0]?.[1], '2025-01');
  assert.deepEqual(dates('The January 6th committee met. People died on Jan 6.', '2024-03-02').map((d) => d[1]), ['2021-01-06', '2021-01-06']);
  assert.equal(dates('A January 6 deadline passed.', '2024-03-02')[0]?.[1], '2024-01-06');
  assert.deepEqual(texts('He joked about another 9/11.', '2024-03-02'), []);
});

test('years: both ends of a range or neither; early years after a cue word, not counts', () => {
  assert.deepEqual(texts('It was begun around 1295 and painted ca. 1690–1710.', '2024-03-02'), ['1295', '1690', '1710']);
  assert.deepEqual(texts('The show “Women Artists, 1400–1800” opened.', '2024-03-02'), []);
  assert.deepEqual(texts('It happened around 2003-2004.', '2024-03-02'), ['2003', '2004']);
  assert.deepEqual(texts('The hall holds around 1200 guests.', '2024-03-02'), []);
});

test('holidays as modifiers and anaphoric "the next year" are not dates; a holiday in apposition dates its weekday', () => {
  assert.deepEqual(texts('There are 40 Easter trails. Easter Explorers get a map.', '2024-03-02'), []);
  assert.deepEqual(texts('This Easter visit the garden.', '2024-03-02'), ['Easter']);
  assert.deepEqual(texts('During her last year of university she stayed most of the next year.', '2024-03-02'), []);
  assert.deepEqual(dates('It opens on Friday, International Women’s Day.', '2024-03-02').map((d) => [d[0], d[1]]), [['Friday', '2024-03-08']]);
  assert.equal(dates('The show starts this evening.', '2024-03-02')[0]?.[1], '2024-03-02');
});
