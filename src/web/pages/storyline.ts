import { html } from 'hono/html';
import type { AnalyzedArticle, QuoteFamily, Story, Storyline } from '../../model/records.ts';
import type { Page, StorylineSummary } from '../../store/store.ts';
import { dateLabel, timelineSvg } from '../components.ts';
import type { Markup } from '../layout.ts';
import { plainText } from '../safe.ts';
import { familyView } from './story.ts';

/** A storyline: its stories on one time axis, then the merged event timeline. */
export function storylinePage(line: Storyline, stories: readonly Story[], families: readonly QuoteFamily[], articles: readonly AnalyzedArticle[]): Markup {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const axis = stories.map((s) => ({ date: (s.span.from ?? '').slice(0, 10) || 'undated', granularity: 'day' as const, summary: s.title, articles: s.articles }));
  return html`<h1>${plainText(line.title)}</h1>
<p class="muted">${stories.length} stories</p>
<h2>Stories</h2>
<div class="timeline">${timelineSvg(axis.filter((a) => a.date !== 'undated'), `Stories of ${plainText(line.title)}`)}</div>
<ul>${stories.map((s) => html`<li><a href="/stories/${encodeURIComponent(s.id)}">${plainText(s.title)}</a> <span class="muted small">${dateLabel(s.span.from)} · ${s.articles.length} articles</span></li>`)}</ul>
<h2>Quote families across the storyline</h2>
${families.length === 0 ? html`<p class="muted">No statement is quoted in more than one story's articles.</p>` : families.map((f) => familyView(f, byId))}
<h2>Events across the storyline</h2>
<div class="timeline">${timelineSvg(line.timeline, `Events across ${plainText(line.title)}`)}</div>`;
}

export function storylinesPage(page: Page<StorylineSummary>): Markup {
  return html`<h1>Storylines</h1>
${page.items.length === 0 ? html`<p class="muted">No storylines yet.</p>` : ''}
${page.items.map((l) => html`<article class="card"><h2 class="h3"><a href="/storylines/${encodeURIComponent(l.id)}">${plainText(l.title)}</a></h2><p class="muted small">${l.storyCount} stories · ${dateLabel(l.from)} – ${dateLabel(l.to)}</p></article>`)}
${page.next ? html`<p class="pager"><a href="/storylines?cursor=${encodeURIComponent(page.next)}">More →</a></p>` : ''}`;
}
