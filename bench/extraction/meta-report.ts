/**
 * The metadata benchmark's table: title (exact; site part forgiven) and publishedAt (same
 * calendar day, only on pages whose reference states a date), plus byline and site name,
 * for every tool on every set that has metadata ground truth, split dev / test
 * (bench/extraction/meta-sets.ts). Shared by `npm run bench:extraction` and the gate.
 */
import { table } from '../lib/report.ts';
import { META_FIELDS, metaAgreement, type Agreement } from './meta-score.ts';
import type { MetaCase, MetaSplit } from './meta-sets.ts';
import type { ToolOutput } from './peers.ts';

export interface MetaRun {
  set: string;
  cases: readonly MetaCase[];
  /** Tool name → outputs aligned with `cases`. */
  outputs: ReadonlyMap<string, readonly ToolOutput[]>;
}

/** Agreement of one tool on one split of a set. */
export function splitAgreement(cases: readonly MetaCase[], outputs: readonly ToolOutput[], split: MetaSplit | 'all'): Agreement[] {
  const keep = cases.map((c, i) => [c, outputs[i]!] as const).filter(([c]) => split === 'all' || c.split === split);
  return metaAgreement(keep.map(([, o]) => o), keep.map(([c]) => c));
}

const cell = (a: Agreement) => (a.n ? `${a.share.toFixed(3)} (${a.n})` : '—');

export function metadataSection(runs: readonly MetaRun[]): string {
  const rows: string[][] = [];
  for (const run of runs) {
    for (const split of ['dev', 'test'] as const) {
      for (const [tool, outputs] of run.outputs) rows.push([run.set, split, tool, ...splitAgreement(run.cases, outputs, split).map(cell)]);
    }
  }
  return (
    `### Metadata: title and publishedAt, dev / test halves\n\n` +
    `Sets with metadata ground truth: Readability.js test pages (\`expected-metadata.json\`, Readability.js's own output, so its row there is a consistency check) ` +
    `and WCXB dev (human title, author, publish_date). Scrapinghub and Fundus ship no metadata ground truth. ` +
    `Split: a page is dev when the FNV-1a hash of \`<set>/<id>\` is even (rules are tuned on dev only), test otherwise. ` +
    `Title: exact after folding white space, case and typographic quotes; "site part forgiven" also accepts the reference without its first or last separated part. ` +
    `Date: same calendar day as written (the page's local day), counted only where the reference states a date; "where the page states it" (the issue's goal) counts only pages that state the reference day anywhere in their URL, markup, scripts or text, in any numeric, written-month or Unix-stamp form (rule in \`bench/extraction/meta-stated.ts\`, decided from the page and the reference alone); "excl. updated-only" instead leaves out pages whose visible text shows the reference day only on lines labelled updated/modified/reviewed (rule in \`bench/extraction/meta-text.ts\`; Chorus keeps such a day as modifiedAt). ` +
    `"Chorus text mode" reads the same pages rendered to their full visible text (\`text/render.ts\`, no <head>), so title and date come from TitleFinder / MetaLineFinder alone. n in brackets.\n\n` +
    table(['set', 'split', 'tool', ...META_FIELDS.map(([f]) => f)], rows)
  );
}
