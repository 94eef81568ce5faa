/**
 * Template learning measured honestly (issue #3): rendered text pages are processed outlet
 * by outlet (outlet = the page URL's host, as the store keys a page with no given outlet),
 * in a fixed order (page id), and each page is extracted with templates learned only from
 * the pages of its outlet that came before it, never from itself. The same pages without
 * templates are the comparison. Shared by `text-run.ts` and the text gate.
 */
import type { ExtractedArticle, RawDocument } from '../../../src/model/records.ts';
import type { OutletTemplates } from '../../../src/model/stage.ts';
import { extractText } from '../../../src/extract/text/extractText.ts';
import { applyTemplateLesson, outletKey, templateLesson } from '../../../src/extract/text/OutletTemplates.ts';
import type { PRF } from '../metrics.ts';
import { paragraphsOf } from './score.ts';

/** One rendered page of a benchmark set, with what scores it. */
export interface OutletPage {
  id: string;
  url: string;
  text: string;
}

/** A benchmark set for the template section: its pages and its own metric over (page, output) pairs. */
export interface TemplateSet<P extends OutletPage = OutletPage> {
  name: string;
  pages: readonly P[];
  score: (pairs: readonly { page: P; output: string[] }[]) => PRF;
}

// Reading time: after every benchmark page's date (a date after the reading is a placeholder).
const NOW = '2026-06-01T00:00:00Z';

/**
 * Where the outlet key comes from: `url` gives each page its URL (key: the host), `page` gives
 * nothing, so the key is the outlet text mode finds in the page (a dateline or copyright line),
 * as for a bare scrape.
 */
export type KeySource = 'url' | 'page';

function rawOf(page: OutletPage, keys: KeySource): RawDocument {
  const given = keys === 'url' ? { url: page.url } : {};
  return { source: page.id, format: 'text', content: page.text, encoding: 'utf-8', given, arrival: { kind: 'file' }, problems: [] };
}

function extracted(page: OutletPage, keys: KeySource, templates: OutletTemplates | undefined): ExtractedArticle {
  return extractText(rawOf(page, keys), templates ? { now: NOW, outletTemplates: templates } : { now: NOW });
}

/** Pages grouped by outlet (URL host), each group in id order; only outlets with two pages or more. */
export function groupByOutlet<P extends OutletPage>(pages: readonly P[]): P[][] {
  const groups = new Map<string, P[]>();
  for (const page of pages) {
    const key = outletKey(null, page.url);
    if (key === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  return [...groups.keys()]
    .sort()
    .map((key) => groups.get(key)!.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    .filter((group) => group.length >= 2);
}

export interface TemplateComparison {
  pages: number;
  without: PRF;
  with: PRF;
  /** Pages whose output changed with templates. */
  changed: number;
}

/**
 * Scores the pages at `index ≥ minIndex` of each group, each with templates from `window` pages
 * before it (all earlier pages when null). Each earlier page teaches what the store would learn
 * from it (`templateLesson` of the page and its extraction without templates).
 */
export function compareTemplates<P extends OutletPage>(set: TemplateSet<P>, minIndex: number, window: number | null, keys: KeySource = 'url'): TemplateComparison {
  const withPairs: { page: P; output: string[] }[] = [];
  const withoutPairs: { page: P; output: string[] }[] = [];
  const plainOf = new Map<string, ExtractedArticle>();
  const plain = (page: P): ExtractedArticle => {
    let article = plainOf.get(page.id);
    if (article === undefined) plainOf.set(page.id, (article = extracted(page, keys, undefined)));
    return article;
  };
  let changed = 0;
  for (const group of groupByOutlet(set.pages)) {
    for (let j = minIndex; j < group.length; j++) {
      const page = group[j]!;
      let templates: OutletTemplates | undefined;
      for (const earlier of group.slice(window === null ? 0 : Math.max(0, j - window), j)) {
        const lesson = templateLesson(rawOf(earlier, keys), plain(earlier));
        if (lesson) templates = applyTemplateLesson(templates, lesson);
      }
      const without = paragraphsOf(plain(page));
      const learned = templates ? paragraphsOf(extracted(page, keys, templates)) : without;
      if (without.join('\n') !== learned.join('\n')) changed++;
      withoutPairs.push({ page, output: without });
      withPairs.push({ page, output: learned });
    }
  }
  return { pages: withPairs.length, without: set.score(withoutPairs), with: set.score(withPairs), changed };
}

/** Earlier pages seen, for the learning curve. */
export const CURVE_STEPS = [0, 1, 2, 4] as const;
