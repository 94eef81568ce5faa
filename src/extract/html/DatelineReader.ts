/**
 * Visible date lines: short elements near the headline that state a calendar day
 * ("Published March 5, 2025", "By Ana Lima - Mar 27, 2024", `<time datetime>`), each
 * labelled by the words around it (published, updated, or neither). Readers date an
 * article by this line, so it settles disagreements with structured data (see
 * DateChooser.ts). Fed element by element from VisibleMetaReader's single pass.
 */
import { DATELINE_MAX_CHARS, DATELINE_MAX_PARSES, DATELINE_MAX_READS, DATELINE_WINDOW_AFTER, DATELINE_WINDOW_BEFORE } from './metaConstants.ts';
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
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '((?:19|20)\\d{2})';
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'i');
const ISO_DAY = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/;
const SLASHED = /\b(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d{2})\b/;
/** Cheap test before the parsers: a four-digit year must be there. */
const HAS_YEAR = /(19|20)\d{2}/;
const UPDATED = /\b(updated|modified|last reviewed|reviewed|edited|aktualisiert|mis à jour|actualizado)\b/i;
const PUBLISHED = /\b(published|posted|released|written|publié|veröffentlicht|publicado)\b/i;

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The calendar day a short text states (English month names, ISO, d.m.y, m/d/y and m-d-y), or undefined. */
export function dayInText(text: string): string | undefined {
  if (!HAS_YEAR.test(text)) return undefined;
  let m = MONTH_FIRST.exec(text);
  if (m) return iso(Number(m[3]), MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m) return iso(Number(m[3]), MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, Number(m[1]));
  m = ISO_DAY.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
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

/** Collects date lines during one walk over the page; `pick` chooses the ones by the headline. */
export class DatelineCollector {
  private readonly lines: Dateline[] = [];
  private parses = 0;
  private reads = 0;
  private headline = -1;
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
    const beyond = this.headline >= 0 && (this.parses >= DATELINE_MAX_PARSES || at - this.headline > DATELINE_WINDOW_AFTER);
    if (beyond && this.labelled) return;
    const datetime = el.tag === 'time' ? el.attrs.datetime : undefined;
    if (own.length > DATELINE_MAX_CHARS * 4 || (!HAS_YEAR.test(own) && !(datetime && HAS_YEAR.test(datetime)))) return;
    // Bounded work on pages with many dated elements before (or without) a headline.
    if (++this.reads > DATELINE_MAX_READS) return;
    const text = textOf(el).replace(/\s+/g, ' ').trim();
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
  pick(): { published?: Dateline; updated?: Dateline; labelled?: Dateline } {
    if (this.headline < 0) return {};
    if (this.labelled) return { ...this.pickNear(), labelled: this.labelled };
    return this.pickNear();
  }

  private pickNear(): { published?: Dateline; updated?: Dateline } {
    const near = (l: Dateline) => (l.index >= this.headline ? l.index - this.headline <= DATELINE_WINDOW_AFTER : this.headline - l.index <= DATELINE_WINDOW_BEFORE);
    const after = this.lines.filter((l) => l.index >= this.headline && near(l));
    const before = this.lines.filter((l) => l.index < this.headline && near(l)).reverse();
    const ordered = [...after, ...before];
    return { published: ordered.find((l) => l.label !== 'updated'), updated: ordered.find((l) => l.label === 'updated') };
  }
}
