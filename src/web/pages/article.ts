import { html } from 'hono/html';
import type { AnalyzedArticle } from '../../model/records.ts';
import { dateLabel, entityChip, originalLink } from '../components.ts';
import type { Markup } from '../layout.ts';
import { plainText } from '../safe.ts';

/** One analysed article: clean text, its quotes and entities, and what was removed as chrome. */
export function articlePage(article: AnalyzedArticle, story: string | null): Markup {
  return html`<h1 dir="auto">${plainText(article.title ?? '(untitled)')}</h1>
<p class="muted">${plainText(article.outlet ?? 'unknown outlet')} · ${dateLabel(article.publishedAt)}${article.author ? ` · ${plainText(article.author)}` : ''} · ${originalLink(article.url, 'original')}${story ? html` · <a href="/stories/${encodeURIComponent(story)}">story</a>` : ''}</p>
<div class="grid2">
<section class="card">${article.paragraphs.map(([s, e]) => html`<p dir="auto">${plainText(article.text.slice(s, e))}</p>`)}</section>
<aside>
<h2>Quotes</h2>
${article.quotes.filter((q) => q.kind !== 'scare').map((q) => html`<div class="card small"><blockquote dir="auto">“${plainText(q.text)}”</blockquote><p class="muted">${q.kind} · ${plainText(q.speaker ?? 'unattributed')}${q.cue ? ` · ${plainText(q.cue)}` : ''}${q.via.length ? ` · via ${plainText(q.via.join(', '))}` : ''}</p></div>`)}
<h2>Entities</h2><ul class="chips">${article.entities.map(entityChip)}</ul>
<h2>Removed as page chrome</h2><ul class="small muted">${article.removed.map((r) => html`<li>${plainText(r)}</li>`)}</ul>
</aside></div>`;
}
