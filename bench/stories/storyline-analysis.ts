/**
 * Storyline error analysis on ECB+ (dev topics only): `node --import tsx bench/stories/storyline-analysis.ts [--dev]`.
 * Runs the batch clusterer on the full set (or the dev half with --dev), then lists, for odd
 * (dev) topics only, storylines that join two or more dev topics (false joins) and dev topics
 * split across storylines (missed joins), with each story's strongest centroid terms.
 * Even (test) topics are never shown: they only appear as a count.
 */
import { createClusterer } from '../../src/stories/index.ts';
import { publicationOrder } from '../../src/stories/clusterStories.ts';
import { loadEcb } from './datasets.ts';
import { splitCorpus } from './evaluate.ts';

const dev = process.argv.includes('--dev');
const ecb = loadEcb();
const corpus = dev ? splitCorpus(ecb, 'topic', (t) => Number(t) % 2 === 1)[0] : ecb;
const topicOf = corpus.gold.topic!;
const eventOf = corpus.gold.event!;
const ordered = publicationOrder(corpus.articles);
const clusterer = createClusterer(undefined, { primeIdf: ordered });
for (const a of ordered) clusterer.add(a);
clusterer.refine();
const clustering = clusterer.clustering();
const state = clusterer.snapshot();
const terms = state.vocabulary.terms;
const centroidOf = new Map<string, [number, number][]>();
for (const s of state.active) {
  const first = s.members.map((m) => m.article).sort()[0];
  centroidOf.set(first!, s.centroid);
}
const storyById = new Map(clustering.stories.map((s) => [s.id, s]));
const odd = (t: string) => Number(t) % 2 === 1;
const describe = (storyId: string) => {
  const story = storyById.get(storyId)!;
  const topics = new Map<string, number>();
  for (const a of story.articles) topics.set(topicOf.get(a)!, (topics.get(topicOf.get(a)!) ?? 0) + 1);
  const events = new Set(story.articles.map((a) => eventOf.get(a)));
  const key = [...story.articles].sort()[0]!;
  const top = (centroidOf.get(key) ?? []).slice().sort((x, y) => y[1] - x[1]).slice(0, 10).map(([t, w]) => `${terms[t]}:${w.toFixed(2)}`);
  return { topics, events, n: story.articles.length, top };
};
for (const line of clustering.storylines) {
  const topics = new Map<string, number>();
  for (const s of line.stories) for (const a of storyById.get(s)!.articles) topics.set(topicOf.get(a)!, (topics.get(topicOf.get(a)!) ?? 0) + 1);
  const oddTopics = [...topics.keys()].filter(odd);
  if (oddTopics.length < 2) continue;
  const evenCount = [...topics].filter(([t]) => !odd(t)).reduce((s, [, n]) => s + n, 0);
  console.log(`\nFALSE JOIN line ${line.id}: dev topics ${oddTopics.map((t) => `${t}(${topics.get(t)})`).join(' ')}; test articles ${evenCount}`);
  for (const s of line.stories) {
    const d = describe(s);
    if (![...d.topics.keys()].some(odd)) continue;
    console.log(`  ${s} n=${d.n} topics=${[...d.topics].map(([t, n]) => `${t}:${n}`).join(',')} events=${d.events.size} | ${d.top.join(' ')}`);
  }
}
// Dev topics split over lines.
const linesOfTopic = new Map<string, Map<string, number>>();
for (const line of clustering.storylines) for (const s of line.stories) for (const a of storyById.get(s)!.articles) {
  const t = topicOf.get(a)!;
  if (!odd(t)) continue;
  const m = linesOfTopic.get(t) ?? new Map<string, number>();
  m.set(line.id, (m.get(line.id) ?? 0) + 1);
  linesOfTopic.set(t, m);
}
for (const [t, m] of [...linesOfTopic].sort((a, b) => Number(a[0]) - Number(b[0]))) {
  if (m.size < 2) continue;
  console.log(`\nSPLIT topic ${t}: ${[...m].map(([l, n]) => `${l}(${n})`).join(' ')}`);
  for (const line of clustering.storylines.filter((l) => m.has(l.id))) {
    for (const s of line.stories) {
      const d = describe(s);
      if (!d.topics.has(t)) continue;
      console.log(`  [${line.id}] ${s} n=${d.n} topics=${[...d.topics].filter(([x]) => odd(x)).map(([x, n]) => `${x}:${n}`).join(',')} | ${d.top.join(' ')}`);
    }
  }
}
