import { html } from 'hono/html';
import type { Markup } from '../layout.ts';

export function addPage(options: { message?: string | null; urlsAvailable: boolean; needsToken: boolean }): Markup {
  return html`<h1>Add articles</h1>
${options.message ? html`<p class="notice" role="status">${options.message}</p>` : ''}
<form class="card" method="post" action="/add" enctype="multipart/form-data">
  <h2>Paste an article</h2>
  <label for="text">Article text (as scraped, chrome included is fine) or HTML</label>
  <textarea id="text" name="text"></textarea>
  <div class="filters">
    <label>Outlet<input type="text" name="outlet"></label>
    <label>Published<input type="date" name="publishedAt"></label>
    <label>URL<input type="url" name="url"></label>
  </div>
  <h2>Or upload files</h2>
  <label for="files">.txt, .html or .jsonl files</label>
  <input id="files" type="file" name="files" multiple accept=".txt,.html,.htm,.jsonl">
  <h2>Or give URLs</h2>
  <label for="urls">One URL per line</label>
  <textarea id="urls" name="urls" ${options.urlsAvailable ? '' : 'disabled'}></textarea>
  ${options.urlsAvailable ? '' : html`<p class="muted small">Fetching URLs is not enabled on this server yet; paste text or upload files instead.</p>`}
  ${options.needsToken ? html`<label>Token<input type="password" name="token" autocomplete="off"></label>` : ''}
  <p><button type="submit">Add</button></p>
</form>`;
}
