/**
 * An article as a TF-IDF vector over its title (boosted), the lead of its body and its
 * entity keys, plus its shingles for copy detection. Entity features (`@person:…`) let
 * canonical entities count even when outlets spell names differently.
 */
import type { AnalyzedArticle } from '../model/records.ts';
import { ARTICLE_TERMS, ENTITY_BOOST, ENTITY_PREFIX, MAX_BODY_TOKENS, NAME_BOOST, TITLE_BOOST } from './constants.ts';
import type { Vocabulary } from './Vocabulary.ts';
import type { TermWeights } from './types.ts';
import { tokenize, tokenizeWithNames } from './Tokenizer.ts';
import { topCollector } from './sparse.ts';

export interface ArticleFeatures {
  /** Raw term counts by term id (title boosted), before IDF. */
  counts: Map<number, number>;
  /** Body tokens in order (for shingles). */
  tokens: string[];
}

export function articleFeatures(article: Readonly<AnalyzedArticle>, vocabulary: Vocabulary): ArticleFeatures {
  // Term ids are looked up straight from the tokens (no string-keyed count map first): ids are
  // interned, and `counts` is filled, in order of first occurrence (body, names, title, entities).
  const counts = new Map<number, number>();
  const add = (word: string, amount: number): number => {
    const id = vocabulary.id(word);
    counts.set(id, (counts.get(id) ?? 0) + amount);
    return id;
  };
  const title = article.title ?? '';
  const body = title !== '' && article.text.startsWith(title) ? article.text.slice(title.length) : article.text;
  const { tokens, names } = tokenizeWithNames(body, MAX_BODY_TOKENS);
  // Every body token is counted once as a plain word or as a name (for Vocabulary.nameShare):
  // `names` is the subsequence of `tokens` written as names, in order.
  let nameAt = 0;
  for (const token of tokens) {
    const asName = nameAt < names.length && names[nameAt] === token;
    vocabulary.countWord(add(token, 1), asName);
    if (asName) nameAt++;
  }
  for (const name of names) add(name, NAME_BOOST);
  for (const token of tokenize(title)) add(token, TITLE_BOOST);
  for (const entity of article.entities ?? []) add(`${ENTITY_PREFIX}${entity.key}`, ENTITY_BOOST * Math.max(1, entity.mentions.length));
  return { counts, tokens };
}

/** Sublinear TF times IDF, top ARTICLE_TERMS kept, L2-normalised. */
export function weigh(counts: ReadonlyMap<number, number>, vocabulary: Vocabulary): TermWeights {
  const collector = topCollector();
  counts.forEach((count, term) => collector.push(term, (1 + Math.log(count)) * vocabulary.idf(term)));
  const top = collector.top(ARTICLE_TERMS);
  let sum = 0;
  for (const [, w] of top) sum += w * w;
  const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  for (const entry of top) entry[1] *= scale;
  return top;
}
