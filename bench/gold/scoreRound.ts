/**
 * Scores the nlp and quotes stages on a named subset of the gold set: used once per annotation
 * round, right after the round's files are written and before any rule is tuned on them, so the
 * first score of a round is a measure of how the rules carry to news they were not written for.
 *
 *   node --import tsx bench/gold/scoreRound.ts APNews_4 CNBC_4 …
 *
 * Entities are read with corpus resolution over the whole gold set (as `bench:nlp` does) and
 * quotes with the nlp stage's entities (as the pipeline hands them over).
 */
import type { AnalyzedArticle, NlpArticle } from '../../src/model/records.ts';
import { readNlp, resolveCorpusEntities } from '../../src/nlp/index.ts';
import { asArticle, loadGoldArticles } from '../nlp/gold.ts';
import { emptyScores, headline, scoreArticle as scoreEntities } from '../nlp/score.ts';
import { evaluate, prepareWithNlp, scoresAt } from '../quotes/evaluate.ts';
import { loadGoldSet } from '../quotes/goldSet.ts';

const f3 = (x: number | undefined) => (x ?? 0).toFixed(3);

function scoreNlp(wanted: ReadonlySet<string>): void {
  const context = { now: '2024-03-01T00:00:00Z' };
  const gold = loadGoldArticles();
  const read: AnalyzedArticle[] = gold.map((a) => ({ ...readNlp(asArticle(a.id, a.text, a.publishedAt), context), quotes: [] }));
  const resolved: NlpArticle[] = resolveCorpusEntities({ articles: read }, context);
  const scores = emptyScores();
  let n = 0;
  gold.forEach((a, i) => {
    if (!wanted.has(a.id) || a.gold === null) return;
    scoreEntities(a.id, resolved[i] as NlpArticle, a.gold, scores);
    n++;
  });
  const h = headline(scores);
  console.log(`nlp on ${n} articles: people ${f3(h.personF1)}, organisations ${f3(h.organizationF1)}, places ${f3(h.placeF1)} (exact F1); ` +
    `roles ${f3(h.roleRate)} (${scores.roles.found}/${scores.roles.withRole}); resolution ${f3(h.resolution)}; ` +
    `date values ${f3(h.dateValueAccuracy)} (${scores.dates.correctValue}/${scores.dates.valued}); temporal F1 ${f3(h.dateF1)}`);
  for (const t of ['person', 'organization', 'place'] as const) {
    const c = scores.exact[t];
    console.log(`  ${t}: gold ${c.tp + c.fn}, tp ${c.tp}, fp ${c.fp}, fn ${c.fn}`);
  }
}

function scoreQuotes(wanted: ReadonlySet<string>): void {
  const gold = loadGoldSet().filter((a) => wanted.has(a.name));
  const e = evaluate(gold, prepareWithNlp);
  for (const t of [0.3, 0.8]) {
    const s = scoresAt(e, 'all', t);
    const c = e.bySplit.all[String(t)];
    console.log(`quotes on ${gold.length} articles @${t}: P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)}; ` +
      `speaker ${f3(s.speakerAccuracy)} (${c?.speakerRight}/${c?.speakerScored}); scare quotes given a speaker ${c?.scareWithSpeaker}`);
  }
}

const wanted = new Set(process.argv.slice(2));
if (wanted.size === 0) throw new Error('usage: scoreRound.ts <article> … (gold article ids)');
scoreNlp(wanted);
scoreQuotes(wanted);
