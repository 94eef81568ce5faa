/**
 * The nlp stage: sentences, entities and dates (each with the event it anchors) for one
 * extracted article. Pure: the reference day comes from the article or the context.
 */
import type { DateMention, ExtractedArticle, NlpArticle } from '../model/records.ts';
import { problem, type Stage } from '../model/stage.ts';
import { referenceDate } from './calendar.ts';
import { proposeDates } from './DateProposer.ts';
import { normaliseDates } from './DateNormaliser.ts';
import { extractEntities } from './EntityExtractor.ts';
import { extractEvent, indexMentions } from './EventExtractor.ts';
import { tokenise } from './Tokens.ts';

export const readNlp: Stage<ExtractedArticle, NlpArticle> = (article, context) => {
  const text = article.text;
  const tk = tokenise(text);
  const entities = extractEntities(text, tk.tokens);
  const ref = referenceDate(article.publishedAt, context.now);
  const problems = [...article.problems];
  let dates: DateMention[] = [];
  if (ref) {
    const mentions = indexMentions(entities);
    dates = normaliseDates(text, tk, proposeDates(text), ref).map((d) => ({ ...d, event: extractEvent(tk, mentions, d.span) }));
  } else {
    problems.push(problem('nlp', 'warning', 'nlp/no-reference-date', 'Neither the article nor the context gives a date to resolve relative dates against; dates were skipped. Pass `now` in the context.'));
  }
  return { ...article, problems, sentences: tk.sentences, entities, dates };
};
