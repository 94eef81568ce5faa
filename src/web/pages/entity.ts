import { html } from 'hono/html';
import type { EntityPage, EntitySummary, Page } from '../../store/store.ts';
import { dateLabel, entityChip } from '../components.ts';
import type { Markup } from '../layout.ts';
import { plainText } from '../safe.ts';

/** A person, organisation or place: roles over time, quotes, stories, co-occurring entities. */
export function entityPage(entity: EntityPage): Markup {
  return html`<h1>${plainText(entity.name)}</h1>
<p class="muted">${entity.type} · ${entity.articleCount} articles${entity.aliases.length ? html` · also: ${plainText(entity.aliases.join(', '))}` : ''}</p>
<div class="grid2">
<section aria-labelledby="quotes"><h2 id="quotes">Quotes (${entity.quotes.length})</h2>
${entity.quotes.length === 0 ? html`<p class="muted">No quotes attributed.</p>` : ''}
${entity.quotes.map((q) => html`<div class="card"><blockquote dir="auto">“${plainText(q.quote.text)}”</blockquote>
<p class="small muted">${dateLabel(q.publishedAt)} · ${plainText(q.outlet ?? 'unknown outlet')}${q.quote.cue ? ` · ${plainText(q.quote.cue)}` : ''}${q.quote.via.length ? ` · via ${plainText(q.quote.via.join(', '))}` : ''}${q.story ? html` · <a href="/stories/${encodeURIComponent(q.story)}">story</a>` : ''}</p></div>`)}
</section>
<aside>
<section aria-labelledby="roles"><h2 id="roles">Roles over time</h2>
${entity.roles.length === 0 ? html`<p class="muted">No role stated in the articles.</p>` : html`<table><thead><tr><th scope="col">Role</th><th scope="col">Seen</th></tr></thead><tbody>${entity.roles.map((r) => html`<tr><td>${plainText(r.role)}</td><td>${dateLabel(r.from)}${r.to && r.to !== r.from ? ` – ${dateLabel(r.to)}` : ''}</td></tr>`)}</tbody></table>`}
</section>
<section aria-labelledby="stories"><h2 id="stories">Stories</h2><ul>${entity.stories.map((id) => html`<li><a href="/stories/${encodeURIComponent(id)}">${id}</a></li>`)}</ul></section>
<section aria-labelledby="related"><h2 id="related">Often mentioned with</h2><ul class="chips">${entity.related.map(entityChip)}</ul></section>
<section aria-labelledby="articles"><h2 id="articles">Articles</h2><ul>${entity.articles.map((a) => html`<li>${plainText(a.title ?? a.source)} <span class="muted small">${plainText(a.outlet ?? '')} ${dateLabel(a.publishedAt)}</span></li>`)}</ul></section>
</aside>
</div>`;
}

export function entitiesPage(page: Page<EntitySummary>, name: string | undefined): Markup {
  return html`<h1>People, organisations and places</h1>
<form class="filters" method="get" action="/entities"><label>Name<input type="text" name="name" value="${name ?? ''}"></label>
<label>Type<select name="type"><option value="">any</option><option value="person">person</option><option value="organization">organisation</option><option value="place">place</option></select></label><button type="submit">Filter</button></form>
<table><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Articles</th></tr></thead><tbody>
${page.items.map((e) => html`<tr><td><a href="/entities/${encodeURIComponent(e.key)}">${plainText(e.name)}</a></td><td>${e.type}</td><td>${e.articleCount}</td></tr>`)}
</tbody></table>
${page.next ? html`<p class="pager"><a href="/entities?cursor=${encodeURIComponent(page.next)}${name ? `&name=${encodeURIComponent(name)}` : ''}">More →</a></p>` : ''}`;
}
