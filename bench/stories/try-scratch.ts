import { clusterArticles } from '../../src/stories/index.ts';
import { loadEcb, loadUci } from './datasets.ts';
import { scoreClustering } from './metrics.ts';
import type { Clustering } from '../../src/model/records.ts';
const lab = (c: Clustering) => { const m = new Map<string,string>(); for (const s of c.stories) for (const a of s.articles) m.set(a, s.id); return m; };
const opts = JSON.parse(process.argv[2] ?? '{}');
const fmt = (s: ReturnType<typeof scoreClustering>) => `B ${s.bcubed.precision.toFixed(3)}/${s.bcubed.recall.toFixed(3)}/${s.bcubed.f1.toFixed(3)} P ${s.pairwise.f1.toFixed(3)} k=${s.predictedClusters}`;
const ecb = loadEcb(); let t = Date.now();
const c = clusterArticles(ecb.articles, opts);
console.log('ECB event', fmt(scoreClustering(lab(c), ecb.gold.event!)), 'topic', fmt(scoreClustering(lab(c), ecb.gold.topic!)), Date.now()-t, 'ms');
const uci = loadUci(); t = Date.now();
const u = clusterArticles(uci.articles, opts);
console.log('UCI', fmt(scoreClustering(lab(u), uci.gold.story!)), Date.now()-t, 'ms');
if (process.env.DUMP) {
  for (const s of c.stories) {
    const counts = new Map<string, number>();
    for (const a of s.articles) counts.set(ecb.gold.event!.get(a)!, (counts.get(ecb.gold.event!.get(a)!) ?? 0) + 1);
    if (counts.size > 1) console.log(s.id, [...counts].map(([k, v]) => `${k}:${v}`).join(' '));
  }
}
