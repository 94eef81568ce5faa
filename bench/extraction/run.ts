/**
 * `npm run bench:extraction [-- --limit N --sets scrapinghub,fundus,wcxb,readability --no-peers]`
 *
 * 1. Reproduces the published scores from the shipped tool outputs (so the scorers are trusted).
 * 2. Runs Chorus, Readability.js+linkedom and @extractus/article-extractor on the same pages,
 *    in the same process, timing only the extraction call, and scores each with the set's
 *    own published metric. 3. Writes the tables to BENCHMARKS.md.
 */
import { table, writeResultSection } from '../lib/report.ts';
import {
  hasExtractionData,
  loadFundus,
  loadFundusToolOutput,
  loadReadabilityCases,
  loadScrapinghub,
  loadScrapinghubToolOutput,
  loadWcxb,
} from './data.ts';
import { metadataSection, type MetaRun } from './meta-report.ts';
import { META_FIELDS, metaAgreement } from './meta-score.ts';
import { loadReadabilityMetaCases, loadWcxbMetaCases } from './meta-sets.ts';
import { renderMetaCases } from './meta-text.ts';
import { bagOfWordsF1, fundusArticleScore, meanPRF, scrapinghubScore, snippetChecks, type PRF } from './metrics.ts';
import { TOOLS, chorus, type Tool, type ToolOutput } from './peers.ts';

interface Args {
  limit: number;
  sets: Set<string>;
  peers: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { limit: Infinity, sets: new Set(['scrapinghub', 'fundus', 'wcxb', 'readability']), peers: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--limit') args.limit = Number(argv[++i]);
    else if (a === '--sets') args.sets = new Set((argv[++i] ?? '').split(','));
    else if (a === '--no-peers') args.peers = false;
  }
  return args;
}

const SCRAPINGHUB_PUBLISHED: readonly [string, string, number][] = [
  ['rs_trafilatura', 'rs-trafilatura', 0.97],
  ['go_trafilatura', 'go-trafilatura', 0.96],
  ['trafilatura', 'trafilatura 2.0.0', 0.958],
  ['newspaper', 'newspaper4k', 0.949],
  ['news_please', 'news-please', 0.948],
  ['readability_js', 'Readability.js 0.6.0', 0.947],
  ['go_domdistiller', 'go-domdistiller', 0.927],
  ['readability', 'readability-lxml', 0.922],
  ['goose3', 'goose3', 0.896],
  ['boilerpipe', 'boilerpipe', 0.86],
  ['justext', 'jusText', 0.804],
];
const FUNDUS_PUBLISHED: readonly [string, number][] = [['fundus', 97.69], ['trafilatura', 93.62], ['newsplease', 93.39]];

const f3 = (x: number) => x.toFixed(3);
/** Pages each tool extracts untimed before a timed pass. */
const WARM_UP_PAGES = 10;

interface Timed {
  outputs: ToolOutput[];
  /** Wall-clock seconds inside the tool's calls. */
  seconds: number;
  /** CPU seconds (user + system) inside the calls: fair to a tool that waits on something. */
  cpuSeconds: number;
}

/** Runs a tool over pre-read pages, timing only the extraction calls. */
async function runTool(tool: Tool, pages: readonly { html: string; url: string }[]): Promise<Timed> {
  const outputs: ToolOutput[] = [];
  // Warm-up outside the clock (JIT, lazy module loading), the same for every tool.
  for (const page of pages.slice(0, WARM_UP_PAGES)) await tool.run(page.html, page.url);
  let ns = 0n;
  let cpuMicros = 0;
  for (const page of pages) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const out = await tool.run(page.html, page.url);
    ns += process.hrtime.bigint() - start;
    const used = process.cpuUsage(cpu);
    cpuMicros += used.user + used.system;
    outputs.push(out);
  }
  return { outputs, seconds: Number(ns) / 1e9, cpuSeconds: cpuMicros / 1e6 };
}

function throughputRows(times: Map<string, { wall: number; cpu: number }>, pages: number): (string | number)[][] {
  const base = times.get(chorus.name);
  return [...times].map(([name, t]) => [
    name,
    (pages / t.wall).toFixed(1),
    base ? (t.wall / base.wall).toFixed(2) : '—',
    (pages / t.cpu).toFixed(1),
    base ? (t.cpu / base.cpu).toFixed(2) : '—',
  ]);
}

