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
