import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DatelineCollector, dayInText } from './DatelineReader.ts';
import { elementsOf, parsePage } from './tree.ts';

test('days in date lines: month names either side, ISO, d.m.y, m/d/y', () => {
  assert.equal(dayInText('Published Apr 26, 2023'), '2023-04-26');
  assert.equal(dayInText('By Dr. Ana Lima - Sept. 3, 2024 · 4 min read'), '2024-09-03');
  assert.equal(dayInText('20 December 2025'), '2025-12-20');
  assert.equal(dayInText('on the 21st of June 2017'), '2017-06-21');
  assert.equal(dayInText('Last Updated: 2025-02-22'), '2025-02-22');
  assert.equal(dayInText('23.07.2025'), '2025-07-23');
  assert.equal(dayInText('03/01/2017'), '2017-03-01');
  assert.equal(dayInText('© 2025 Example Media'), undefined);
});

function datelines(html: string) {
  const collector = new DatelineCollector();
  for (const el of elementsOf(parsePage(html).root)) collector.visit(el);
  return collector.pick();
}

test('the date line nearest the headline, labelled by the words around it', () => {
  const lines = datelines('<p>Jan 1, 2020</p><h1>Headline</h1><div><div>Last updated on:</div><div>October 1, 2025</div></div><p><time datetime="2025-09-30T21:00:00-04:00">Sep 30</time></p>');
  assert.equal(lines.updated?.day, '2025-10-01');
  assert.equal(lines.published?.day, '2025-09-30');
  assert.equal(lines.published?.label, 'plain');
  assert.deepEqual(datelines('<p>March 5, 2024</p>'), {});
  const far = datelines(`<h1>Headline</h1><p>${'Long body text. '.repeat(80)}</p><p>Posted March 5, 2024</p>`);
  assert.equal(far.published, undefined);
});

test('far from the headline only an explicitly labelled publication line is kept', () => {
  const body = `<p>${'Long body text. '.repeat(80)}</p>`;
  const lines = datelines(`<h1>Headline</h1>${body}<p>See also March 1, 2024</p><div><span>Posted on April 13, 2023</span></div>`);
  assert.equal(lines.published, undefined);
  assert.equal(lines.labelled?.day, '2023-04-13');
});

test('dayInText reads other languages\' months, year-first and dotted year.month.day forms', () => {
  assert.equal(dayInText('By: FlowGuard EMEA on 04-ago-2021 5:11:10'), '2021-08-04');
  assert.equal(dayInText('5. März 2025'), '2025-03-05');
  assert.equal(dayInText('12 juillet 2024'), '2024-07-12');
  assert.equal(dayInText('3 juin 2024'), '2024-06-03');
  assert.equal(dayInText('5 de marzo de 2025'), '2025-03-05');
  assert.equal(dayInText('2023 Jan 7;15(1):e33475'), '2023-01-07');
  assert.equal(dayInText('Essay - Published: 2025.12.17 | essays'), '2025-12-17');
  assert.equal(dayInText('version 2025.12'), undefined);
});
