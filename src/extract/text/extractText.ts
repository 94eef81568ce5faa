import type { ArticleMeta, CoreMeta, ExtractedArticle, Problem, RawDocument } from '../../model/records.ts';
import { problem, type OutletTemplates, type StageContext } from '../../model/stage.ts';
import { buildArticle } from '../article.ts';
import { detectLanguage } from '../language.ts';
import { classifyBlock, stopWordHits, stopWordShare, type ClassifiedBlock } from './BlockClassifier.ts';
import { splitBlocks, splitGluedChrome, words, type Block } from './blocks.ts';
import { MIN_ENGLISH_STOPWORD_SHARE } from './constants.ts';
import { extendAnnouncedList, findMainRegion, selectBody } from './MainRegionFinder.ts';
import { dateFromLine, isDateLine, parseByline } from './MetaLineFinder.ts';
import { findDateline, outletFromChrome } from './OutletFinder.ts';
import { isTemplateLine, outletKey } from './OutletTemplates.ts';
import { markCardLists } from './CardListMarker.ts';
import { markRepeatedLines } from './RepeatedLineMarker.ts';
import { markCardRhythm } from './CardRhythmMarker.ts';
import { markSectionLists } from './SectionListMarker.ts';
import { findTitle } from './TitleFinder.ts';

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

/** How many blocks at the start of the body may still be bylines or date lines. */
const META_LINES_INTO_BODY = 4;

/** How far down the page a dateline naming the outlet is looked for when choosing templates. */
const TEMPLATE_DATELINE_SCAN = 40;

/**
 * Which outlet's templates apply: the outlet may be given, named in chrome, or only in a
 * dateline, and it was learned under whichever name the article carried; the first
 * candidate the store has seen wins.
 */
function templateKey(blocks: readonly Block[], given: RawDocument['given'], templates: Readonly<OutletTemplates>): string | null {
  const candidates = [
    () => outletKey(given.outlet, given.url),
    () => outletKey(null, given.url),
    () => outletKey(outletFromChrome(blocks.map((b) => b.text))),
    ...blocks.slice(0, TEMPLATE_DATELINE_SCAN).map((b) => () => outletKey(findDateline(b.text).outlet)),
  ];
  for (const candidate of candidates) {
    const key = candidate();
    if (key !== null && (templates.documents[key] ?? 0) > 0) return key;
  }
  return null;
}

/** Blocks of the page, glued chrome split, each classified on its own features. */
export function classifyText(content: string, context: Readonly<StageContext>, given: RawDocument['given']): ClassifiedBlock[] {
  const blocks = splitBlocks(content).flatMap(splitGluedChrome);
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
  const key = context.outletTemplates ? templateKey(blocks, given, context.outletTemplates) : null;
  if (context.outletTemplates && key !== null) {
    classified = classified.map((b) =>
      b.cls !== 'chrome' && isTemplateLine(context.outletTemplates, key, b.text) ? { ...b, cls: 'chrome', reason: 'outlet template' } : b,
    );
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
      if (publishedAt === null && dateTries++ < 2) publishedAt = dateFromLine(text, context.now);
      metaLines.add(i);
    }
  }

  const title = findTitle(blocks, bodyStart, metaLines);
  const used = new Set([...title.used, ...metaLines]);
  const body = region ? selectBody(blocks, region) : new Set<number>();
  for (const i of used) body.delete(i);
  const titleKey = title.title?.toLowerCase();
  for (const i of body) if (titleKey && blocks[i]!.text.toLowerCase() === titleKey) body.delete(i);

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

  const language = raw.given.language ? null : languageOf(paragraphs);
  if (language) origins.language = 'detected';
  const core: Partial<CoreMeta> = { title: title.title, author, publishedAt, outlet, language, url: null };
  const meta: Partial<ArticleMeta> = { subtitle: title.subtitle, dateline: dateline.dateline, origins };
  return buildArticle(raw, { paragraphs, removed, core, meta, method, problems });
}
