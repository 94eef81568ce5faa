/**
 * An article as a TF-IDF vector over its title (boosted), the lead of its body and its
 * entity keys, plus its shingles for copy detection. Entity features (`@person:…`) let
 * canonical entities count even when outlets spell names differently.
 */
import type { AnalyzedArticle } from '../model/records.ts';
import { ARTICLE_TERMS, ENTITY_BOOST, MAX_BODY_TOKENS, TITLE_BOOST } from './constants.ts';
import type { IdfModel } from './IdfModel.ts';
import { tokenize } from './Tokenizer.ts';
import { topEntries } from './sparse.ts';

export const ENTITY_PREFIX = '@';

export interface ArticleFeatures {
  /** Raw term counts (title boosted), before IDF. */
  counts: Map<string, number>;
  /** Body tokens in order (for shingles). */
  tokens: string[];
}

export function articleFeatures(article: Readonly<AnalyzedArticle>): ArticleFeatures {
  const counts = new Map<string, number>();
  const title = article.title ?? '';
  const body = title !== '' && article.text.startsWith(title) ? article.text.slice(title.length) : article.text;
  const tokens = tokenize(body, MAX_BODY_TOKENS);
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  for (const token of tokenize(title)) counts.set(token, (counts.get(token) ?? 0) + TITLE_BOOST);
  for (const entity of article.entities ?? []) {
    const key = `${ENTITY_PREFIX}${entity.key}`;
    const mentions = Math.max(1, entity.mentions.length);
    counts.set(key, (counts.get(key) ?? 0) + ENTITY_BOOST * mentions);
  }
  return { counts, tokens };
}

/** Sublinear TF times IDF, top ARTICLE_TERMS kept, L2-normalised. */
export function weigh(counts: ReadonlyMap<string, number>, idf: IdfModel): [string, number][] {
  const weighted: [string, number][] = [];
  for (const [term, count] of counts) weighted.push([term, (1 + Math.log(count)) * idf.idf(term)]);
  const top = topEntries(weighted, ARTICLE_TERMS);
  let sum = 0;
  for (const [, w] of top) sum += w * w;
  const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  return top.map(([t, w]) => [t, w * scale]);
}
