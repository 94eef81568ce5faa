import { html } from 'hono/html';
import type { Page, StoryQuery, StorySummary } from '../../store/store.ts';
import { dateLabel, sparkLine } from '../components.ts';
import type { Markup } from '../layout.ts';
import { plainText } from '../safe.ts';

/** The front page: newest or biggest stories, with filters. */
export function storiesPage(page: Page<StorySummary>, query: StoryQuery): Markup {
  return html`<h1>Stories</h1>
<form class="filters" method="get" action="/">
  <label>From<input type="date" name="from" value="${query.from ?? ''}"></label>
  <label>To<input type="date" name="to" value="${query.to ?? ''}"></label>
  <label>Outlet<input type="text" name="outlet" value="${query.outlet ?? ''}" placeholder="any outlet"></label>
  <label>Entity<input type="text" name="entity" value="${query.entity ?? ''}" placeholder="e.g. person:mikhail-galuzin"></label>
  <label>Order<select name="order">
    <option value="recent" ${query.order !== 'size' ? 'selected' : ''}>Newest</option>
    <option value="size" ${query.order === 'size' ? 'selected' : ''}>Biggest</option>
  </select></label>
  <button type="submit">Filter</button>
</form>
${page.items.length === 0 ? html`<p class="notice">No stories yet. <a href="/add">Add articles</a> or run <code>chorus ingest &lt;folder&gt;</code>.</p>` : ''}
${page.items.map((story) => storyCard(story))}
${page.next ? html`<p class="pager"><a href="/?${nextQuery(query, page.next)}">More stories →</a></p>` : ''}`;
}

function storyCard(story: StorySummary): Markup {
  return html`<article class="card story-card">
  <div>
    <h2 class="h3"><a href="/stories/${encodeURIComponent(story.id)}">${plainText(story.title)}</a></h2>
    <p class="muted small">${story.articleCount} ${story.articleCount === 1 ? 'article' : 'articles'} · ${dateLabel(story.from)}${story.to && story.to !== story.from ? html` – ${dateLabel(story.to)}` : ''} · first report: ${plainText(story.firstReportOutlet ?? "unknown outlet")}</p>
    <ul class="chips" aria-label="Outlets">${story.outlets.map((o) => html`<li class="chip">${plainText(o.outlet ?? 'unknown outlet')}${o.count > 1 ? ` ×${o.count}` : ''}</li>`)}</ul>
  </div>
  <div>${sparkLine(story.perDay, `Articles per day for ${plainText(story.title)}`)}</div>
</article>`;
}

function nextQuery(query: StoryQuery, cursor: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, cursor })) if (typeof value === 'string' && value) params.set(key, value);
  return params.toString();
}