async function main(): Promise<void> {
  if (!hasExtractionData()) {
    console.log('No extraction data under ../shared/data/extraction; nothing to measure.');
    return;
  }
  const args = parseArgs(process.argv.slice(2));
  const tools = args.peers ? TOOLS : [chorus];
  const sections: string[] = [];
  const metaRuns: MetaRun[] = [];
  const totals = new Map<string, { wall: number; cpu: number }>();
  let totalPages = 0;
  const addTime = (name: string, t: Timed) => {
    const prev = totals.get(name) ?? { wall: 0, cpu: 0 };
    totals.set(name, { wall: prev.wall + t.seconds, cpu: prev.cpu + t.cpuSeconds });
  };

  if (args.sets.has('scrapinghub')) {
    const pages = loadScrapinghub().slice(0, args.limit);
    const reproduced = SCRAPINGHUB_PUBLISHED.map(([file, label, published]) => {
      const out = loadScrapinghubToolOutput(file);
      const s = scrapinghubScore(pages.map((p) => ({ predicted: out[p.id] ?? '', expected: p.expected })));
      return [label, f3(published), f3(s.f1), f3(s.precision), f3(s.recall)];
    });
    console.log('Scrapinghub: published vs reproduced from tool-outputs');
    console.table(reproduced);
    const loaded = pages.map((p) => ({ html: p.html(), url: p.url }));
    const rows: (string | number)[][] = [];
    for (const tool of tools) {
      const timed = await runTool(tool, loaded);
      const { outputs, seconds } = timed;
      addTime(tool.name, timed);
      const s = scrapinghubScore(outputs.map((o, i) => ({ predicted: o.paragraphs.join('\n'), expected: pages[i]!.expected })));
      rows.push([tool.name, f3(s.f1), f3(s.precision), f3(s.recall), (pages.length / seconds).toFixed(1)]);
      console.log(`scrapinghub ${tool.name}: F1 ${f3(s.f1)} P ${f3(s.precision)} R ${f3(s.recall)} ${(pages.length / seconds).toFixed(1)} pages/s`);
    }
    totalPages += pages.length;
    sections.push(
      `### Scrapinghub article-extraction-benchmark (${pages.length} pages; 4-gram shingle F1 of mean P and mean R)\n\n` +
        `Scorer check, published vs reproduced from \`tool-outputs/\`:\n\n${table(['tool', 'published F1', 'reproduced F1', 'P', 'R'], reproduced)}\n\n` +
        `Same run, same pages:\n\n${table(['tool', 'F1', 'precision', 'recall', 'pages/s'], rows)}`,
    );
  }

  if (args.sets.has('fundus')) {
    const pages = loadFundus().slice(0, args.limit);
    const reproduced = FUNDUS_PUBLISHED.map(([tool, published]) => {
      const out = loadFundusToolOutput(tool);
      const m = meanPRF(pages.map((p) => fundusArticleScore(out[p.id] ?? [], p.body)));
      return [tool, published.toFixed(2), (m.f1 * 100).toFixed(2)];
    });
    console.log('Fundus: published vs reproduced ROUGE-LSum F1 (%)');
    console.table(reproduced);
    const loaded = pages.map((p) => ({ html: p.html(), url: p.url }));
    const rows: (string | number)[][] = [];
    for (const tool of tools) {
      const timed = await runTool(tool, loaded);
      const { outputs, seconds } = timed;
      addTime(tool.name, timed);
      const m = meanPRF(outputs.map((o, i) => fundusArticleScore(o.paragraphs, pages[i]!.body)));
      rows.push([tool.name, (m.f1 * 100).toFixed(2), (m.precision * 100).toFixed(2), (m.recall * 100).toFixed(2), (pages.length / seconds).toFixed(1)]);
      console.log(`fundus ${tool.name}: ROUGE-LSum F1 ${(m.f1 * 100).toFixed(2)}`);
    }
    totalPages += pages.length;
    sections.push(
      `### Fundus (${pages.length} pages; ROUGE-LSum, mean over articles, %)\n\n` +
        `Scorer check:\n\n${table(['tool', 'published F1', 'reproduced F1'], reproduced)}\n\n` +
        `Same run:\n\n${table(['tool', 'F1', 'precision', 'recall', 'pages/s'], rows)}`,
    );
  }

  if (args.sets.has('wcxb')) {
    const pages = loadWcxb().slice(0, args.limit);
    const loaded = pages.map((p) => ({ html: p.html(), url: p.url }));
    const rows: (string | number)[][] = [];
    const metaOutputs = new Map<string, ToolOutput[]>();
    for (const tool of tools) {
      const timed = await runTool(tool, loaded);
      const { outputs, seconds } = timed;
      metaOutputs.set(tool.name, outputs);
      addTime(tool.name, timed);
      const scores: PRF[] = [];
      const withShares: number[] = [];
      const withoutShares: number[] = [];
      outputs.forEach((o, i) => {
        const text = o.paragraphs.join('\n');
        scores.push(bagOfWordsF1(text, pages[i]!.mainContent));
        const snip = snippetChecks(text, pages[i]!.with, pages[i]!.without);
        if (snip.withFound !== null) withShares.push(snip.withFound);
        if (snip.withoutAbsent !== null) withoutShares.push(snip.withoutAbsent);
      });
      const m = meanPRF(scores);
      const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
      rows.push([tool.name, f3(m.f1), f3(m.precision), f3(m.recall), f3(avg(withShares)), f3(avg(withoutShares)), (pages.length / seconds).toFixed(1)]);
      console.log(`wcxb ${tool.name}: F1 ${f3(m.f1)} with ${f3(avg(withShares))} without ${f3(avg(withoutShares))}`);
    }
    totalPages += pages.length;
    // Text mode on each page's rendered visible text, and the "updated-only" marks (meta-text.ts).
    const rendered = renderMetaCases(loadWcxbMetaCases().slice(0, args.limit));
    metaOutputs.set('Chorus text mode', rendered.textOutputs);
    metaRuns.push({ set: 'WCXB dev', cases: rendered.cases, outputs: metaOutputs });
    sections.push(
      `### WCXB dev split (${pages.length} article pages; macro bag-of-words F1, snippet shares)\n\n` +
        `${table(['tool', 'F1', 'precision', 'recall', '"with" found', '"without" absent', 'pages/s'], rows)}\n\n` +
        `Title and publishedAt on these pages: see "Metadata" below.`,
    );
  }

  if (args.sets.has('readability')) {
    const cases = loadReadabilityCases().slice(0, args.limit);
    const loaded = cases.map((c) => ({ html: c.html(), url: `http://fakehost/test/${c.id}` }));
    const rows: (string | number)[][] = [];
    const metaOutputs = new Map<string, ToolOutput[]>();
    // Rendered first: it marks each page updated-only / stated (meta-text.ts, meta-stated.ts) for the date columns.
    const rendered = renderMetaCases(loadReadabilityMetaCases().slice(0, args.limit));
    for (const tool of tools) {
      const { outputs } = await runTool(tool, loaded);
      metaOutputs.set(tool.name, outputs);
      const agreement = metaAgreement(outputs, rendered.cases);
      rows.push([tool.name, ...agreement.map((a) => `${f3(a.share)} (${a.n})`)]);
      console.log(`readability-test-pages ${tool.name}:`, agreement.map((a) => `${a.field} ${f3(a.share)}`).join(' '));
    }
    sections.push(
      `### Readability.js test pages: metadata agreement with \`expected-metadata.json\` (${cases.length} pages)\n\n` +
        `Exact match after white-space, case and typographic-quote folding (byline also without a leading "By"), same day for dates; n = pages where the reference has the field. ` +
        `The reference is Readability.js's own output, so its own row is a consistency check, not a score.\n\n` +
        table(['tool', ...META_FIELDS.map(([f]) => f)], rows),
    );
    metaOutputs.set('Chorus text mode', rendered.textOutputs);
    metaRuns.push({ set: 'Readability.js test pages', cases: rendered.cases, outputs: metaOutputs });
  }
  if (metaRuns.length) sections.push(metadataSection(metaRuns));

  if (totalPages > 0 && totals.size > 1) {
    const rows = throughputRows(totals, totalPages);
    console.log('Throughput over all scored pages:');
    console.table(rows);
    sections.push(
      `### Throughput (${totalPages} pages, extraction call only, same process, one core)\n\n` +
        `Wall-clock and CPU time are both shown: @extractus/article-extractor spends much of its wall time waiting (its calls are async), so its CPU figure is the fairer one.\n\n` +
        table(['tool', 'pages/s (wall)', 'wall time vs Chorus', 'pages/s (CPU)', 'CPU time vs Chorus'], rows),
    );
  }
  writeResultSection('extraction', 'Extraction: HTML mode', sections.join('\n\n'));
}

await main();
