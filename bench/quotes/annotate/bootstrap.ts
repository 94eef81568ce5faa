/**
 * Annotation helper (not part of the benchmark): prints each gold article with the
 * quotes stage's candidates numbered, so an annotator can read the article and write
 * an edit list (`edits/<article>.txt`, see apply.ts) instead of typing offsets.
 * Usage: node --import tsx bench/quotes/annotate/bootstrap.ts [article ...] > drafts.txt
 */
import { frozenCandidates, goldArticles, loadArticle } from './common.ts';

const names = process.argv.slice(2);
for (const name of names.length > 0 ? names : goldArticles()) {
  const text = loadArticle(name);
  console.log(`\n======== ${name}\n`);
  text.split(/\n\s*\n/).forEach((p, i) => console.log(`¶${i + 1} ${p}\n`));
  console.log('-- candidates');
  frozenCandidates(name).forEach((q, i) => {
    console.log(`${i + 1} [${q.kind}] ${q.speaker ?? '-'} | ${q.speakerMention ?? '-'} | ${q.cue ?? '-'} | ${q.via.join(';')} :: ${q.text.replace(/\n+/g, ' ⏎ ')}`);
  });
}
