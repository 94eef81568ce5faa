import { html } from 'hono/html';
import type { AnalyzedArticle, QuoteFamily, Span, Story } from '../../model/records.ts';
import { dateLabel, diffView, entityChip, originalLink, timelineSvg } from '../components.ts';
import type { Markup } from '../layout.ts';
import { plainText } from '../safe.ts';

/** How many people and organisations the "involved" list shows, most mentioned first. */
const MAX_INVOLVED_ENTITIES = 24;
/** How many shared terms and shared entities "why grouped" shows each, most shared first: a dozen shows the reason without crowding the page. */
const MAX_SHARED_CHIPS = 12;

/** One story: coverage side by side, quote families with diffs, timeline, entities, why grouped. */
export function storyPage(story: Story, articles: readonly AnalyzedArticle[]): Markup {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ordered = story.articles.map((id) => byId.get(id)).filter((a): a is AnalyzedArticle => a !== undefined);
  const first = byId.get(story.firstReport);
  return html`<h1>${plainText(story.title)}</h1>
<p class="muted">${ordered.length} articles from ${new Set(ordered.map((a) => a.outlet ?? a.source)).size} outlets ·
${dateLabel(story.span.from)}${story.span.to && story.span.to !== story.span.from ? html` – ${dateLabel(story.span.to)}` : ''} ·
first report: ${plainText(first?.outlet ?? first?.title ?? story.firstReport)} (${dateLabel(first?.publishedAt)})</p>
<div class="grid2">
  <section aria-labelledby="involved"><h2 id="involved">People and organisations</h2>
    <ul class="chips">${involved(ordered).map(entityChip)}</ul></section>
  <section aria-labelledby="why" class="why"><h2 id="why">Why these articles are grouped</h2>${whyGrouped(story)}</section>
</div>
${framingView(story)}
<h2>Coverage</h2>
<p class="legend small"><span class="s-shared">shared with other outlets</span><span class="s-exclusive">only this outlet</span></p>
<div class="columns">${ordered.map((article) => coverageColumn(story, article))}</div>
<h2 id="families">Quote families</h2>
${story.quoteFamilies.length === 0 ? html`<p class="muted">No statement is quoted by more than one outlet.</p>` : story.quoteFamilies.map((f) => familyView(f, byId))}
<h2>Timeline</h2>
<div class="timeline">${timelineSvg(story.timeline, `Timeline of events mentioned in ${plainText(story.title)}`)}</div>
<table><caption class="visually-hidden">Events</caption><thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Sources</th></tr></thead><tbody>
${story.timeline.map((t) => html`<tr><td>${t.date}</td><td>${plainText(t.summary)}</td><td>${t.articles.map((id) => plainText(byId.get(id)?.outlet ?? id)).join(', ')}</td></tr>`)}
</tbody></table>`;
}

/** What each headline stresses that no other outlet's headline does. */
function framingView(story: Story): Markup {
  const framed = (story.framing ?? []).filter((f) => f.stresses.length > 0);
  if (framed.length < 2) return html``;
  return html`<section aria-labelledby="framing"><h2 id="framing">Headline framing</h2>
<table><thead><tr><th scope="col">Outlet</th><th scope="col">Headline</th><th scope="col">Words only this headline uses</th></tr></thead><tbody>
${framed.map((f) => html`<tr><td>${plainText(f.outlet ?? 'unknown outlet')}</td><td dir="auto">${plainText(f.title)}</td><td>${f.stresses.map((w) => html`<span class="chip">${plainText(w)}</span> `)}</td></tr>`)}
</tbody></table></section>`;
}

