/**
 * Synthetic text pages of one outlet ("Harbour Times") that share chrome reading like prose, so
 * only the outlet's earlier pages can tell it apart: the template-learning tests of the store
 * and of the in-memory pipeline use the same pages.
 */
import type { RawDocument } from '../../src/model/records.ts';

/** House lines every page carries; each reads like a sentence of an article. */
export const HOUSE = [
  'Our reporters cover the harbour towns every day, from council meetings to the football results.',
  'The Harbour Times has been printed on this coast since 1921 and is owned by its readers.',
];

export const TOWNS = ['Elmsford', 'Carrow', 'Dunmere', 'Ashby', 'Wendle', 'Porthlow'];
export const SUBJECTS = ['a new ferry pier', 'the library extension', 'a flood barrier', 'the market hall roof', 'a cycle path', 'the lifeboat station'];

/** Page `i`: menu, title, byline, four paragraphs of its own, then the house lines. */
export function page(i: number): RawDocument {
  const town = TOWNS[i]!;
  const subject = SUBJECTS[i]!;
  const body = [
    `Councillors in ${town} voted on Tuesday to approve ${subject}, ending a debate that has run through three budget meetings and two public consultations this year.`,
    `The plan for ${subject} will cost the town about ${(i + 2) * 1.4} million pounds, most of it from a regional grant that must be spent before the end of next spring.`,
    `Residents who spoke at the meeting in ${town} were divided: some welcomed the work on ${subject}, while others asked why the money was not going to roads and schools instead.`,
    `Work on ${subject} is due to start in ${['March', 'April', 'May', 'June', 'July', 'August'][i]}, and the council said it would publish a timetable for the closures on its website.`,
  ];
  const content = [
    'Harbour Times',
    'News',
    'Sport',
    `${town} approves ${subject}`,
    `By Staff Reporter ${i + 1}`,
    ...body,
    ...HOUSE,
    'Contact us',
  ].join('\n');
  return {
    source: `harbour/${i}.txt`, format: 'text', content, encoding: 'utf-8',
    given: { outlet: 'Harbour Times', publishedAt: `2024-05-0${i + 1}` }, arrival: { kind: 'file' }, problems: [],
  };
}

export const PAGES = Array.from({ length: TOWNS.length }, (_, i) => page(i));
