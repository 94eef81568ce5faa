import { html } from 'hono/html';
import type { DiffPart, TimelineEntry } from '../model/records.ts';
import type { Markup } from './layout.ts';
import { plainText, safeHttpUrl } from './safe.ts';

/** A link to an original article, only for http(s) URLs; anything else is shown as inert text. */
export function originalLink(url: string | null, label: string): Markup {
  const href = safeHttpUrl(url);
  if (!href) return html`<span>${plainText(label)}</span>`;
  return html`<a href="${href}" rel="noopener noreferrer" target="_blank">${plainText(label)}</a>`;
}

export function dateLabel(value: string | null | undefined): string {
  if (!value) return 'undated';
  return value.length > 10 ? value.slice(0, 10) : value;
}

/** Articles per day as a small SVG spark line. */
export function sparkLine(perDay: readonly { date: string; count: number }[], label: string): Markup {
  const width = 140;
  const height = 36;
  if (perDay.length === 0) return html``;
  const max = Math.max(...perDay.map((d) => d.count), 1);
  const step = perDay.length > 1 ? width / (perDay.length - 1) : 0;
  const points = perDay.map((d, i) => `${(i * step).toFixed(1)},${(height - 3 - (d.count / max) * (height - 6)).toFixed(1)}`).join(' ');
  return html`<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}"><polyline fill="none" stroke="#1f5fbf" stroke-width="2" points="${points}"/></svg>`;
}

/** Word diff of one rendering against the canonical one: removed words struck, added words marked. */
export function diffView(parts: readonly DiffPart[]): Markup {
  return html`${parts.map((p) =>
    p.op === 'same' ? html`${plainText(p.text)} ` : p.op === 'added' ? html`<ins>${plainText(p.text)}</ins> ` : html`<del>${plainText(p.text)}</del> `,
  )}`;
}

/** Dated events on one horizontal axis. Labels alternate above and below so neighbours stay readable. */
export function timelineSvg(entries: readonly TimelineEntry[], label: string): Markup {
  if (entries.length === 0) return html`<p class="muted">No dated events were found in these articles.</p>`;
  const width = 960;
  const rowHeight = 26;
  const top = 20;
  const height = top + entries.length * rowHeight + 30;
  const times = entries.map((e) => Date.parse(padDate(e.date)));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const axisLeft = 110;
  const axisWidth = 300;
  const x = (t: number) => axisLeft + (max === min ? axisWidth / 2 : ((t - min) / (max - min)) * axisWidth);
  return html`<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">
<line class="axis" x1="${axisLeft}" y1="${height - 20}" x2="${axisLeft + axisWidth}" y2="${height - 20}" stroke-width="1"/>
${entries.map((entry, i) => {
  const y = top + i * rowHeight;
  const cx = x(times[i] ?? min).toFixed(1);
  return html`<g><text x="4" y="${y + 4}">${entry.date}</text><circle class="dot" cx="${cx}" cy="${y}" r="5"/><line class="axis" x1="${cx}" y1="${y}" x2="${cx}" y2="${height - 20}" stroke-dasharray="2 3"/><text x="${axisLeft + axisWidth + 16}" y="${y + 4}">${truncate(plainText(entry.summary), 64)} (${entry.articles.length} ${entry.articles.length === 1 ? 'source' : 'sources'})</text></g>`;
})}
</svg>`;
}

function padDate(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-07-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-15`;
  return value;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function entityChip(entity: { key: string; name: string; type: string }): Markup {
  return html`<li><a class="chip ${entity.type}" href="/entities/${encodeURIComponent(entity.key)}">${plainText(entity.name)}</a></li>`;
}

/** Search snippets mark matches with \u0002…\u0003: escape the text first, then turn the markers into <mark>. */
export function highlightedSnippet(snippet: string): Markup {
  const pieces = plainText(snippet).split(/(\u0002[^\u0003]*\u0003)/);
  return html`${pieces.map((piece) =>
    piece.startsWith('\u0002') ? html`<mark>${piece.slice(1, -1)}</mark>` : html`${piece.replace(/[\u0002\u0003]/g, '')}`,
  )}`;
}
