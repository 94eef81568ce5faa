/**
 * The web UI as a person uses it, in Debian's Chromium driven by playwright-core:
 * stories → the June 2024 story (four outlets side by side) → the "rash decisions"
 * quote family and its diff → Mikhail Galuzin's page → a search; hostile articles stay
 * inert; axe-core finds no WCAG A/AA violations. Screenshots go to test-output/screenshots/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../../src/api/index.ts';
import { ingestDocuments } from '../../src/store/ingestDocuments.ts';
import type { ChorusStore } from '../../src/store/store.ts';
import { exampleStore } from '../support/exampleStore.ts';
import { hostileDocuments } from './hostile.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const SHOTS = join(process.cwd(), 'test-output', 'screenshots');
/** Chromium flags for a closed network: no background traffic, no sandbox (tests run as root in CI). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('web UI in a real browser', { skip: CHROMIUM ? false : 'no Chromium at /usr/bin/chromium (.ci/run installs it with apt)' }, () => {
  let store: ChorusStore;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    store = await exampleStore(hostileDocuments());
    server = await startServer({ store, ingest: (docs) => ingestDocuments(store, docs) }, { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    // bypassCSP only so the test can inject axe-core; the page's own CSP is checked in the API tests.
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, bypassCSP: true });
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  async function axeViolations(): Promise<string[]> {
    await page.addScriptTag({ content: AXE_SOURCE });
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    });
    return result.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
  }

  it('shows the stories page with the June 2024 story', async () => {
    await page.goto(`${server.url}/?order=size`);
    assert.ok((await page.locator('.story-card').count()) >= 2);
    await page.screenshot({ path: join(SHOTS, '1-stories.png'), fullPage: true });
    assert.deepEqual(await axeViolations(), []);
  });

  it('opens the story: four outlets side by side', async () => {
    await page.goto(`${server.url}/?order=size`);
    await page.locator('.story-card h2 a').first().click();
    await page.waitForSelector('.columns');
    assert.equal(await page.locator('.columns > .column').count(), 4);
    const outlets = await page.locator('.column .outlet').allTextContents();
    for (const outlet of ['MassisPost', 'Mediamax', 'PanARMENIAN.Net']) assert.ok(outlets.some((o) => o.includes(outlet)), outlet);
    await page.screenshot({ path: join(SHOTS, '2-story.png'), fullPage: true });
    assert.deepEqual(await axeViolations(), []);
  });

  it('opens the "rash decisions" quote family with its renderings and diff', async () => {
    const family = page.locator('details.family', { hasText: 'rash decisions' }).first();
    await family.locator('summary').click();
    assert.ok((await family.locator('.rendering').count()) >= 3);
    assert.ok((await family.locator('ins, del').count()) > 0, 'a word diff between renderings');
    await family.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, '3-quote-family.png'), fullPage: false });
  });

  it("opens Mikhail Galuzin's page with his quotes", async () => {
    await page.locator('a.chip', { hasText: 'Galuzin' }).first().click();
    await page.waitForSelector('h1');
    assert.match((await page.locator('h1').textContent()) ?? '', /Mikhail Galuzin/);
    assert.ok((await page.locator('blockquote').count()) >= 5);
    await page.screenshot({ path: join(SHOTS, '4-entity.png'), fullPage: true });
    assert.deepEqual(await axeViolations(), []);
  });

  it('runs a search with highlighted snippets', async () => {
    await page.fill('#q', 'viable alternatives');
    await page.click('header form button');
    await page.waitForSelector('.hit');
    assert.ok((await page.locator('.hit mark').count()) > 0);
    await page.screenshot({ path: join(SHOTS, '5-search.png'), fullPage: true });
    assert.deepEqual(await axeViolations(), []);
  });

  it('renders hostile articles inert', async () => {
    await page.goto(`${server.url}/search?q=cranes`);
    const link = page.locator('.hit h2 a').first();
    await link.click();
    await page.waitForSelector('h1');
    // The article page links to its story; the story page shows every hostile field (title, outlet, URL, text, quotes).
    await page.locator('main a[href^="/stories/"]').first().click();
    await page.waitForSelector('.columns');
    assert.ok((await page.locator('.columns > .column').count()) >= 1);
    await page.screenshot({ path: join(SHOTS, '6-hostile.png'), fullPage: true });
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      scripts: document.querySelectorAll('main script').length,
      handlers: document.querySelectorAll('main [onerror], main [onclick], main [onmouseover]').length,
      badLinks: [...document.querySelectorAll('a')].filter((a) => !/^https?:|^\/|^#/.test(a.getAttribute('href') ?? '/')).length,
      bidi: /[\u202a-\u202e\u2066-\u2069]/.test(document.body.innerText),
    }));
    assert.equal(state.pwned, undefined);
    assert.equal(state.scripts, 0);
    assert.equal(state.handlers, 0);
    assert.equal(state.badLinks, 0);
    assert.equal(state.bidi, false);
    assert.deepEqual(dialogs, []);
    assert.match(await page.content(), /&lt;script&gt;/);
  });
});
