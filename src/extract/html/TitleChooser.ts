/**
 * Chooses the article title from the declared candidates (JSON-LD headline, Dublin Core,
 * og:title, twitter:title, microdata, <title>) and the visible <h1> headings.
 *
 * Propose, then refine: every declared title is cleaned of its site-name part (the
 * known outlet names: og:site_name, JSON-LD publisher, the page's domain); the first
 * one is the proposal. The visible headline then refines it, each step one decision:
 * 1. an <h1> equal to a cleaned candidate, or to its leading separated part, wins
 *    (it is the headline as shown, and settles which part of "A | B" is the site);
 * 2. a proposal cut short (unbalanced bracket, trailing ellipsis) that another
 *    candidate continues is replaced by the longer one;
 * 3. an <h1> that is the proposal plus extra words ("… Posted on May 1 by x", "Blog: …")
 *    has swallowed page furniture: the proposal stays;
 * 4. an <h1> sharing most words both ways is the headline as shown (declared titles are
 *    rewritten for search engines); one that differs only where it has "?" for a
 *    character the declared title has is mis-decoded, and loses;
 * 5. an <h1> of many words is the headline even when it shares few words with the
 *    declared title (logos and section names are short; long declared titles that
 *    differ are SEO rewrites, and readers cite the headline they see).
 */
import { HEADLINE_OVERLAP, LONG_HEADLINE_WORDS, MAX_HEADLINE_CHARS, MIN_LEADING_PART_WORDS, MISDECODED_MAX_RUN, TAGLINE_MAX_WORDS, TAGLINE_MIN_HEADLINE_WORDS, TITLE_SEPARATOR } from './constants.ts';

export interface TitleCandidate {
  value: string;
  /** True for the <title> element, whose last part is almost always site furniture. */
  fromTitleElement: boolean;
  /**
   * Where the value is stored ("json-ld", "meta", "microdata", "title-element"): candidates
   * from one store are not independent (one tag may list og:title and twitter:title, and
   * CMSs fill both from one field), so agreement counts stores, not candidates.
   */
  store?: string;
}

export interface TitleChoice {
  title: string;
  /** Index of the declared candidate used, or -1 when a visible heading won. */
  from: number;
}

