import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The page shell: navigation, search box, and the page's main content. */
export function layout(title: string, body: Markup, options: { query?: string } = {}): Markup {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Chorus</title>
<link rel="stylesheet" href="/static/chorus.css">
</head>
<body>
<header class="top">
  <a class="brand" href="/">Chorus</a>
  <nav aria-label="Main"><a href="/">Stories</a><a href="/storylines">Storylines</a><a href="/entities">People &amp; organisations</a><a href="/add">Add</a></nav>
  <form action="/search" method="get" role="search">
    <label class="visually-hidden" for="q">Search articles and quotes</label>
    <input id="q" type="search" name="q" value="${options.query ?? ''}" placeholder="Search articles and quotes">
    <button type="submit">Search</button>
  </form>
</header>
<main id="main">
${body}
</main>
</body>
</html>`;
}
