/**
 * Text-mode benchmark (issue #3): every Scrapinghub and Fundus page is rendered to its full
 * visible text, one block per line, chrome included (`text/render.ts`); Chorus's text mode
 * recovers the body from that text and is scored with the HTML benchmark's own metrics.
 * In the same run: a naive baseline (keep every line) for context, and Chorus's HTML mode
 * on the same pages when it is present (the goal is text within 0.05 F1 of HTML).
 *
 * A second section measures template learning: pages processed outlet by outlet, each with
 * templates learned only from its outlet's earlier pages (`text/templates.ts`).
 *
 * Run: `npm run bench:text-extraction`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractedArticle, RawDocument } from '../../src/model/records.ts';
import type { StageContext } from '../../src/model/stage.ts';
import { table, writeResultSection } from '../lib/report.ts';
import { hasExtractionData, loadFundus, loadScrapinghub, loadWcxb } from './data.ts';
import {
  chorusText,
  keepAll,
  paragraphsOf,
  renderPages,
  scoreFundusText,
  scoreScrapinghubText,
  timed,
  type Rendered,
  type TextTool,
  type ToolScore,
} from './text/score.ts';
import { bagOfWordsF1, fundusArticleScore, meanPRF, scrapinghubScore } from './metrics.ts';
import { compareTemplates, CURVE_STEPS, groupByOutlet, type OutletPage, type TemplateComparison, type TemplateSet } from './text/templates.ts';
import type { FundusPage, ScrapinghubPage } from './data.ts';
import { runTextMeta, textMetaScores, type Share } from './text-meta.ts';
import { pooledTemplates } from './text/templates-pool.ts';

type HtmlExtractor = (raw: Readonly<RawDocument>, context: Readonly<StageContext>) => ExtractedArticle;

/** HTML mode is another engineer's module; the benchmark runs without it until it exists. */
async function loadHtmlExtractor(): Promise<HtmlExtractor | null> {
  const path = fileURLToPath(new URL('../../src/extract/html/index.ts', import.meta.url));
  if (!existsSync(path)) return null;
  const module = (await import(path)) as { extractHtml?: HtmlExtractor };
  return module.extractHtml ?? null;
}

function htmlDocument(html: string, url: string): RawDocument {
  return { source: url, format: 'html', content: html, encoding: 'utf-8', given: { url }, arrival: { kind: 'file' }, problems: [] };
}

function timedHtml<P extends { html: () => string; url: string }>(pages: readonly P[], extractor: HtmlExtractor): { outputs: string[][]; seconds: number; cpuSeconds: number } {
  const htmls = pages.map((p) => p.html());
  // Reading time: after every benchmark page's date (a date after the reading is a placeholder).
  const context = { now: '2026-06-01T00:00:00Z' };
  const [outputs, seconds, cpuSeconds] = timed(() => htmls.map((html, i) => paragraphsOf(extractor(htmlDocument(html, pages[i]!.url), context))));
  return { outputs, seconds, cpuSeconds };
}

function row(name: string, set: string, result: ToolScore): (string | number)[] {
  const s = result.score;
  const cpu = result.cpuSeconds ? (result.pages / result.cpuSeconds).toFixed(0) : '–';
  return [name, set, s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3), (result.pages / result.seconds).toFixed(0), cpu];
}

function templateRow(set: string, setting: string, c: TemplateComparison): (string | number)[] {
  const delta = c.with.f1 - c.without.f1;
  return [set, setting, c.pages, c.without.f1.toFixed(4), c.with.f1.toFixed(4), `${delta >= 0 ? '+' : ''}${delta.toFixed(4)}`, c.changed];
}

/** One set's rows: streaming (every earlier page, as the store does) and the curve by earlier pages seen. */
function templateRows<P extends OutletPage>(set: TemplateSet<P>): { rows: (string | number)[][]; outlets: string } {
  const groups = groupByOutlet(set.pages);
  const rows = [templateRow(set.name, 'every earlier page (as the store does)', compareTemplates(set, 0, null))];
  rows.push(templateRow(set.name, 'every earlier page, no URL given (key: outlet found in the page)', compareTemplates(set, 0, null, 'page')));
  for (const k of CURVE_STEPS) {
    if (groups.every((g) => g.length <= k)) continue;
    rows.push(templateRow(set.name, `curve: ${k} earlier page${k === 1 ? '' : 's'} (pages with ≥ ${k} before)`, compareTemplates(set, k, k)));
  }
  return { rows, outlets: `${set.name} ${groups.length} outlets / ${groups.reduce((n, g) => n + g.length, 0)} pages` };
}

/** The template-learning section over Fundus (16 publishers × 5), and the Scrapinghub and WCXB dev hosts with several pages. */
/** Worker threads the pooled template rows use (the machine's two cores). */
const POOL_THREADS = 2;

