import type { ArticleMeta, CoreMeta, ExtractedArticle, Problem, RawDocument } from '../../model/records.ts';
import { problem, type StageContext } from '../../model/stage.ts';
import { buildArticle } from '../article.ts';
import { detectLanguage } from '../language.ts';
import { classifyBlock, stopWordHits, stopWordShare, type ClassifiedBlock } from './BlockClassifier.ts';
import { words } from './blocks.ts';
import { MIN_ENGLISH_STOPWORD_SHARE } from './constants.ts';
import { extendAnnouncedList, findMainRegion, selectBody } from './MainRegionFinder.ts';
import { dayInText } from '../html/DatelineReader.ts';
import { DateScreen } from '../html/DatePlausibility.ts';
import { dateFromLine, dateNearTitle, isDateLine, parseByline } from './MetaLineFinder.ts';
import { findDateline, outletFromChrome } from './OutletFinder.ts';
import { isTemplateLine, pickTemplate, templateBlocks, templateKeyCandidates } from './OutletTemplates.ts';
import { markCardLists } from './CardListMarker.ts';
import { markRepeatedLines } from './RepeatedLineMarker.ts';
import { markCardRhythm } from './CardRhythmMarker.ts';
import { markSectionLists } from './SectionListMarker.ts';
import { ANCHOR_LINES_INTO_BODY, findTitle } from './TitleFinder.ts';

/**
 * English prose is a third or more function words from the English list; no other
 * language comes near that, so franc (the slowest step of text mode) is asked only
 * about the rest.
 */
const SURELY_ENGLISH_STOPWORD_SHARE = 0.3;

function languageOf(paragraphs: readonly string[]): string | null {
  const tokens = words(paragraphs.slice(0, 8).join(' '));
  if (tokens.length >= 40 && stopWordShare(tokens) >= SURELY_ENGLISH_STOPWORD_SHARE) return 'en';
  return detectLanguage(paragraphs.join('\n'));
}

/** A line stating a full date and no longer than this is a date line that can anchor the headline above it. */
const DATE_ANCHOR_MAX_CHARS = 120;

/** "Written by Kristin", "By Sam": a byline with one name is too weak to read an author from, but still marks the headline above it. */
const SHORT_BYLINE = /^(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Ww]ords [Bb]y|[Aa]uthored [Bb]y):?\s*\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** How many blocks at the start of the body may still be bylines or date lines. */
const META_LINES_INTO_BODY = 4;

/** Why a block is outlet template; a short line keeps its class so the body region around it is found as before. */
const TEMPLATE_REASON = 'outlet template';

/**
 * An outlet's template line is chrome. A prose-looking one becomes chrome at once; a short one
 * (a box label, "Pros", "Price") stays short for finding the body region, where chrome would cut
 * an article with many such boxes in pieces, and is left out of the body afterwards.
 */
function markTemplate(block: ClassifiedBlock): ClassifiedBlock {
  return block.cls === 'short' ? { ...block, reason: TEMPLATE_REASON } : { ...block, cls: 'chrome', reason: TEMPLATE_REASON };
}

/** Blocks of the page, glued chrome split, each classified on its own features. */
export function classifyText(content: string, context: Readonly<StageContext>, given: RawDocument['given']): ClassifiedBlock[] {
  const blocks = templateBlocks(content);
  let tokens = 0;
  let hits = 0;
  const measured = blocks.map((b) => {
    const list = words(b.text);
    const stops = stopWordHits(list);
    tokens += list.length;
    hits += stops;
    return { words: list.length, stopShare: list.length === 0 ? 0 : stops / list.length };
  });
  const english = tokens > 0 && hits / tokens >= MIN_ENGLISH_STOPWORD_SHARE;
  let classified = blocks.map((b, i) => classifyBlock(b, english, measured[i]));
  const template = context.outletTemplates ? pickTemplate(context.outletTemplates, templateKeyCandidates(given, blocks)) : null;
  if (template !== null) {
    classified = classified.map((b) => (b.cls !== 'chrome' && isTemplateLine(template, b.text) ? markTemplate(b) : b));
  }
  return markSectionLists(markCardLists(markCardRhythm(markRepeatedLines(classified))));
}

/**
 * Text mode: already-scraped page text (site chrome included) to clean body and metadata.
 * Propose-then-refine over lines: each line is classified on its own features, section
 * lists and outlet templates refine that, the densest prose run is the body, and metadata
 * comes from the lines around it.
 */