function involved(articles: readonly AnalyzedArticle[]): { key: string; name: string; type: string }[] {
  const counts = new Map<string, { key: string; name: string; type: string; count: number }>();
  for (const article of articles) {
    for (const entity of article.entities) {
      if (entity.type === 'place') continue;
      const seen = counts.get(entity.key) ?? { key: entity.key, name: entity.name, type: entity.type, count: 0 };
      seen.count += entity.mentions.length;
      counts.set(entity.key, seen);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, MAX_INVOLVED_ENTITIES);
}

function whyGrouped(story: Story): Markup {
  const terms = new Map<string, number>();
  const entities = new Map<string, number>();
  for (const m of story.members) {
    for (const t of m.sharedTerms) terms.set(t, (terms.get(t) ?? 0) + 1);
    for (const e of m.sharedEntities) entities.set(e, (entities.get(e) ?? 0) + 1);
  }
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_SHARED_CHIPS).map(([k]) => k);
  const copies = story.members.filter((m) => m.duplicateOf);
  return html`<p>Shared terms: ${top(terms).map((t) => html`<span class="chip">${plainText(t)}</span> `)}</p>
<p>Shared entities: ${top(entities).map((t) => html`<span class="chip">${plainText(t)}</span> `)}</p>
${copies.length > 0 ? html`<p>${copies.length === 1 ? '1 article is a near-copy' : `${copies.length} articles are near-copies`} of another (not counted as independent coverage).</p>` : ''}`;
}

function coverageColumn(story: Story, article: AnalyzedArticle): Markup {
  const shared = story.shared.find((s) => s.article === article.id)?.spans ?? [];
  const exclusive = new Set(story.exclusive.find((e) => e.article === article.id)?.sentences ?? []);
  const member = story.members.find((m) => m.article === article.id);
  return html`<article class="column" aria-label="${plainText(article.outlet ?? article.source)}">
<header>
  <div class="outlet">${plainText(article.outlet ?? 'Unknown outlet')}</div>
  <h3 dir="auto">${originalLink(article.url, article.title ?? '(untitled)')}</h3>
  <div class="muted small">${dateLabel(article.publishedAt)}${article.author ? html` · ${plainText(article.author)}` : ''}${member?.duplicateOf ? ' · near-copy' : ''}</div>
</header>
${article.paragraphs.map((paragraph) => html`<p dir="auto">${sentencesOf(article, paragraph, shared, exclusive)}</p>`)}
</article>`;
}

function sentencesOf(article: AnalyzedArticle, paragraph: Span, shared: readonly Span[], exclusive: ReadonlySet<string>): Markup {
  const inside = article.sentences.filter(([s, e]) => s >= paragraph[0] && e <= paragraph[1]);
  const spans: Span[] = inside.length > 0 ? inside : [paragraph];
  return html`${spans.map(([start, end]) => {
    const text = article.text.slice(start, end);
    const cls = shared.some(([s, e]) => s < end && e > start) ? 's-shared' : exclusive.has(text.trim()) ? 's-exclusive' : '';
    return cls ? html`<span class="${cls}">${plainText(text)}</span> ` : html`${plainText(text)} `;
  })}`;
}

export function familyView(family: QuoteFamily, byId: ReadonlyMap<string, AnalyzedArticle>): Markup {
  const outlets = new Set(family.members.map((m) => byId.get(m.article)?.outlet ?? m.article));
  return html`<details class="family">
<summary>${plainText(family.speaker ?? 'Unattributed')}: “${plainText(excerpt(family.canonical, 140))}” <span class="muted small">(${family.members.length} renderings, ${outlets.size} outlets)</span></summary>
<p class="small muted">Earliest: ${plainText(byId.get(family.origin.article)?.outlet ?? family.origin.article)}${family.origin.via.length ? html` · cited origin: ${plainText(family.origin.via.join(', '))}` : ''}</p>
${family.members.map((m) => {
  const article = byId.get(m.article);
  const quote = article?.quotes[m.quote];
  return html`<div class="rendering ${m.relation}">
  <span class="badge ${m.relation}">${m.relation}</span><strong>${plainText(article?.outlet ?? m.article)}</strong> <span class="muted small">${dateLabel(article?.publishedAt)}${quote?.via.length ? ` · via ${plainText(quote.via.join(', '))}` : ''}</span>
  <blockquote dir="auto">${plainText(quote?.text ?? '')}</blockquote>
  ${m.diff.every((d) => d.op === 'same')
    ? html`<p class="small muted">Word for word the canonical rendering.</p>`
    : html`<p class="small"><span class="visually-hidden">Difference from the canonical rendering: </span>${diffView(m.diff)}</p>`}
</div>`;
})}
</details>`;
}

function excerpt(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
