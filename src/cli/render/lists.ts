/** Plain-text listings for the terminal: stories, quotes, search hits, entities. */
import type { FeedStatus } from '../../ingest/index.ts';
import type { EntityPage, Page, QuoteRow, SearchHit, StorySummary } from '../../store/store.ts';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../store/base/dialect.ts';

const SPARK = '▁▂▃▄▅▆▇█';
/** Spark lines show the last days only: a terminal row has room for about a month. */
export const SPARK_WIDTH = 30;

export function sparkline(counts: readonly { count: number }[]): string {
  const tail = counts.slice(-SPARK_WIDTH);
  const max = Math.max(0, ...tail.map((c) => c.count));
  if (max === 0) return '';
  return tail.map((c) => (c.count === 0 ? ' ' : SPARK[Math.min(SPARK.length - 1, Math.ceil((c.count / max) * SPARK.length) - 1)])).join('');
}

function day(date: string | null): string {
  return date ? date.slice(0, 10) : 'undated';
}

export function renderStories(page: Page<StorySummary>): string {
  if (page.items.length === 0) return 'No stories.\n';
  const lines = page.items.map((s) => {
    const outlets = s.outlets.map((o) => `${o.outlet ?? '?'}${o.count > 1 ? `×${o.count}` : ''}`).join(', ');
    return `${s.id}  ${String(s.articleCount).padStart(3)} art  ${day(s.from)}…${day(s.to)}  ${sparkline(s.perDay)}\n    ${s.title}\n    ${outlets}`;
  });
  return `${lines.join('\n')}\n${nextHint(page.next)}`;
}

export function renderQuotes(page: Page<QuoteRow>): string {
  if (page.items.length === 0) return 'No quotes.\n';
  const lines = page.items.map((q) => {
    const via = q.quote.via.length > 0 ? ` via ${q.quote.via.join(', ')}` : '';
    return `“${q.quote.text}”\n    ${q.quote.speaker ?? 'unattributed'} (${q.quote.kind}${q.quote.cue ? `, ${q.quote.cue}` : ''}${via}) · ${q.outlet ?? '?'} ${day(q.publishedAt)} · article ${q.article}${q.story ? ` · story ${q.story}` : ''}`;
  });
  return `${lines.join('\n')}\n${nextHint(page.next)}`;
}

export function highlight(snippet: string, isTTY: boolean): string {
  const [on, off] = isTTY ? ['\u001b[1m', '\u001b[22m'] : ['**', '**'];
  return snippet.split(HIGHLIGHT_START).join(on).split(HIGHLIGHT_END).join(off).replace(/\s*\n\s*/g, ' ');
}

export function renderSearch(page: Page<SearchHit>, isTTY: boolean): string {
  if (page.items.length === 0) return 'No matches.\n';
  const lines = page.items.map((h) => {
    const what = h.kind === 'quote' ? `quote ${h.quoteIndex}` : 'article';
    return `${h.article}  ${h.outlet ?? '?'} ${day(h.publishedAt)}  ${h.title ?? ''} (${what})\n    ${highlight(h.snippet, isTTY)}`;
  });
  return `${lines.join('\n')}\n${nextHint(page.next)}`;
}

export function renderEntity(page: EntityPage): string {
  const out: string[] = [`${page.name} (${page.type}) · ${page.key} · ${page.articleCount} article(s)`];
  if (page.aliases.length > 0) out.push(`Also: ${page.aliases.join(', ')}`);
  if (page.roles.length > 0) {
    out.push('Roles:');
    for (const r of page.roles) out.push(`  ${r.role} (${day(r.from)} to ${day(r.to)})`);
  }
  out.push('Articles:');
  for (const a of page.articles) out.push(`  ${a.id}  ${a.outlet ?? '?'} ${day(a.publishedAt)}  ${a.title ?? ''}`);
  if (page.quotes.length > 0) {
    out.push('Quotes:');
    for (const q of page.quotes) out.push(`  “${q.quote.text}” (${q.outlet ?? '?'} ${day(q.publishedAt)})`);
  }
  if (page.related.length > 0) out.push(`Related: ${page.related.map((r) => `${r.name} (${r.count})`).join(', ')}`);
  return `${out.join('\n')}\n`;
}

function nextHint(next: string | null): string {
  return next === null ? '' : `… more: --cursor ${next}\n`;
}

export function renderFeedStatus(feeds: readonly FeedStatus[]): string {
  if (feeds.length === 0) return 'No feeds watched yet: chorus watch <feed-url...>\n';
  return `${feeds
    .map((f) => {
      const error = f.lastError === null ? '' : `\n    last error ${f.lastErrorAt ?? ''}: ${f.lastError}`;
      return `${f.feed}${f.title ? ` (${f.title})` : ''}\n    last poll ${f.lastFetchAt ?? 'never'} (HTTP ${f.lastStatus ?? '—'}), seen ${f.itemsSeen}, added ${f.added}, backlog ${f.backlog}, next ${f.nextPollAt}${error}`;
    })
    .join('\n')}\n`;
}
