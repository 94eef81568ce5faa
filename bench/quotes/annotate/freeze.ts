/**
 * Annotation helper: freezes the quotes stage's candidates per gold article into
 * `candidates/<article>.json`, so edit lists keep pointing at the same numbered
 * candidates while the stage changes. Run once, before annotating; never re-run over
 * articles whose edits exist (it refuses).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidates, goldArticles, loadArticle, ANNOTATE } from './common.ts';

mkdirSync(join(ANNOTATE, 'candidates'), { recursive: true });
const names = process.argv.slice(2);
for (const name of names.length > 0 ? names : goldArticles()) {
  const out = join(ANNOTATE, 'candidates', `${name}.json`);
  if (existsSync(join(ANNOTATE, 'edits', `${name}.txt`))) continue;
  const quotes = candidates(loadArticle(name)).map((q) => ({
    start: q.span[0], end: q.span[1], text: q.text, kind: q.kind, speakerMention: q.speakerMention, speaker: q.speaker, cue: q.cue, via: q.via,
  }));
  writeFileSync(out, `${JSON.stringify(quotes, null, 1)}\n`);
}
