/**
 * Proposes timeline events: every date mention that anchors an event (`DateMention.event`)
 * becomes a candidate carrying what is needed to recognise the same event in another outlet:
 * its date, its actors as corpus-wide entity keys, its verb and its summary's content words.
 */
import type { AnalyzedArticle, DateGranularity } from '../../model/records.ts';
import { contentStems } from '../words/ContentWords.ts';

export interface EventCandidate {
  date: string;
  granularity: DateGranularity;
  summary: string;
  articles: string[];
  /** Entity keys of the actors (article-local ids when no entity is found, so they match nothing). */
  actors: Set<string>;
  /** Verb lemmas (one per merged report). */
  verbs: Set<string>;
  stems: Set<string>;
}

export function eventCandidates(articles: readonly AnalyzedArticle[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const article of articles) {
    const keyOf = new Map(article.entities.map((e) => [e.id, e.key]));
    for (const mention of article.dates) {
      const event = mention.event;
      if (!event || event.summary.trim().length === 0) continue;
      out.push({
        date: mention.value,
        granularity: mention.granularity,
        summary: event.summary.trim(),
        articles: [article.id],
        actors: new Set(event.actors.map((id) => keyOf.get(id) ?? `${article.id}#${id}`)),
        verbs: new Set(event.verb ? [event.verb.toLowerCase()] : []),
        stems: new Set(contentStems(event.summary)),
      });
    }
  }
  return out;
}
