/**
 * Chorus metadata over every page with metadata ground truth (both halves), with the
 * metadata reader alone (no body cascade), and text mode on the WCXB pages rendered to
 * visible text (meta-text.ts): what the metadata gate pins.
 */
import { extractHtmlMetadata } from '../../src/extract/html/index.ts';
import { loadReadabilityMetaCases, loadWcxbMetaCases, type MetaCase } from './meta-sets.ts';
import { splitAgreement } from './meta-report.ts';
import { renderMetaCases } from './meta-text.ts';
import type { ToolOutput } from './peers.ts';

function chorusMeta(c: MetaCase): ToolOutput {
  const { core } = extractHtmlMetadata(c.html(), c.url);
  return { paragraphs: [], title: core.title ?? null, author: core.author ?? null, publishedAt: core.publishedAt ?? null, siteName: core.outlet ?? null };
}

export interface MetaGateScores {
  wcxbTitle: number;
  wcxbDate: number;
  /** Date over WCXB pages that do not state the reference day only as "updated". */
  wcxbDateExclUpdatedOnly: number;
  /** Date over WCXB pages that state the reference day anywhere (meta-stated.ts): the goal. */
  wcxbDateStated: number;
  readabilityTitle: number;
  readabilityDate: number;
  wcxbTextTitle: number;
  wcxbTextDate: number;
}

function shares(cases: readonly MetaCase[], outputs: readonly ToolOutput[]): { title: number; date: number; dateExcl: number; dateStated: number } {
  const agreement = splitAgreement(cases, outputs, 'all');
  const share = (field: string) => agreement.find((a) => a.field === field)!.share;
  return { title: share('title'), date: share('date (day)'), dateExcl: share('date (day), excl. updated-only'), dateStated: share('date (day), where the page states it') };
}

export function scoreMetaGate(): MetaGateScores {
  const { cases, textOutputs } = renderMetaCases(loadWcxbMetaCases());
  const w = shares(cases, cases.map(chorusMeta));
  const t = shares(cases, textOutputs);
  const readability = loadReadabilityMetaCases();
  const r = shares(readability, readability.map(chorusMeta));
  return {
    wcxbTitle: w.title,
    wcxbDate: w.date,
    wcxbDateExclUpdatedOnly: w.dateExcl,
    wcxbDateStated: w.dateStated,
    readabilityTitle: r.title,
    readabilityDate: r.date,
    wcxbTextTitle: t.title,
    wcxbTextDate: t.date,
  };
}
