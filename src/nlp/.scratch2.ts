import { readFileSync } from 'node:fs';
import { readNlp } from './readNlp.ts';
import type { ExtractedArticle } from '../model/records.ts';
const f = process.argv[2] as string;
const text = readFileSync(f, 'utf8');
const meta = JSON.parse(readFileSync(f + '.meta.json', 'utf8')) as { publishedAt: string };
const art = { id: 'x', source: f, format: 'text', arrival: { kind: 'file' }, meta: {} as ExtractedArticle['meta'], text, paragraphs: [], removed: [], method: 'x', problems: [], url: null, outlet: null, title: null, author: null, publishedAt: meta.publishedAt, language: 'en' } as ExtractedArticle;
const r = readNlp(art, { now: '2026-01-01' });
for (const d of r.dates) console.log(d.text.padEnd(24), d.value, d.granularity, d.certainty, d.relation, '|', d.event?.verb, '|', d.event?.summary);
