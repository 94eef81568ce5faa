/**
 * The checks on the example corpus (article bodies as in src/nlp/fixtures/example-*):
 * the eleven people with their roles, no place or organisation taken for a person, CSTO linked
 * to both spellings, and the dated events of the story timeline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NlpArticle } from '../../src/model/records.ts';
import { readNlp } from '../../src/nlp/index.ts';
import { asArticle, ROOT } from './gold.ts';

export const EXPECTED_PEOPLE: readonly { name: string; role: string | null }[] = [
  { name: 'Mikhail Galuzin', role: 'Deputy Foreign Minister' },
  { name: 'Vladimir Putin', role: 'President' },
  { name: 'Nikol Pashinyan', role: 'Prime Minister' },
  { name: 'Mikhail Mishustin', role: 'Prime Minister' },
  { name: 'Alexey Overchuk', role: 'Deputy Prime Minister' },
  { name: 'Mher Grigoryan', role: null },
  { name: 'Suren Papikyan', role: 'Defense Minister' },
  { name: 'Imangali Tasmagambetov', role: 'Secretary General' },
  { name: 'Sergei Lavrov', role: 'Foreign Minister' },
  { name: 'Mnatsakan Safaryan', role: 'Deputy Foreign Minister' },
  { name: 'Ararat Mirzoyan', role: 'Foreign Minister' },
];

export const EXPECTED_DATES: readonly { text: string; value: string; file: string }[] = [
  { file: '000', text: 'November 2023', value: '2023-11' },
  { file: '000', text: 'February', value: '2024-02' },
  { file: '003', text: 'March', value: '2024-03' },
  { file: '000', text: '8 May', value: '2024-05-08' },
  { file: '003', text: 'May 8', value: '2024-05-08' },
  { file: '003', text: 'last week', value: '2024-05-27' },
  { file: '003', text: 'Wednesday, June 5', value: '2024-06-05' },
  { file: '004', text: 'Thursday', value: '2025-04-17' },
  { file: '004', text: 'January', value: '2025-01' },
  { file: '004', text: '13 March', value: '2025-03-13' },
  { file: '004', text: '9 May', value: '2025-05-09' },
];

export interface ExampleReport {
  peopleFound: string[];
  peopleMissing: string[];
  rolesRight: number;
  rolesExpected: number;
  wrongPeople: string[];
  cstoBothSpellings: boolean;
  datesRight: number;
  datesMissed: string[];
  events: string[];
}

export function checkExamples(): ExampleReport {
  const read = new Map<string, NlpArticle>();
  for (const f of ['000', '001', '002', '003', '004']) {
    const dir = join(ROOT, 'src', 'nlp', 'fixtures', `example-${f}`);
    const meta = JSON.parse(readFileSync(join(dir, 'input.meta.json'), 'utf8')) as { publishedAt: string };
    read.set(f, readNlp(asArticle(f, readFileSync(join(dir, 'input.txt'), 'utf8'), meta.publishedAt), { now: meta.publishedAt }));
  }
  const all = [...read.values()];
  const people = all.flatMap((a) => a.entities.filter((e) => e.type === 'person'));
  const found = EXPECTED_PEOPLE.filter((p) => people.some((e) => e.name === p.name));
  const rolesRight = EXPECTED_PEOPLE.filter((p) => p.role && people.some((e) => e.name === p.name && e.roles.includes(p.role as string))).length;
  const expectedNames = new Set(EXPECTED_PEOPLE.map((p) => p.name));
  const wrongPeople = [...new Set(people.map((e) => e.name).filter((n) => !expectedNames.has(n)))];
  const csto = all.flatMap((a) => a.entities.filter((e) => e.acronym === 'CSTO'));
  const spellings = new Set(csto.flatMap((e) => [e.name, ...e.aliases]));
  const datesMissed = EXPECTED_DATES.filter((d) => !read.get(d.file)?.dates.some((x) => x.text === d.text && x.value === d.value)).map((d) => `${d.file}: ${d.text} → ${d.value}`);
  const events = all.flatMap((a) => a.dates.filter((d) => d.event).map((d) => `${d.value} — ${d.event?.summary ?? ''}`));
  return {
    peopleFound: found.map((p) => p.name),
    peopleMissing: EXPECTED_PEOPLE.filter((p) => !found.includes(p)).map((p) => p.name),
    rolesRight,
    rolesExpected: EXPECTED_PEOPLE.filter((p) => p.role).length,
    wrongPeople,
    cstoBothSpellings: spellings.has('Collective Security Treaty Organization') && spellings.has('Collective Security Treaty Organisation'),
    datesRight: EXPECTED_DATES.length - datesMissed.length,
    datesMissed,
    events,
  };
}
