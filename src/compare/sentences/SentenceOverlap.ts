/**
 * What each article alone reports, and which of its sentences other outlets also carry.
 *
 * A sentence is carried elsewhere when a sentence of another source group covers at least
 * `SENTENCE_MIN_WEIGHTED_CONTAINMENT` of its content-word weight, words weighted by IDF within
 * the story. Candidates come from the sentence's heavier half of stems: a sentence sharing none
 * of them can cover at most half the weight, so the prefilter loses no match above the bar.
 */
import type { AnalyzedArticle, Span, StoryMembership } from '../../model/records.ts';
import { SENTENCE_MIN_CONTENT_WORDS, SENTENCE_MIN_SHARED_WORDS, SENTENCE_MIN_WEIGHTED_CONTAINMENT } from '../constants.ts';
import { contentStems } from '../words/ContentWords.ts';
import { sourceGroups } from './SourceGroups.ts';

interface SentenceInfo {
  article: number;
  group: number;
  span: Span;
  text: string;
  stems: Set<string>;
}

export interface SentenceOverlap {
  exclusive: { article: string; sentences: string[] }[];
  shared: { article: string; spans: Span[] }[];
}

/**
 * @param familyQuotes article id → spans of its quotes that belong to a quote family spanning
 * several articles.
 */
export function sentenceOverlap(
  articles: readonly AnalyzedArticle[],
  members: readonly StoryMembership[],
  familyQuotes: ReadonlyMap<string, readonly Span[]> = new Map(),
): SentenceOverlap {
  const groups = sourceGroups(articles, members);
  const sentences: SentenceInfo[] = [];
  articles.forEach((article, i) => {
    for (const span of article.sentences) {
      const text = article.text.slice(span[0], span[1]).trim();
      const stems = new Set(contentStems(text));
      if (stems.size >= SENTENCE_MIN_CONTENT_WORDS) sentences.push({ article: i, group: groups.get(article.id)!, span, text, stems });
    }
  });
  const weight = storyIdf(articles.length, sentences);
  const postings = new Map<string, number[]>();
  sentences.forEach((s, id) => {
    for (const stem of s.stems) {
      const list = postings.get(stem);
      if (list) list.push(id);
      else postings.set(stem, [id]);
    }
  });
  const carried = sentences.map(
    (s) => familyQuotes.get(articles[s.article]!.id)?.some(([start, end]) => s.span[0] <= start && end <= s.span[1]) ?? false,
  );
  sentences.forEach((s, id) => {
    const other = coveringSentence(s, sentences, postings, weight);
    if (other === null) return;
    carried[id] = true;
    carried[other] = true;
  });
  return {
    exclusive: articles.map((a, i) => ({
      article: a.id,
      sentences: sentences.filter((s, id) => s.article === i && !carried[id]).map((s) => s.text),
    })),
    shared: articles.map((a, i) => ({
      article: a.id,
      spans: sentences.filter((s, id) => s.article === i && carried[id]).map((s) => s.span),
    })),
  };
}

/** IDF of each stem over the story's articles: a name every article uses weighs little. */
function storyIdf(articleCount: number, sentences: readonly SentenceInfo[]): Map<string, number> {
  const perArticle = new Map<string, Set<number>>();
  for (const s of sentences) {
    for (const stem of s.stems) {
      const set = perArticle.get(stem) ?? new Set<number>();
      set.add(s.article);
      perArticle.set(stem, set);
    }
  }
  return new Map([...perArticle].map(([stem, set]) => [stem, Math.log(1 + articleCount / set.size)]));
}

/** A sentence of another source group covering `s`, or null. */
function coveringSentence(
  s: SentenceInfo,
  sentences: readonly SentenceInfo[],
  postings: ReadonlyMap<string, number[]>,
  weight: ReadonlyMap<string, number>,
): number | null {
  const byWeight = [...s.stems].sort((a, b) => weight.get(b)! - weight.get(a)! || a.localeCompare(b));
  const total = byWeight.reduce((sum, stem) => sum + weight.get(stem)!, 0);
  const probes = byWeight.slice(0, Math.ceil(byWeight.length / 2));
  const tried = new Set<number>();
  for (const probe of probes) {
    for (const other of postings.get(probe)!) {
      if (tried.has(other)) continue;
      tried.add(other);
      const t = sentences[other]!;
      if (t.group === s.group) continue;
      let sharedWeight = 0;
      let shared = 0;
      for (const stem of s.stems) {
        if (!t.stems.has(stem)) continue;
        shared++;
        sharedWeight += weight.get(stem)!;
      }
      if (shared >= SENTENCE_MIN_SHARED_WORDS && sharedWeight >= SENTENCE_MIN_WEIGHTED_CONTAINMENT * total) return other;
    }
  }
  return null;
}
