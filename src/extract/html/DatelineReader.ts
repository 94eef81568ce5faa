/**
 * Visible date lines: short elements near the headline that state a calendar day
 * ("Published March 5, 2025", "By Ana Lima - Mar 27, 2024", `<time datetime>`), each
 * labelled by the words around it (published, updated, or neither). Readers date an
 * article by this line, so it settles disagreements with structured data (see
 * DateChooser.ts). Fed element by element from VisibleMetaReader's single pass.
 */
import { DATELINE_MAX_CHARS, DATELINE_MAX_PARSES, DATELINE_MAX_READS, DATELINE_WINDOW_AFTER, DATELINE_WINDOW_BEFORE, MAX_HEADINGS } from './constants.ts';
import { HEADLINE_OVERLAP } from './constants.ts';
import { titleWords } from './TitleChooser.ts';
import { textOf, type Element } from './tree.ts';

export type DatelineLabel = 'published' | 'updated' | 'plain';

export interface Dateline {
  /** YYYY-MM-DD as the page states it (the local day; no time-zone shift). */
  day: string;
  label: DatelineLabel;
  /** Characters of page text before it, in document order. */
  index: number;
  /** True when the day came from a `<time datetime>` attribute rather than the text. */
  fromTime: boolean;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // Spanish, Portuguese, French, German, Italian and Dutch months whose first three letters differ from English.
  ene: 1, gen: 1, fev: 2, fév: 2, mär: 3, mrz: 3, maa: 3, abr: 4, avr: 4, mai: 5, mag: 5, mei: 5, giu: 6, lug: 7, ago: 8, aoû: 8,
  set: 9, okt: 10, out: 10, ott: 10, dic: 12, dez: 12, déc: 12,
};

