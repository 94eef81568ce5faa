/**
 * A story's title: the member headline most like the others (highest summed Dice similarity of
 * content words: the common framing, not one outlet's angle); ties go to the first report's
 * headline, then to the earlier article. With no headlines, the first report's first sentence.
 */
import type { AnalyzedArticle } from '../../model/records.ts';
import { FALLBACK_TITLE_MAX_CHARS } from '../constants.ts';
import { contentStems, dice } from '../words/ContentWords.ts';

export function representativeTitle(ordered: readonly AnalyzedArticle[], firstReport: string): string {
  const titled = ordered
    .map((a) => ({ id: a.id, title: a.title?.replace(/\s+/g, ' ').trim() ?? '' }))
    .filter((t) => t.title.length > 0)
    .map((t) => ({ ...t, stems: new Set(contentStems(t.title)) }));
  if (titled.length > 0) {
    const scored = titled.map((t, i) => ({
      ...t,
      order: i,
      centrality: titled.reduce((sum, u, j) => (j === i ? sum : sum + dice(t.stems, u.stems)), 0),
    }));
    scored.sort(
      (a, b) => b.centrality - a.centrality || Number(b.id === firstReport) - Number(a.id === firstReport) || a.order - b.order,
    );
    return scored[0]!.title;
  }
  const first = ordered.find((a) => a.id === firstReport) ?? ordered[0];
  return first ? firstSentence(first) : 'Untitled story';
}

function firstSentence(article: AnalyzedArticle): string {
  const span = article.sentences[0];
  const raw = (span ? article.text.slice(span[0], span[1]) : article.text.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim();
  if (raw.length === 0) return 'Untitled story';
  if (raw.length <= FALLBACK_TITLE_MAX_CHARS) return raw;
  const cut = raw.slice(0, FALLBACK_TITLE_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > FALLBACK_TITLE_MAX_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}