/** Fundus through the worker pool: learning along the run (URL given, and not), and the pool as it was before (templates from the run's start only). */
async function pooledRows<P extends OutletPage>(set: TemplateSet<P>): Promise<(string | number)[][]> {
  const single = compareTemplates(set, 0, null);
  const singleByPage = compareTemplates(set, 0, null, 'page');
  const rows: (string | number)[][] = [];
  const cases: [string, boolean, 'url' | 'page', number][] = [
    [`worker pool (${POOL_THREADS} threads), templates from the run's start only (before)`, false, 'url', single.without.f1],
    [`worker pool (${POOL_THREADS} threads), learning along the run (single process: ${single.with.f1.toFixed(4)})`, true, 'url', single.without.f1],
    [`worker pool (${POOL_THREADS} threads), learning along the run, no URL given (single process: ${singleByPage.with.f1.toFixed(4)})`, true, 'page', singleByPage.without.f1],
  ];
  for (const [setting, learn, keys, without] of cases) {
    const pooled = await pooledTemplates(set, POOL_THREADS, learn, keys);
    const delta = pooled.score.f1 - without;
    rows.push([set.name, setting, pooled.pages, without.toFixed(4), pooled.score.f1.toFixed(4), `${delta >= 0 ? '+' : ''}${delta.toFixed(4)}`, '—']);
  }
  return rows;
}

async function templateSection(scrapinghub: readonly Rendered<ScrapinghubPage>[], fundus: readonly Rendered<FundusPage>[]): Promise<string> {
  const fu = fundus.map((r) => ({ id: r.page.id, url: r.page.url, text: r.text, body: r.page.body }));
  const sh = scrapinghub.map((r) => ({ id: r.page.id, url: r.page.url, text: r.text, expected: r.page.expected }));
  const wcxbPages = groupByOutlet(loadWcxb().map((p) => ({ id: p.id, url: p.url, text: '', page: p }))).flat();
  const wc = renderPages(wcxbPages.map((p) => p.page)).map((r) => ({ id: r.page.id, url: r.page.url, text: r.text, expected: r.page.mainContent }));
  const fundusSet: TemplateSet<(typeof fu)[number]> = { name: 'Fundus', pages: fu, score: (pairs) => meanPRF(pairs.map((p) => fundusArticleScore(p.output, p.page.body))) };
  const pooled = await pooledRows(fundusSet);
  const parts = [
    templateRows(fundusSet),
    templateRows({
      name: 'Scrapinghub',
      pages: sh,
      score: (pairs) => scrapinghubScore(pairs.map((p) => ({ predicted: p.output.join('\n\n'), expected: p.page.expected }))),
    }),
    templateRows({ name: 'WCXB dev', pages: wc, score: (pairs) => meanPRF(pairs.map((p) => bagOfWordsF1(p.output.join('\n'), p.page.expected))) }),
  ];
  return [
    '### Template learning (outlet by outlet)',
    '',
    `Pages grouped by outlet (URL host; only outlets with two pages or more: ${parts.map((p) => p.outlets).join(', ')}), each outlet's pages in id order. ` +
      "Each page is extracted with templates learned only from its own outlet's earlier pages (never itself), through the same pure " +
      'functions the store mirrors (`templateLesson`, `applyTemplateLesson`); "without" is the same page with no templates (the URL is given in both, so the only difference is the templates). ' +
      'The curve learns from the k pages just before each page and scores only pages that have k before them, so each row compares like with like. ' +
      'A line counts as template from two earlier pages on, so 0 and 1 earlier pages change nothing by design; most Scrapinghub and WCXB hosts have only two pages, so templates can touch few of them.',
    '',
    table(['set', 'templates from', 'pages', 'F1 without', 'F1 with', 'Δ F1', 'pages changed'], parts.flatMap((p) => p.rows)),
    '',
    `Through the worker pool (\`src/workers/\`, ${POOL_THREADS} threads, \`learnTemplates\`): the Fundus pages outlet by outlet in one run, each result's lesson reported back (\`pool.learn\`) as \`chorus ingest\` does for a stored page. ` +
      "A page waits for its outlet's earlier pages and sees exactly their lessons (`src/workers/TemplateTimeline.ts`), so the pool matches the single process; before, workers saw only the templates stored when the run began.",
    '',
    table(['set', 'templates from', 'pages', 'F1 without', 'F1 with', 'Δ F1', 'pages changed'], pooled),
  ].join('\n');
}

const shareCell = (s: Share) => (s.n ? `${s.share.toFixed(3)} (${s.n})` : '—');

