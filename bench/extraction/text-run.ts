/**
 * Text-mode benchmark (issue #3): every Scrapinghub and Fundus page is rendered to its full
 * visible text, one block per line, chrome included (`text/render.ts`); Chorus's text mode
 * recovers the body from that text and is scored with the HTML benchmark's own metrics.
 * In the same run: a naive baseline (keep every line) for context, and Chorus's HTML mode
 * on the same pages when it is present (the goal is text within 0.05 F1 of HTML).
 *
 * Run: `npm run bench:text-extraction`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractedArticle, RawDocument } from '../../src/model/records.ts';
import type { StageContext } from '../../src/model/stage.ts';
import { table, writeResultSection } from '../lib/report.ts';
import { hasExtractionData, loadFundus, loadScrapinghub } from './data.ts';
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
import { fundusArticleScore, meanPRF, scrapinghubScore } from './metrics.ts';
import type { FundusPage, ScrapinghubPage } from './data.ts';

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
  const context = { now: '2024-06-01T00:00:00Z' };
  const [outputs, seconds, cpuSeconds] = timed(() => htmls.map((html, i) => paragraphsOf(extractor(htmlDocument(html, pages[i]!.url), context))));
  return { outputs, seconds, cpuSeconds };
}

function row(name: string, set: string, result: ToolScore): (string | number)[] {
  const s = result.score;
  const cpu = result.cpuSeconds ? (result.pages / result.cpuSeconds).toFixed(0) : '–';
  return [name, set, s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3), (result.pages / result.seconds).toFixed(0), cpu];
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
  console.log(body);
  writeResultSection('text-extraction', 'Text-mode extraction (scraped plain text)', body);
}

await main();
