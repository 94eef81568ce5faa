import { html } from 'hono/html';
import type { Page, SearchHit } from '../../store/store.ts';
import { dateLabel, highlightedSnippet } from '../components.ts';
import type { Markup } from '../layout.ts';
import { plainText } from '../safe.ts';

export function searchPage(query: string, page: Page<SearchHit> | null, error: string | null): Markup {
  return html`<h1>Search</h1>
${error ? html`<p class="notice" role="alert">${error}</p>` : ''}
${page && page.items.length === 0 ? html`<p class="muted">Nothing matches “${plainText(query)}”.</p>` : ''}
${(page?.items ?? []).map((hit) => html`<article class="card hit">
<h2 class="h3"><a href="/articles/${encodeURIComponent(hit.article)}">${plainText(hit.title ?? hit.article)}</a> <span class="badge">${hit.kind}</span></h2>
<p class="muted small">${plainText(hit.outlet ?? 'unknown outlet')} · ${dateLabel(hit.publishedAt)}</p>
<p dir="auto">${highlightedSnippet(hit.snippet)}</p></article>`)}
${page?.next ? html`<p class="pager"><a href="/search?q=${encodeURIComponent(query)}&cursor=${encodeURIComponent(page.next)}">More results →</a></p>` : ''}`;
}