/** Folded, without closing punctuation: "How much is it?" and "How much is it" agree. */
/** A title folded for comparison: white space, case and typographic quotes. */
export function foldTitle(s: string): string {
  return s.replace(/[‘’‚′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The distinct words of a title, folded. */
export const titleWords = (s: string): Set<string> => new Set(foldTitle(s).match(/[\p{L}\p{N}]+/gu) ?? []);

const bare = (s: string) => foldTitle(s).replace(/[\s?!.]+$/, '');
const alnum = (s: string) => foldTitle(s).replace(/[^\p{L}\p{N}]/gu, '');

/** True when a separated part of a title names the site: an outlet name, or the domain's name. */
export function isSiteName(part: string, names: readonly string[]): boolean {
  // "Example.com" names the site as well as "Example" does.
  const p = alnum(/\s/.test(part.trim()) ? part : part.replace(/\.[a-z]{2,6}$/i, ''));
  if (p === '') return false;
  return names.some((n) => {
    const f = alnum(n);
    return f !== '' && (p === f || (f.length >= 4 && part.split(/\s+/).length <= 4 && (p === `the${f}` || f === `the${p}`)));
  });
}

/** The domain's own name, "theguardian" for www.theguardian.com, as a site name to strip. */
export function domainName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const labels = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
    const name = labels.length > 2 && labels[labels.length - 2]!.length <= 3 ? labels[labels.length - 3] : labels[labels.length - 2];
    return name && name.length >= 3 ? name : undefined;
  } catch {
    return undefined;
  }
}

/** "Headline" for a title wrapped whole in quotes, as some CMSs store it. */
function unwrapQuotes(title: string): string {
  const m = /^["“](.+)["”]$/.exec(title);
  return m && !/["“”]/.test(m[1]!) ? m[1]!.trim() : title;
}

/**
 * Drops leading and trailing " | Site" parts naming the outlet (repeatedly: "X – Site - Site"),
 * and for <title> the last part when a headline of more than four words remains
 * (Readability.js's rule). Declared titles keep an unknown last part: it may be headline.
 */
export function cleanTitle(title: string, outlets: string | readonly string[] | null | undefined, fromTitleElement = false): string {
  const names = (typeof outlets === 'string' ? [outlets] : (outlets ?? [])).filter((n) => n.trim() !== '');
  let t = unwrapQuotes(title.replace(/\s+/g, ' ').trim());
  for (const name of names) {
    // An outlet name that itself holds separators ("Site | Tagline") is stripped as a whole string.
    const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const suffix = new RegExp(`\\s+[|\\-–—:·•»/]\\s+${escaped}$`, 'i');
    const prefix = new RegExp(`^${escaped}\\s+[|\\-–—:·•»/]\\s+`, 'i');
    for (let before = ''; before !== t; ) {
      before = t;
      t = t.replace(suffix, '').replace(prefix, '');
    }
  }
  // "Headline (Site)": a trailing bracketed site name is furniture as well.
  const bracketed = /\s+\(([^()]+)\)$/.exec(t);
  if (bracketed && isSiteName(bracketed[1]!, names)) t = t.slice(0, bracketed.index).trim();
  // Odd indices hold the separators, so rejoining a slice keeps the inner ones as written.
  let pieces = t.split(TITLE_SEPARATOR);
  let stripped = false;
  while (pieces.length >= 3) {
    if (isSiteName(pieces[pieces.length - 1]!, names)) pieces = pieces.slice(0, -2);
    else if (isSiteName(pieces[0]!, names)) pieces = pieces.slice(2);
    else break;
    stripped = true;
  }
  t = pieces.join('').trim();
  if (stripped || !fromTitleElement || pieces.length < 3) return t;
  const head = pieces.slice(0, -2).join('').trim();
  return head.split(/\s+/).length > 4 ? head : t;
}

/** The shorter side's share of words the two titles have in common, checked both ways. */
export function sameHeadline(h1: string, declared: string): boolean {
  const a = titleWords(h1);
  const b = titleWords(declared);
  if (a.size === 0 || b.size === 0 || h1.length > MAX_HEADLINE_CHARS) return false;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / a.size >= HEADLINE_OVERLAP && common / b.size >= HEADLINE_OVERLAP;
}

/** A title cut short by a length limit: an open bracket never closed, or a trailing ellipsis. */
export function looksTruncated(title: string): boolean {
  const opens = (title.match(/[([{]/g) ?? []).length;
  const closes = (title.match(/[)\]}]/g) ?? []).length;
  return opens > closes || /(\.\.\.|…)$/.test(title);
}

/**
 * True when a heading differs from the declared title only where it shows "?" or "�": a
 * mis-decoded character, or a short run of them ("Beginner? Guide" for "Beginner's Guide",
 * "Planning? Beginner" for "Planning: Beginner"), compared after folding.
 */
export function misDecoded(h1: string, declared: string): boolean {
  if (!/[?\uFFFD]/.test(h1)) return false;
  const a = foldTitle(h1);
  const b = foldTitle(declared);
  if (a === b) return false;
  const pattern = a.split(/[?\uFFFD]/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(`.{1,${MISDECODED_MAX_RUN}}`);
  return new RegExp(`^${pattern}$`, 'u').test(b);
}

/**
 * True when a folded heading is the folded title plus furniture: words after it ("… Posted on
 * May 1 by x", "… (example.com) 87"), or a label before it set off by a separator ("Blog: …").
 * A heading that only adds "?" or a leading word ("2025 …") is a better headline, not furniture.
 */
function swallowedFurniture(heading: string, title: string): boolean {
  if (heading.length <= title.length || title === '') return false;
  if (heading.startsWith(title)) return /[\p{L}\p{N}]/u.test(heading.slice(title.length));
  if (!heading.endsWith(title)) return false;
  const label = heading.slice(0, heading.length - title.length);
  return /[\p{L}\p{N}]/u.test(label) && /(\s[|\-–—·•»/]|:)\s*$/.test(label);
}

/** The leading parts of a title split at its separators: "A", "A: B" for "A: B | C". */
function leadingParts(title: string): string[] {
  const pieces = title.split(TITLE_SEPARATOR);
  const out: string[] = [];
  for (let end = 1; end < pieces.length; end += 2) {
    const part = pieces.slice(0, end).join('').trim();
    if (part.split(/\s+/).length >= MIN_LEADING_PART_WORDS) out.push(part);
  }
  return out;
}

/**
 * "Headline | Top 19 Companies", "Headline - Personally Tested": a short trailing part after a
 * pipe or spaced hyphen is a tagline for search results; readers cite the headline before it.
 * Colons and dashes inside a headline ("A: B", "A — B") are kept.
 */
export function dropTagline(title: string): string {
  const m = /^(.*\S)\s+[|-]\s+([^|]+)$/.exec(title);
  if (!m) return title;
  const tagline = m[2]!.trim().split(/\s+/).length;
  return tagline <= TAGLINE_MAX_WORDS && m[1]!.trim().split(/\s+/).length >= TAGLINE_MIN_HEADLINE_WORDS ? m[1]!.trim() : title;
}

export function chooseTitle(declared: readonly TitleCandidate[], headings: readonly string[], outlets: readonly string[]): TitleChoice | null {
  const choice = chooseFullTitle(declared, headings, outlets);
  if (!choice) return null;
  const fuller = withNumbers(choice.title, declared.map((c) => cleanTitle(c.value, outlets, c.fromTitleElement)));
  return fuller >= 0 ? { title: dropTagline(cleanTitle(declared[fuller]!.value, outlets, declared[fuller]!.fromTitleElement)), from: fuller } : { ...choice, title: dropTagline(choice.title) };
}

/**
 * A declared title that says the chosen one plus only numbers ("8 Recent Trends in
 * Photography" for "Recent Trends in Photography", "… Platforms 2025"): the count or year
 * belongs to the headline; shown headings drop it for layout. Index, or -1.
 */
function withNumbers(title: string, cleaned: readonly string[]): number {
  const have = titleWords(title);
  return cleaned.findIndex((t) => {
    // "&#8230;" left by double encoding is not a number of the headline.
    if (/&#?[a-z0-9]+;/i.test(t)) return false;
    const words = titleWords(t);
    if (words.size <= have.size) return false;
    for (const w of have) if (!words.has(w)) return false;
    for (const w of words) if (!have.has(w) && !/^\d+$/.test(w)) return false;
    return true;
  });
}

/**
 * The declared title to start from: the first non-empty one in order of trust, unless it
 * stands alone against two or more other stores that agree with each other (og:title and
 * <title> saying the same headline while JSON-LD carries a short internal name or an older
 * headline): then the first of the agreeing ones. `stores[i]` names candidate i's store
 * (see {@link TitleCandidate.store}); without it every candidate counts as its own.
 */
export function agreedProposal(cleaned: readonly string[], stores: readonly (string | undefined)[] = []): number {
  const first = cleaned.findIndex((t) => t !== '');
  if (first < 0) return first;
  const backing = new Map<string, Set<string>>();
  cleaned.forEach((t, i) => {
    if (t === '') return;
    const key = foldTitle(t);
    if (!backing.has(key)) backing.set(key, new Set());
    backing.get(key)!.add(stores[i] ?? `#${i}`);
  });
  const votes = (t: string) => (t === '' ? 0 : backing.get(foldTitle(t))!.size);
  if (votes(cleaned[first]!) > 1) return first;
  let best = first;
  let most = 1;
  cleaned.forEach((t, i) => {
    if (votes(t) > most) [best, most] = [i, votes(t)];
  });
  return best;
}

/** A heading ending in a colon introduces something ("A message from our founder:"); it is not a headline. */
const isIntroduction = (h: string) => /:\s*$/.test(h);

function chooseFullTitle(declared: readonly TitleCandidate[], allHeadings: readonly string[], outlets: readonly string[]): TitleChoice | null {
  // A heading that is the site's own name (a logo in an <h1>) is not the article's headline.
  const headings = allHeadings.filter((h) => !isIntroduction(h) && !isSiteName(h, outlets));
  const cleaned = declared.map((c) => cleanTitle(c.value, outlets, c.fromTitleElement));
  const proposal = agreedProposal(cleaned, declared.map((c) => c.store));
  // Headings carry the site name too, sometimes ("Headline – Site").
  const shown = headings.map((h) => cleanTitle(h, outlets));
  // 1. A heading equal to a cleaned candidate, or to the leading part of one (a "?" the part lost aside).
  for (const h of shown) {
    const fh = bare(h);
    if (fh === '') continue;
    // The declared title confirmed by the page keeps its declared origin.
    const same = cleaned.findIndex((t) => foldTitle(t) === foldTitle(h));
    if (same >= 0) return { title: cleaned[same]!, from: same };
    const agrees = declared.some((c, i) => bare(cleaned[i]!) === fh || bare(c.value) === fh || leadingParts(c.value).some((p) => bare(p) === fh));
    if (agrees) return { title: h, from: -1 };
  }
  if (proposal < 0) return shown[0] ? { title: shown[0], from: -1 } : null;
  let title = cleaned[proposal]!;
  let from = proposal;
  // 2. A truncated proposal continued by another candidate.
  if (looksTruncated(title)) {
    const stem = foldTitle(title.replace(/(\.\.\.|…)$/, ''));
    const longer = cleaned.findIndex((t, i) => i !== proposal && t.length > title.length && foldTitle(t).startsWith(stem));
    if (longer >= 0) {
      title = cleaned[longer]!;
      from = longer;
    }
  }
  const h1 = shown[0];
  if (!h1) return { title, from };
  const fh = foldTitle(h1);
  const ft = foldTitle(title);
  // 3. A heading that swallowed furniture around the declared title.
  if (!looksTruncated(title) && swallowedFurniture(fh, ft)) return { title, from };
  // 2b. A truncated declared title the heading completes.
  if (looksTruncated(title) && fh.startsWith(foldTitle(title.replace(/(\.\.\.|…)$/, '')))) return { title: h1, from: -1 };
  // 4. The headline as shown, unless it is a mis-decoded copy.
  if (h1 !== title && sameHeadline(h1, title) && !misDecoded(h1, title)) return { title: h1, from: -1 };
  // 5. A long heading is the headline whatever the declared title says.
  if (h1.split(/\s+/).length >= LONG_HEADLINE_WORDS && !misDecoded(h1, title)) return { title: h1, from: -1 };
  return { title, from };
}