/** Text-mode title and date on the WCXB pages (dev / test halves), with the "where the rendered text states it" columns (text-meta.ts). */
function metadataSection(): string {
  const items = runTextMeta();
  const rows = (['dev', 'test'] as const).map((split) => {
    const s = textMetaScores(items.filter((c) => c.case.split === split));
    return ['WCXB dev', split, shareCell(s.title), shareCell(s.titleStated), shareCell(s.date), shareCell(s.dateStated)];
  });
  return [
    '### Metadata in text mode (WCXB pages rendered to text)',
    '',
    'Each WCXB page with a human title / publish date, rendered as above (no <head>); text mode reads title (TitleFinder / TitleScorer) and publishedAt (MetaLineFinder) from that text alone. ' +
      'Title: exact after folding white space, case and typographic quotes; date: same calendar day (as in the metadata table of the extraction benchmark). ' +
      '"Where the text states it" counts only pages whose rendered text can give the answer: the folded reference title is a line of the text or inside one; the reference day occurs in the text in a form `meta-stated.ts` recognises (applied to the text alone, no URL or markup). ' +
      'Split as in `meta-sets.ts` (FNV-1a of `wcxb/<id>` even = dev); rules were tuned on dev only. n in brackets.',
    '',
    table(['set', 'split', 'title', 'title, where the text states it', 'date (day)', 'date (day), where the text states it'], rows),
  ].join('\n');
}

async function main(): Promise<void> {
  if (!hasExtractionData()) {
    console.log('Extraction data absent (/work/shared/data/extraction): nothing to measure.');
    return;
  }
  const renderStart = process.hrtime.bigint();
  const scrapinghub: Rendered<ScrapinghubPage>[] = renderPages(loadScrapinghub());
  const fundus: Rendered<FundusPage>[] = renderPages(loadFundus());
  const renderSeconds = Number(process.hrtime.bigint() - renderStart) / 1e9;
  const tools: [string, TextTool][] = [
    ['Chorus text mode', chorusText],
    ['baseline: keep all text', keepAll],
  ];
  const rows: (string | number)[][] = [];
  const f1: Record<string, number> = {};
  for (const [name, tool] of tools) {
    const sh = scoreScrapinghubText(scrapinghub, tool);
    const fu = scoreFundusText(fundus, tool);
    rows.push(row(name, 'Scrapinghub (181)', sh), row(name, 'Fundus (80)', fu));
    f1[`${name}/sh`] = sh.score.f1;
    f1[`${name}/fu`] = fu.score.f1;
  }
  const html = await loadHtmlExtractor();
  let gap = 'HTML mode not available in this checkout: no comparison.';
  if (html) {
    const sh = timedHtml(scrapinghub.map((r) => r.page), html);
    const shScore = scrapinghubScore(scrapinghub.map((r, i) => ({ predicted: (sh.outputs[i] ?? []).join('\n\n'), expected: r.page.expected })));
    const fu = timedHtml(fundus.map((r) => r.page), html);
    const fuScore = meanPRF(fundus.map((r, i) => fundusArticleScore(fu.outputs[i] ?? [], r.page.body)));
    rows.push(
      row('Chorus HTML mode (same pages, from HTML)', 'Scrapinghub (181)', { score: shScore, seconds: sh.seconds, cpuSeconds: sh.cpuSeconds, pages: scrapinghub.length }),
      row('Chorus HTML mode (same pages, from HTML)', 'Fundus (80)', { score: fuScore, seconds: fu.seconds, cpuSeconds: fu.cpuSeconds, pages: fundus.length }),
    );
    const dsh = shScore.f1 - (f1['Chorus text mode/sh'] ?? 0);
    const dfu = fuScore.f1 - (f1['Chorus text mode/fu'] ?? 0);
    gap = `Text mode trails HTML mode by ${dsh.toFixed(3)} F1 on Scrapinghub and ${dfu.toFixed(3)} on Fundus (goal: within 0.05).`;
  }
  const body = [
    'Each page rendered to its full visible text, one block per line, chrome included (`bench/extraction/text/render.ts`: htmlparser2, visible text of block elements, no script/style/noscript/template/svg/hidden); text mode recovers the body from that text. Scrapinghub: 4-gram shingle P/R averaged over pages, F1 of the means. Fundus: ROUGE-LSum per article, mean (shown as a fraction). Pages/s counts extraction only, not rendering; the CPU column (pages per CPU-second of this process) is the stable one when the machine is shared.',
    '',
    table(['tool', 'set', 'precision', 'recall', 'F1', 'pages/s (wall)', 'pages/s (CPU)'], rows),
    '',
    gap,
    '',
    `Rendering all ${scrapinghub.length + fundus.length} pages to text took ${renderSeconds.toFixed(1)} s.`,
  ].join('\n');
  const templates = await templateSection(scrapinghub, fundus);
  const all = `${body}\n\n${metadataSection()}\n\n${templates}`;
  console.log(all);
  writeResultSection('text-extraction', 'Text-mode extraction (scraped plain text)', all);
}

await main();
