import { Parser } from 'htmlparser2';

/**
 * Renders an HTML page to the text a scraper keeps: every visible text block of the body
 * on its own line, chrome included (menus, share bars, footers, comments). This is the
 * input the text benchmark gives text mode, so it must not clean anything: only what a
 * browser would not show goes (scripts, styles, templates, SVG, hidden elements, `<head>`).
 */

/** Elements whose content is never shown. */
const INVISIBLE = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'picture', 'select', 'textarea', 'input', 'map', 'dialog',
]);

/** Elements that start a new line (CSS `display: block` and friends by default). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'button', 'label', 'time-block',
]);

function hidden(attributes: Record<string, string>): boolean {
  if ('hidden' in attributes) return true;
  if (attributes['aria-hidden'] === 'true') return true;
  const style = (attributes.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

export function renderVisibleText(html: string): string {
  const lines: string[] = [];
  let buffer = '';
  /** Depth inside an invisible element (0: visible). */
  let skip = 0;
  const stack: boolean[] = [];
  const flush = (): void => {
    const line = buffer.replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
    buffer = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const invisible = INVISIBLE.has(name) || hidden(attributes);
        stack.push(invisible);
        if (invisible) skip++;
        if (skip === 0 && BLOCK.has(name)) flush();
      },
      ontext(text) {
        if (skip === 0) buffer += text;
      },
      onclosetag(name) {
        const invisible = stack.pop() ?? false;
        if (skip === 0 && BLOCK.has(name)) flush();
        if (invisible) skip--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines.join('\n');
}
