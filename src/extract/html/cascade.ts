/**
 * The body-extraction cascade, in the manner of trafilatura's core.py. Step 1 runs on
 * every page; each later step is a pure function tried only when the result so far is
 * "too little" (under MIN_BODY_CHARS), with the reason it may help, and replaces the
 * result only when its named predicate prefers it.
 *
 *   1. html/main            scored container, strict chrome removal (class/id hints)
 *   2. html/fallback-relaxed   same, but hints ignored: the article wrapper itself may
 *                              carry a furniture word ("content-sidebar-wrap")
 *   3. html/fallback-paragraphs  harvest every prose paragraph on the page: the article
 *                              is split over many wrappers and no container wins
 *   4. html/fallback-jsonld  JSON-LD `articleBody`: the markup is a script shell and
 *                              only the structured data carries the text
 * If every step is empty the result is an empty body with a problem value.
 */
import { collectBlocks, type Block, type KeepPredicate } from './BlockCollector.ts';
import { filterBody } from './BodyFilter.ts';
import { selectContainers } from './CandidateScorer.ts';
import { relaxedKeep, strictKeep } from './ChromeRemover.ts';
import { CHROME_LINE, FALLBACK_GAIN, HARVEST_MIN_CHARS, HEADING_TAGS, MIN_BODY_CHARS, MIN_FALLBACK_CHARS } from './constants.ts';
import type { Element } from './tree.ts';

export interface CascadeInput {
  root: Element;
  title: string | null;
  /** JSON-LD articleBody, when the page has one. */
  structuredBody: string | null;
}

export interface BodyResult {
  paragraphs: string[];
  removed: string[];
  method: string;
}

export function bodyChars(result: Pick<BodyResult, 'paragraphs'>): number {
  return result.paragraphs.reduce((n, p) => n + p.length, 0);
}

function scoredPass(input: CascadeInput, keep: KeepPredicate, method: string): BodyResult {
  const blocks = collectBlocks(input.root, keep);
  const selection = selectContainers(blocks, input.root);
  if (!selection) return { paragraphs: [], removed: blocks.map((b) => b.text), method };
  const body = filterBody(blocks, selection.containers, input.title);
  return { ...body, method };
}

/** Step 1. */
export function mainPass(input: CascadeInput): BodyResult {
  return scoredPass(input, strictKeep, 'html/main');
}

/** Step 2: tried because class hints are only a weak signal and sometimes name the article wrapper. */
export function relaxedPass(input: CascadeInput): BodyResult {
  return scoredPass(input, relaxedKeep, 'html/fallback-relaxed');
}

function isHarvestable(block: Block): boolean {
  if (block.linkChars > block.text.length * 0.3) return false;
  if (CHROME_LINE.test(block.text)) return false;
  if (HEADING_TAGS.has(block.tag)) return false;
  return block.text.length >= HARVEST_MIN_CHARS && /[.!?…:;"”]/.test(block.text);
}

/** Step 3: tried because some pages scatter paragraphs over sibling widgets and no container wins. */
export function paragraphHarvest(input: CascadeInput): BodyResult {
  const blocks = collectBlocks(input.root, strictKeep);
  const kept = blocks.filter(isHarvestable);
  return { paragraphs: kept.map((b) => b.text), removed: [], method: 'html/fallback-paragraphs' };
}

/** Step 4: tried because script-rendered pages often ship the text only as structured data. */
export function structuredDataBody(input: CascadeInput): BodyResult {
  const text = input.structuredBody ?? '';
  const paragraphs = text.split(/\n\s*\n|\r?\n/).map((p) => p.trim()).filter((p) => p !== '');
  return { paragraphs, removed: [], method: 'html/fallback-jsonld' };
}

/** "Prefer B over A": B is clearly longer, so A missed part of the article, and B is more than a stray line. */
export function preferLonger(a: BodyResult, b: BodyResult): boolean {
  return bodyChars(b) > bodyChars(a) * FALLBACK_GAIN && bodyChars(b) >= MIN_FALLBACK_CHARS;
}

const FALLBACKS: readonly ((input: CascadeInput) => BodyResult)[] = [relaxedPass, paragraphHarvest, structuredDataBody];

export function runCascade(input: CascadeInput): BodyResult {
  let best = mainPass(input);
  for (const fallback of FALLBACKS) {
    if (bodyChars(best) >= MIN_BODY_CHARS) break;
    const candidate = fallback(input);
    if (preferLonger(best, candidate)) best = { ...candidate, removed: best.removed.concat(candidate.removed) };
  }
  return best;
}
