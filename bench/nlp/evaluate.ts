/** Runs the nlp stage over the annotated gold articles and scores it per split. */
import { readNlp } from '../../src/nlp/index.ts';
import { asArticle, loadGoldArticles } from './gold.ts';
import { emptyScores, scoreArticle, type Scores } from './score.ts';

export function evaluateGold(): { dev: Scores; test: Scores; all: Scores; articles: { dev: number; test: number } } {
  const dev = emptyScores();
  const test = emptyScores();
  const all = emptyScores();
  const articles = { dev: 0, test: 0 };
  for (const a of loadGoldArticles()) {
    if (!a.gold) continue;
    const out = readNlp(asArticle(a.id, a.text, a.publishedAt), { now: '2024-03-01T00:00:00Z' });
    scoreArticle(a.id, out, a.gold, a.split === 'test' ? test : dev);
    scoreArticle(a.id, out, a.gold, all);
    articles[a.split]++;
  }
  return { dev, test, all, articles };
}