export function extractText(raw: Readonly<RawDocument>, context: Readonly<StageContext>): ExtractedArticle {
  const blocks = classifyText(raw.content, context, raw.given);
  const problems: Problem[] = [];
  const found = findMainRegion(blocks);
  const region = found ? extendAnnouncedList(blocks, found) : null;
  const bodyStart = region?.start ?? blocks.length;

  const metaLines = new Set<number>();
  let author: string | null = null;
  let publishedAt: string | null = null;
  let dateTries = 0;
  // Placeholder days (epoch zero, a day after the page was read) are passed over (DatePlausibility.ts).
  const screen = new DateScreen(raw.arrival.at ?? context.now);
  const metaLimit = Math.min(blocks.length, bodyStart + META_LINES_INTO_BODY);
  for (let i = 0; i < metaLimit; i++) {
    const text = blocks[i]!.text;
    // "By" on its own line, the name on the next (a byline split by markup).
    const split = /^by:?$/i.test(text) && blocks[i + 1] ? parseByline(`By ${blocks[i + 1]!.text}`) : null;
    if (split) {
      author ??= split;
      metaLines.add(i).add(i + 1);
      continue;
    }
    const byline = parseByline(text);
    if (byline) {
      author ??= byline;
      metaLines.add(i);
    } else if (isDateLine(text)) {
      // chrono is slow; the first two date lines are where a page states its own date.
      if (publishedAt === null && dateTries++ < 2) publishedAt = screen.keep(dateFromLine(text, context.now) ?? undefined, 'byline') ?? null;
      metaLines.add(i);
    }
  }

  // An outlet's template line (site name, section label) is never the article's title.
  const templateLines = blocks.flatMap((b, i) => (b.reason === TEMPLATE_REASON ? [i] : []));
  // Bylines, date lines and any short line stating a full date ("By Ana Lima • May 1, 2025 • 6 min read") anchor the headline above them.
  const anchors = blocks.flatMap((b, i) => (i < bodyStart + ANCHOR_LINES_INTO_BODY && (metaLines.has(i) || SHORT_BYLINE.test(b.text) || (b.text.length <= DATE_ANCHOR_MAX_CHARS && dayInText(b.text))) ? [i] : []));
  const title = findTitle(blocks, bodyStart, new Set([...metaLines, ...templateLines]), anchors);
  // The headline's own date line beats the first date line of the page (a header's "today").
  const nearTitle = title.index !== null ? dateNearTitle(blocks.map((b) => b.text), title.index, (day) => screen.keep(day, 'byline') !== undefined) : null;
  if (nearTitle) publishedAt = nearTitle;
  const used = new Set([...title.used, ...metaLines]);
  const body = region ? selectBody(blocks, region) : new Set<number>();
  for (const i of used) body.delete(i);
  const titleKey = title.title?.toLowerCase();
  for (const i of body) if (titleKey && blocks[i]!.text.toLowerCase() === titleKey) body.delete(i);
  for (const i of body) if (blocks[i]!.reason === TEMPLATE_REASON) body.delete(i);

  let method = 'text/lines';
  if (body.size === 0) {
    // Nothing reads as prose (a two-line note, a list): keep whatever is not chrome rather
    // than return nothing, and say so.
    blocks.forEach((block, i) => {
      if (block.cls !== 'chrome' && !used.has(i)) body.add(i);
    });
    if (body.size > 0) {
      method = 'text/fallback-all';
      problems.push(problem('extract', 'info', 'extract/text-fallback', 'No run of prose found; kept every line that is not site chrome.'));
    }
  }
  const paragraphs: string[] = [];
  const removed: string[] = [];
  blocks.forEach((block, i) => {
    if (body.has(i)) paragraphs.push(block.text);
    else if (!title.used.includes(i)) removed.push(block.text);
  });
  if (paragraphs.length === 0) {
    problems.push(problem('extract', 'warning', 'extract/empty-body', 'No line of the text reads as article body (every line looked like site chrome or a headline).'));
  }

  const dateline = findDateline(paragraphs[0] ?? '');
  const chromeOutlet = outletFromChrome(removed);
  const outlet = dateline.strength === 'own' ? dateline.outlet : chromeOutlet ?? dateline.outlet;
  const origins: ArticleMeta['origins'] = {};
  if (title.title) origins.title = 'heading';
  if (title.subtitle) origins.subtitle = 'heading';
  if (author) origins.author = 'byline';
  if (publishedAt) origins.publishedAt = 'byline';
  if (dateline.dateline) origins.dateline = 'dateline';
  if (outlet) origins.outlet = dateline.strength === 'own' || (outlet === dateline.outlet && !chromeOutlet) ? 'dateline' : 'chrome';

  problems.push(...screen.problems({ publishedAt: origins.publishedAt }));

  const language = raw.given.language ? null : languageOf(paragraphs);
  if (language) origins.language = 'detected';
  const core: Partial<CoreMeta> = { title: title.title, author, publishedAt, outlet, language, url: null };
  const meta: Partial<ArticleMeta> = { subtitle: title.subtitle, dateline: dateline.dateline, origins };
  return buildArticle(raw, { paragraphs, removed, core, meta, method, problems });
}
