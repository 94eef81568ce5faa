/**
 * Chorus metadata over every page with metadata ground truth (both halves), with the
 * metadata reader alone (no body cascade): what the metadata gate pins.
 */
import { extractHtmlMetadata } from '../../src/extract/html/index.ts';
import { loadReadabilityMetaCases, loadWcxbMetaCases, type MetaCase } from './meta-sets.ts';
import { splitAgreement } from './meta-report.ts';
import type { ToolOutput } from './peers.ts';

function chorusMeta(c: MetaCase): ToolOutput {
  const { core } = extractHtmlMetadata(c.html(), c.url);
  return { paragraphs: [], title: core.title ?? null, author: core.author ?? null, publishedAt: core.publishedAt ?? null, siteName: core.outlet ?? null };
}

export interface MetaGateScores {
  wcxbTitle: number;
  wcxbDate: number;
  readabilityTitle: number;
  readabilityDate: number;
}

export function scoreMetaGate(): MetaGateScores {
  const score = (cases: MetaCase[]) => {
    const agreement = splitAgreement(cases, cases.map(chorusMeta), 'all');
    const share = (field: string) => agreement.find((a) => a.field === field)!.share;
    return { title: share('title'), date: share('date (day)') };
  };
  const w = score(loadWcxbMetaCases());
  const r = score(loadReadabilityMetaCases());
  return { wcxbTitle: w.title, wcxbDate: w.date, readabilityTitle: r.title, readabilityDate: r.date };
}
