/**
 * Annotation bootstrap (see docs/annotation-guide.md, "How the gold set was made"):
 * writes Chorus's own output as candidate annotations to a scratch folder (default
 * `$TMPDIR/chorus-nlp-drafts/`, or the folder in NLP_DRAFTS), which the annotator then
 * corrects by reading every article before saving to `bench/gold/entities/`. Never writes
 * the gold itself. Usage: node --import tsx bench/nlp/propose.ts <articleId...>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readNlp } from '../../src/nlp/index.ts';
import { asArticle, loadGoldArticles, type GoldFile } from './gold.ts';

const wanted = new Set(process.argv.slice(2));
const DRAFTS = process.env.NLP_DRAFTS ?? join(tmpdir(), 'chorus-nlp-drafts');
mkdirSync(DRAFTS, { recursive: true });
for (const a of loadGoldArticles(false)) {
  if (wanted.size && !wanted.has(a.id)) continue;
  const out = readNlp(asArticle(a.id, a.text, a.publishedAt), { now: new Date().toISOString() });
  const draft: GoldFile = {
    entities: out.entities
      .flatMap((e) => e.mentions.map(([start, end]) => ({ type: e.type, start, end, text: a.text.slice(start, end), canonical: e.name, ...(e.type === 'person' && e.roles[0] ? { role: e.roles[0] } : {}) })))
      .sort((x, y) => x.start - y.start),
    dates: out.dates.map((d) => ({ start: d.span[0], end: d.span[1], text: d.text, value: d.value, granularity: d.granularity })),
  };
  writeFileSync(join(DRAFTS, `${a.id}.json`), `${JSON.stringify(draft, null, 1)}\n`);
}
