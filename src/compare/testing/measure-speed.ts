/**
 * Speed of `compareStory` on big stories built from ECB+ news texts (../shared/data): the
 * first N documents as one story, with quotes found by quote marks and one speaker per topic,
 * each document repeated with a different id and outlet so quotes and sentences recur across
 * outlets the way wire copy does. Prints milliseconds per story size.
 * `node --import tsx src/compare/testing/measure-speed.ts` (skips when the data is absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { AnalyzedArticle, StoryCluster } from '../../model/records.ts';
import { compareStory } from '../compareStory.ts';
import { articleFromSketch, type QuoteSketch } from './ArticleSketch.ts';

const DATA = new URL('../../../../shared/data/clustering/ecbplus/ecbplus_documents.jsonl.gz', import.meta.url);

interface EcbDoc {
  doc_id: string;
  topic: number;
  text: string;
}

function toArticle(doc: EcbDoc, copy: number): AnalyzedArticle {
  const paragraphs = doc.text.split('\n').map((l) => l.replace(/``\s*|\s*''/g, '"').trim()).filter((l) => l.length > 0);
  const text = paragraphs.join('\n\n');
  const quotes: QuoteSketch[] = [];
  for (const m of text.matchAll(/"([^"\n]{12,})"/g)) {
    if (quotes.some((q) => q.text === m[1])) continue;
    quotes.push({ text: m[1]!, kind: 'direct', speaker: `Speaker ${doc.topic}`, via: [] });
  }
  return articleFromSketch({
    id: `${doc.doc_id}-${copy}`,
    outlet: `outlet-${copy}-${doc.doc_id}`,
    publishedAt: `2024-06-0${1 + (copy % 9)}`,
    title: paragraphs[0] ?? null,
    paragraphs,
    quotes,
  });
}

if (!existsSync(DATA)) {
  console.log('ECB+ data absent (../shared/data/clustering/ecbplus): nothing measured');
} else {
  const docs = gunzipSync(readFileSync(DATA)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as EcbDoc);
  for (const size of [20, 50, 100, 200, 400]) {
    const articles: AnalyzedArticle[] = [];
    for (let i = 0; articles.length < size; i++) articles.push(toArticle(docs[i % 120]!, Math.floor(i / 120)));
    const cluster: StoryCluster = {
      id: `speed-${size}`,
      articles: articles.map((a) => a.id),
      members: articles.map((a) => ({ article: a.id, duplicateOf: null, sharedTerms: [], sharedEntities: [], similarity: 1 })),
    };
    const quotes = articles.reduce((n, a) => n + a.quotes.length, 0);
    const sentences = articles.reduce((n, a) => n + a.sentences.length, 0);
    compareStory({ cluster, articles }, { now: '2024-07-01T00:00:00Z' });
    const start = performance.now();
    const runs = size <= 100 ? 5 : 2;
    let families = 0;
    for (let r = 0; r < runs; r++) families = compareStory({ cluster, articles }, { now: '2024-07-01T00:00:00Z' }).quoteFamilies.length;
    const ms = (performance.now() - start) / runs;
    console.log(`${size} articles (${sentences} sentences, ${quotes} quotes): ${ms.toFixed(1)} ms per story, ${families} quote families`);
  }
}
