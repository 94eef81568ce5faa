import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statesDay, whereStated } from './meta-stated.ts';

const DAY = '2024-03-05';
const page = (body: string) => `<html><head><title>x</title></head><body>${body}</body></html>`;

test('numeric forms: year first, ISO, compact, and day/month first with either reading', () => {
  assert.equal(whereStated(page('<time datetime="2024-03-05T10:00:00">x</time>'), '', DAY), 'ymd');
  assert.equal(whereStated(page('Posted 2024/3/5'), '', DAY), 'ymd');
  assert.equal(whereStated(page('<img src="/img/IMG_20240305_1.jpg">'), '', DAY), 'ymd');
  assert.equal(whereStated(page('05/03/2024'), '', DAY), 'dmy/mdy');
  assert.equal(whereStated(page('3/5/24'), '', DAY), 'dmy/mdy');
  assert.equal(whereStated(page('5. 3. 2024'), '', DAY), 'dmy/mdy');
  // Neighbouring numbers are other days, versions or IDs.
  assert.equal(whereStated(page('2024-03-15 and 15/03/2024 and 2024-03-050 and v1.3.5.2024'), '', DAY), null);
});

test('an ISO date-time with a zone states its UTC day too', () => {
  assert.equal(whereStated(page('<meta property="article:published_time" content="2024-03-04T23:30:00-05:00">'), '', DAY), 'iso-zone');
  assert.equal(whereStated(page('<meta content="2024-03-04T10:30:00-05:00">'), '', DAY), null);
});

test('written months, split across elements, in several languages; the year is required', () => {
  assert.equal(whereStated(page('<span>March</span> <span>5th</span>, 2024'), '', DAY), 'written');
  assert.equal(whereStated(page('Tue, Mar. 5 2024'), '', DAY), 'written');
  assert.equal(whereStated(page('the 5th of March, 2024'), '', DAY), 'written');
  assert.equal(whereStated(page('05-Mar-2024'), '', DAY), 'written');
  assert.equal(whereStated(page('5. März 2024'), '', DAY), 'written');
  assert.equal(whereStated(page('5 de marzo de 2024'), '', DAY), 'written');
  assert.equal(whereStated(page('2024 Mar 5'), '', DAY), 'written');
  assert.equal(whereStated(page('2024年3月5日'), '', DAY), 'cjk');
  assert.equal(whereStated(page('March 5 at noon, two days ago; March 15, 2024; 25 March 2024'), '', DAY), null);
});

test('entities and JSON escapes are decoded; the URL counts', () => {
  assert.equal(whereStated(page('<script>{"d":"2024\\/03\\/05"}</script>'), '', DAY), 'ymd');
  assert.equal(whereStated(page('March&nbsp;5,&#32;2024'), '', DAY), 'written');
  assert.ok(statesDay(page('nothing'), 'https://example.com/2024/03/05/story', DAY));
  assert.ok(!statesDay(page('nothing'), 'https://example.com/story', DAY));
});

test('Unix stamps on the day in some time zone, in seconds or milliseconds', () => {
  const noonUtc = Date.parse('2024-03-05T12:00:00Z');
  assert.equal(whereStated(page(`<script>{"published":${noonUtc / 1000}}</script>`), '', DAY), 'unix');
  assert.equal(whereStated(page(`<script>{"published":${noonUtc}}</script>`), '', DAY), 'unix');
  assert.equal(whereStated(page(`<img src="/uploads/photo-e${noonUtc}.jpeg">`), '', DAY), 'unix');
  assert.equal(whereStated(page(`<script>{"published":${noonUtc / 1000 + 3 * 86_400}}</script>`), '', DAY), null);
  // Part of a longer number or a decimal: not a stamp.
  assert.equal(whereStated(page(`<p>${noonUtc / 1000}7 and 0.${noonUtc / 1000}</p>`), '', DAY), null);
});