/** Month number of a month word ("Sept.", "agosto", "juillet"); French "juin"/"juillet" share their first three letters. */
function monthNumber(word: string): number | undefined {
  const w = word.replace(/\.$/, '').toLowerCase();
  if (w.startsWith('juin')) return 6;
  if (w.startsWith('juil')) return 7;
  return MONTHS[w.slice(0, 3)];
}
/** English month names and the other languages' abbreviations (full names start with them: "agosto", "décembre", "Oktober"). */
const MONTH = '(jan(?:uary|uari|uar)?|janv(?:ier)?|ene(?:ro)?|gen(?:naio)?|fe[vb]\\p{L}*|fév\\p{L}*|mar(?:ch|zo|ço|s)?|m[äa]rz|mär|mrz|maart|apr(?:il|ile)?|abr(?:il)?|avr(?:il)?|may(?:o)?|mai|mag(?:gio)?|mei|jun(?:e|i|io|ho)?|juin|giu(?:gno)?|jul(?:y|i|io|ho)?|juil(?:let)?|lug(?:lio)?|aug(?:ust|ustus)?|ago(?:sto)?|aoû(?:t)?|sep(?:t(?:ember|embre|iembre)?)?|set(?:embro|tembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|ott(?:obre)?|nov\\p{L}*|dec(?:ember)?|déc(?:embre)?|dic(?:iembre|embre)?|dez(?:ember|embro)?)\\.?';
const YEAR = '((?:19|20)\\d{2})';
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'iu');
/** "5 March 2025", "5th of March, 2025", "04-ago-2021", "5. März 2025", "5 de marzo de 2025". */
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?[\\s-]+(?:of\\s+|de\\s+)?${MONTH},?[\\s-]+(?:de\\s+)?${YEAR}\\b`, 'iu');
/** "2023 Jan 7" (citations). */
const YEAR_FIRST = new RegExp(`\\b${YEAR}\\s+${MONTH}\\s+(\\d{1,2})\\b`, 'iu');
/** "2025.12.17", "2025/12/17". */
const YMD_SEPARATED = /(?<![\d.])((?:19|20)\d{2})([./])(\d{1,2})\2(\d{1,2})(?![\d.])/;
const ISO_DAY = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/;
const SLASHED = /\b(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d{2})\b/;
/** Cheap test before the parsers: a four-digit year must be there. */
const HAS_YEAR = /(19|20)\d{2}/;
const UPDATED = /\b(updated|modified|last reviewed|reviewed|edited|aktualisiert|mis à jour|actualizado)\b/i;
const PUBLISHED = /\b(published|posted|released|written|post (?:time|date)|date (?:posted|published)|publication date|publié|veröffentlicht|publicado)\b/i;

function iso(y: number, m: number | undefined, d: number): string | undefined {
  if (m === undefined || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The calendar day a short text states (month names in English and the main Western European languages, ISO, y.m.d, y mon d, d.m.y, m/d/y and m-d-y), or undefined. */
export function dayInText(text: string): string | undefined {
  if (!HAS_YEAR.test(text)) return undefined;
  let m = MONTH_FIRST.exec(text);
  if (m) return iso(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m) return iso(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = ISO_DAY.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = YEAR_FIRST.exec(text);
  if (m) return iso(Number(m[1]), monthNumber(m[2]!), Number(m[3]));
  m = YMD_SEPARATED.exec(text);
  if (m) return iso(Number(m[1]), Number(m[3]), Number(m[4]));
  m = DOTTED.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = SLASHED.exec(text);
  // m/d/y as written in the US, unless the first number cannot be a month.
  if (m) return Number(m[1]) > 12 ? iso(Number(m[4]), Number(m[3]), Number(m[1])) : iso(Number(m[4]), Number(m[1]), Number(m[3]));
  return undefined;
}

function ownText(el: Element): string {
  let s = '';
  for (const c of el.children) if (typeof c === 'string') s += c;
  return s;
}

/** The words just before a date: its own text, the previous sibling's, and a short parent's. */
/** Elements with more children than this are containers, not a date line's label or wrapper. */
const SMALL_ELEMENT_CHILDREN = 8;

function labelOf(el: Element, text: string): DatelineLabel {
  let context = text;
  const parent = el.parent;
  if (parent) {
    const i = parent.children.indexOf(el);
    const prev = i > 0 ? parent.children[i - 1] : undefined;
    if (prev !== undefined && (typeof prev === 'string' || prev.children.length <= SMALL_ELEMENT_CHILDREN)) context = `${textOf(prev).slice(-60)} ${context}`;
    // A short wrapper's text ("Updated on <span>date</span>"), never the whole page's.
    const whole = parent.parent && parent.tag !== 'body' && parent.children.length <= SMALL_ELEMENT_CHILDREN ? textOf(parent) : '';
    if (whole.length <= DATELINE_MAX_CHARS * 2) context = `${whole} ${context}`;
  }
  if (UPDATED.test(context)) return 'updated';
  return PUBLISHED.test(context) ? 'published' : 'plain';
}

/** True when a heading holds most of the declared title's words (it may say more: declared titles are shortened for search). */
function repeatsTitle(heading: string, declared: string): boolean {
  const want = titleWords(declared);
  const have = titleWords(heading);
  if (want.size === 0) return false;
  let common = 0;
  for (const w of want) if (have.has(w)) common++;
  return common / want.size >= HEADLINE_OVERLAP;
}

/** Collects date lines during one walk over the page; `pick` chooses the ones by the headline. */
export class DatelineCollector {
  private readonly lines: Dateline[] = [];
  private parses = 0;
  private reads = 0;
  private headline = -1;
  /** The first few <h2>s: on pages without an <h1>, the one that repeats the declared title is the headline. */
  private readonly subheads: { index: number; text: string }[] = [];
  /** The first explicitly labelled publication line beyond the headline's window. */
  private labelled: Dateline | undefined;

  /** Characters of text seen so far: distance is measured in text, not elements (icons and wrappers are free). */
  private chars = 0;

  /** Call for every element in document order. */
  visit(el: Element): void {
    const own = ownText(el);
    const at = this.chars;
    this.chars += own.trim().length;
    if (el.tag === 'h1' && this.headline < 0) this.headline = at;
    if (el.tag === 'h2' && this.headline < 0 && this.subheads.length < MAX_HEADINGS) this.subheads.push({ index: at, text: textOf(el) });
    const beyond = this.headline >= 0 && (this.parses >= DATELINE_MAX_PARSES || at - this.headline > DATELINE_WINDOW_AFTER);
    if (beyond && this.labelled) return;
    const datetime = el.tag === 'time' ? el.attrs.datetime : undefined;
    if (own.length > DATELINE_MAX_CHARS * 4 || (!HAS_YEAR.test(own) && !(datetime && HAS_YEAR.test(datetime)))) return;
    // Bounded work on pages with many dated elements before (or without) a headline.
    if (++this.reads > DATELINE_MAX_READS) return;
    const whole = textOf(el).replace(/\s+/g, ' ').trim();
    // A container's own short text can be the date line ("<legend>Title</legend> 20 December 2025 <div>body…").
    const text = whole.length <= DATELINE_MAX_CHARS ? whole : own.replace(/\s+/g, ' ').trim();
    if (text.length > DATELINE_MAX_CHARS) return;
    if (this.headline >= 0 && !beyond) this.parses++;
    const stamped = datetime ? dayInText(datetime) : undefined;
    const day = stamped ?? dayInText(text);
    if (!day) return;
    if (beyond) {
      // Far from the headline only an explicit "Published …" / "Posted on …" line counts.
      if (labelOf(el, text) === 'published') this.labelled = { day, label: 'published', index: at, fromTime: stamped !== undefined };
      return;
    }
    // Before the headline only the last few lines can be its date line.
    if (this.headline < 0 && this.lines.length >= DATELINE_MAX_PARSES) this.lines.shift();
    this.lines.push({ day, label: labelOf(el, text), index: at, fromTime: stamped !== undefined });
  }

  /** The date lines nearest the first <h1> (after it within the window, else just before it), and a labelled one further on. */
  /**
   * Without an <h1>, an <h2> that holds most of the declared title's words stands in for the headline
   * (then only the date lines the walk kept are searched: it treated the whole page as "before").
   */
  pick(declaredTitle?: string): { published?: Dateline; updated?: Dateline; labelled?: Dateline } {
    const headline = this.headline >= 0 ? this.headline : declaredTitle ? (this.subheads.find((h) => repeatsTitle(h.text, declaredTitle))?.index ?? -1) : -1;
    if (headline < 0) return {};
    if (this.labelled) return { ...this.pickNear(headline), labelled: this.labelled };
    return this.pickNear(headline);
  }

  private pickNear(headline: number): { published?: Dateline; updated?: Dateline } {
    const near = (l: Dateline) => (l.index >= headline ? l.index - headline <= DATELINE_WINDOW_AFTER : headline - l.index <= DATELINE_WINDOW_BEFORE);
    const after = this.lines.filter((l) => l.index >= headline && near(l));
    const before = this.lines.filter((l) => l.index < headline && near(l)).reverse();
    const ordered = [...after, ...before];
    return { published: ordered.find((l) => l.label !== 'updated'), updated: ordered.find((l) => l.label === 'updated') };
  }
}
