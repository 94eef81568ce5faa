/**
 * Tunables and small shared helpers of the HTML metadata readers (metadata.ts,
 * TitleChooser.ts, VisibleMetaReader.ts, DateChooser.ts). Tuned on the dev half of the
 * metadata benchmark only (bench/extraction/meta-sets.ts; log in bench/extraction/TUNING.md).
 */

/** Separators between a headline and site furniture in titles: "A | B", "A - B", "A :: B". */
export const TITLE_SEPARATOR = /(\s+[|\-–—:·•»«/]\s+|\s+::\s+)/;

/** Share of the shorter side's words both titles must have for the visible <h1> to count as the same headline. (swept: 0.4, 0.5, 0.6) */
export const HEADLINE_OVERLAP = 0.5;

/** Words from which the first <h1> is taken as the headline even when the declared title differs. (swept on dev, WCXB / Readability title: 4: 0.891/0.776, 6: 0.891/0.806, 7: 0.893/0.806, 8: 0.893/0.806, 10: 0.888/0.806, off: 0.878/0.806) */
export const LONG_HEADLINE_WORDS = 8;

/** Words at most in a trailing " | tagline" / " - tagline" part dropped from the chosen title when the headline before it has at least TAGLINE_MIN_HEADLINE_WORDS ("… NYC 2025 | Top 19 Companies"). (WCXB / Readability dev title: off 0.893 / 0.806; see TUNING.md) */
export const TAGLINE_MAX_WORDS = 4;

/** Words the headline before a dropped tagline needs. */
export const TAGLINE_MIN_HEADLINE_WORDS = 4;

/** An <h1> longer than this is a container's text, not a headline. */
export const MAX_HEADLINE_CHARS = 300;

/** Words the leading part of a title ("A" of "A | B") needs before an equal <h1> settles that "B" is the site: a one-word <h1> is a section name ("Webcams"). (tried 1, 2, 3 on dev) */
export const MIN_LEADING_PART_WORDS = 2;

/** Visible <h1> headings read per page: a site logo or section name often comes first. */
export const MAX_HEADINGS = 3;

/** A title folded for comparison: white space, case and typographic quotes. */
export function foldTitle(s: string): string {
  return s.replace(/[‘’‚′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A date line is short: "Published 5 March 2025 · 4 min read". Longer text is prose that mentions a date. (tried 80, 100, 140 on dev) */
export const DATELINE_MAX_CHARS = 100;

/** Characters of page text after the start of the first <h1> searched for its date line (bylines, share bars and deks come between). (swept 300, 600, 1200, 2500 on dev: 0.833, 0.839, 0.839, 0.839) */
export const DATELINE_WINDOW_AFTER = 600;

/** Characters of page text before the first <h1> that may hold its date line (kickers, "Last updated" above the headline). (swept 100, 300 on dev: no difference) */
export const DATELINE_WINDOW_BEFORE = 200;

/** Date-bearing elements read per page after the headline: the date line is near it, and this bounds the work on huge pages. */
export const DATELINE_MAX_PARSES = 40;

/** Year-bearing elements whose text is read per page at most, before and after the headline: bounds the work on archive and listing pages. */
export const DATELINE_MAX_READS = 400;
