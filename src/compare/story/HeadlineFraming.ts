/**
 * What each outlet's headline stresses: the content words of its headline that no other
 * member's headline uses (compared by stem, shown as written). Two identical headlines (a
 * reprint) stress nothing against each other.
 */
import type { AnalyzedArticle, HeadlineFraming, Story } from '../../model/records.ts';

export type { HeadlineFraming };
import { contentStems, contentWordsAsWritten } from '../words/ContentWords.ts';


export function headlineFraming(story: Pick<Story, 'articles'>, articles: readonly AnalyzedArticle[]): HeadlineFraming[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const titled = story.articles
    .map((id) => byId.get(id))
    .filter((a): a is AnalyzedArticle => a !== undefined && (a.title?.trim().length ?? 0) > 0)
    .map((a) => ({ article: a, title: a.title!.replace(/\s+/g, ' ').trim() }))
    .map((t) => ({ ...t, stems: new Set(contentStems(t.title)) }));
  return titled.map((t, i) => {
    const elsewhere = new Set<string>();
    titled.forEach((u, j) => {
      if (j !== i) for (const s of u.stems) elsewhere.add(s);
    });
    return {
      article: t.article.id,
      outlet: t.article.outlet,
      title: t.title,
      stresses: contentWordsAsWritten(t.title)
        .filter((w) => !elsewhere.has(w.stem))
        .map((w) => w.word),
    };
  });
}
