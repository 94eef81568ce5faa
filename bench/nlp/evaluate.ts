/** Runs the nlp stage over the annotated gold articles and scores it per split. */
import type { AnalyzedArticle, NlpArticle } from '../../src/model/records.ts';
import { readNlp, resolveCorpusEntities } from '../../src/nlp/index.ts';
import { asArticle, loadGoldArticles } from './gold.ts';
import { emptyScores, scoreArticle, type Scores } from './score.ts';

export function evaluateGold(): { dev: Scores; test: Scores; all: Scores; articles: { dev: number; test: number } } {
  const dev = emptyScores();
  const test = emptyScores();
  const all = emptyScores();
  const articles = { dev: 0, test: 0 };
  const context = { now: '2024-03-01T00:00:00Z' };
  const gold = loadGoldArticles().filter((a) => a.gold);
  // Canonical names are scored after corpus resolution, as the store sees them.
  const read: AnalyzedArticle[] = gold.map((a) => ({ ...readNlp(asArticle(a.id, a.text, a.publishedAt), context), quotes: [] }));
  const resolved: NlpArticle[] = resolveCorpusEntities({ articles: read }, context);
  gold.forEach((a, i) => {
    const out = resolved[i] as NlpArticle;
    if (!a.gold) return;
    scoreArticle(a.id, out, a.gold, a.split === 'test' ? test : dev);
    scoreArticle(a.id, out, a.gold, all);
    articles[a.split]++;
  });
  return { dev, test, all, articles };
}
