/**
 * Every threshold and word list of the HTML extractor, in one place. Each says how it
 * was chosen. Values tuned on the Scrapinghub/Fundus dev pages are marked "(swept)"
 * with the sweep recorded in bench/extraction/TUNING.md; the rest are the published
 * defaults of Readability.js / trafilatura, which were themselves tuned on other corpora.
 */

// --- Budgets (robustness) ---------------------------------------------------------

/** Characters of markup parsed at most. 20 MB news pages are almost all inline data; the article sits well inside the first 8M characters. */
export const MAX_HTML_CHARS = 8_000_000;
/** Elements kept in the tree at most; beyond this the page is a data dump, not an article (≈10× the largest benchmark page). */
export const MAX_ELEMENTS = 200_000;
/** Deeper elements are flattened into their ancestor at this depth: real pages stay under 100 levels, and the recursive walks stay far from the stack limit. */
export const MAX_DEPTH = 256;
/** Share of control/replacement characters in the first 4 KB above which the input is binary, not HTML. */
export const BINARY_CHAR_SHARE = 0.1;

/** A hidden element with at least this much text is kept: streamed or collapsed content, not a popup (a cookie dialog is under 1,000 characters). */
export const HIDDEN_KEEP_CHARS = 2000;

// --- Elements ----------------------------------------------------------------------

/** Elements whose content is never article text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'option', 'button', 'input', 'textarea', 'title', 'map', 'dialog',
]);

/** Chrome by definition (HTML5 sectioning for site furniture). */
export const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'figcaption']);

/** Elements that start a new block of text. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'figure', 'figcaption', 'form', 'fieldset', 'address', 'hr', 'body', 'html', 'center', 'details',
  'summary', 'hgroup',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// --- Class/id hints (weak signals) -------------------------------------------------

/**
 * Class/id/role words of page furniture. Removed before scoring in the main pass; the
 * relaxed fallback keeps them. Derived from Readability.js's unlikelyCandidates and
 * trafilatura's boilerplate XPaths, trimmed of words that also name article wrappers.
 */
export const CHROME_HINT =
  /(^|[-_ ])(ad|ads|adv|advert|advertisement|banner|breadcrumbs?|combx|comment|comments|community|cookie|consent|gdpr|disqus|footer|header|masthead|menu|navbar|nav|navigation|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sociable|share|sharing|sponsor|sponsored|supplemental|pagination|pager|popup|modal|newsletter|subscribe|subscription|signup|promo|outbrain|taboola|recirc|recommend|recommended|trending|most-?popular|popular|donate|donation|toolbar|tags|tag-list|author-bio|byline|dateline|caption|credits?|disclaimer|teaser|more-stories|read-?more|next-?article|prev|print|email|facebook|twitter|whatsapp|linkedin|visually-hidden|sr-only|skip)([-_ ]|$)/i;

/** Words that rescue an element from CHROME_HINT ("article-header" no, "main-content" yes). */
export const CONTENT_HINT = /(^|[-_ ])(article|body|content|entry|main|post|story|text|prose|column)([-_ ]|$)/i;

/** Readability.js's positive / negative class weights (±25 in its scoring). */
export const POSITIVE_HINT = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
export const NEGATIVE_HINT =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|caption|byline|author|newsletter|social/i;
export const CLASS_WEIGHT = 25;

/** Inside the chosen body, blocks under an element with one of these hints are furniture even if the element also says "content". */
export const INNER_CHROME_HINT =
  /(^|[-_ ])(share|sharing|social|related|newsletter|subscribe|signup|promo|recirc|recommend|recommended|byline|author-bio|caption|credit|credits|tags|tag-list|comments?|advert|advertisement|ad-slot|ad-container|sponsor|read-?more|more-stories|donate|donation|cookie|consent|toolbar|breadcrumbs?|embed-credit|photo-credit|image-credit|disclaimer|most-?read|popular|trending)([-_ ]|$)/i;

// --- Scoring (Readability.js-style, on blocks) -------------------------------------

/** A block shorter than this does not vote for its ancestors (Readability.js: 25). */
export const MIN_SCORING_CHARS = 25;
/** Block votes spread to this many ancestors, dividing by distance (Readability.js: 5 levels with /level*3 beyond grandparent). */
export const SCORE_LEVELS = 5;
/** A sibling joins the body when its score is at least this share of the top candidate's (Readability.js: 0.2). */
export const SIBLING_SHARE = 0.2;
/** Alternative top candidates this close to the best point at a shared ancestor (Readability.js: 0.75). */
export const ALTERNATIVE_SHARE = 0.75;

/** Split-article widening: look this many levels up from the winner. (swept: 2, 4, 6) */
export const SPLIT_MAX_LEVELS = 4;
/** ...to an ancestor holding at least this many times the winner's prose. (swept: 1.2, 1.3, 1.5, 2) */
export const SPLIT_PROSE_GAIN = 1.5;
/** ...whose text is at most this share links. (swept: 0.15, 0.25, 0.35) */
export const SPLIT_MAX_LINK_DENSITY = 0.25;
/** ...and at least this share prose. (swept: 0.4, 0.5, 0.6, 0.7) */
export const SPLIT_MIN_PROSE_SHARE = 0.8;

// --- Block filtering inside the body ------------------------------------------------

/** Link-text share above which a short block inside the body is navigation. Trafilatura uses 0.5; inside an already-chosen body, linked list items are usually content, so higher scored better; 0.7 balances the three sets (swept: 0.35, 0.5, 0.65, 0.7, 0.8, 0.9, off; bench/extraction/TUNING.md) */
export const MAX_LINK_DENSITY = 0.7;
/** Blocks longer than this keep links dense (long paragraphs of inline citations). */
export const LONG_BLOCK_CHARS = 200;
/** Short lines under this many characters with no sentence punctuation, and all-link, are dropped. */
export const SHORT_BLOCK_CHARS = 40;

/** Calls to action and furniture lines: a block that is only this is chrome. */
export const CHROME_LINE =
  /^(advertisement|advertising|advert|ad|sponsored|sponsored content|share( this( article| story| post)?)?( on \w+)?|share|tweet|email|print|close|caption|text size|order reprints|reprints|tags?:?|topics?:?|filed under:?.*|like this:?|like loading\.*|comments?|\d+ comments?|read more|read next|related( articles| stories| content| posts)?:?|related .{1,40}|more from .{1,40}|more .{1,30} stories|popular on .{1,40}|see also|follow us( on .{1,30})?|sign up( for .{1,60})?|subscribe( now| today)?|continue reading|click here.{0,60}|this (slideshow|video|content) requires javascript\.?|tell us what you think.{0,10}|listen to (this )?(article|story).{0,30}|skip to (main )?content|back to top|top of page|loading\.*|image:.{0,80}|photo:.{0,120}|(photo|image|video) credit.{0,80}|.{0,80}getty images.{0,20}|\(?ap photo.{0,80}|recommended( for you)?|trending( now)?|most (read|popular|viewed)|you (may|might) also like.{0,5}|we recommend|newsletter.{0,40}|cookie.{0,80}|\d+ min(ute)?s? read|(reading|read) time:? .{1,20})$/i;

/** Leading "By Name" lines are bylines, not body. */
export const BYLINE_LINE = /^(by|von|par|por|di|door|av)\s+\p{Lu}[\p{L}'’.-]+(\s+(\p{Lu}[\p{L}'’.-]+|and|&|,|de|van|von|da|del|la))*\s*(,.{0,60})?$/u;

// --- Cascade ------------------------------------------------------------------------

/** Below this many characters the main pass "returned too little" and fallbacks are tried (trafilatura's MIN_EXTRACTED_SIZE is 250). (swept) */
export const MIN_BODY_CHARS = 250;
/** A fallback replaces the main result only when it is this many times longer (trafilatura compares lengths similarly). */
export const FALLBACK_GAIN = 1.5;
/** A fallback body shorter than this is a stray line (a copyright, a caption), not an article: the page gets an empty body instead. */
export const MIN_FALLBACK_CHARS = 100;
/** A paragraph counts for the paragraph-harvest fallback from this length (jusText's length_low is 70). */
export const HARVEST_MIN_CHARS = 70;

// Metadata readers (metadata.ts, TitleChooser.ts, VisibleMetaReader.ts, DatelineReader.ts,
// DateChooser.ts): tuned on the dev half of the metadata benchmark only
// (bench/extraction/meta-sets.ts; log in bench/extraction/TUNING.md).

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

/** Characters one "?" in a mis-decoded heading may stand for: a character, or a short run such as "'s" or ": " (an apostrophe and its letter lost to a wrong charset). */
export const MISDECODED_MAX_RUN = 3;

/** Words an element glued into an <h1> without a space needs to count as a subtitle line (not chosen by score: a subtitle is a phrase, a glued one- or two-word part is brand styling such as "Mac<b>Book</b> Pro"). */
export const SUBTITLE_MIN_WORDS = 3;

/** Visible <h1> headings read per page: a site logo or section name often comes first. */
export const MAX_HEADINGS = 3;

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

// --- Placeholder dates (DatePlausibility.ts) ------------------------------------------

/**
 * Publication years before this are placeholders, not dates: year 1 (`0001-01-01T00:00:00Z`, the
 * zero time of Go and .NET), 1000, 1601 (Windows FILETIME zero). Newspaper archives put online
 * reach back into the 1800s, so the line is drawn below them, not at the web's start. (Not swept:
 * no benchmark page with a reference date is older than 2000.)
 */
export const EARLIEST_PUBLICATION_YEAR = 1800;

/**
 * Days that are the zero of some clock, written by a CMS when the real date is null: 1900-01-01
 * (SQL Server / many form defaults), 1899-12-30 and -31 (OLE Automation / spreadsheet day zero),
 * 1904-01-01 (Mac spreadsheet epoch), 1970-01-01 (Unix epoch zero) and 1969-12-31 (epoch zero seen
 * from a zone west of UTC). A real article on one of these days is far rarer than the placeholder.
 */
export const PLACEHOLDER_DAYS: ReadonlySet<string> = new Set(['1900-01-01', '1899-12-30', '1899-12-31', '1904-01-01', '1969-12-31', '1970-01-01']);

/**
 * Days a publication date may lie after the reference time (the crawl time, else the run's `now`)
 * and still be taken: the publisher's zone may be up to 14 hours ahead of UTC, and a scheduled
 * post may carry the next day. Anything later is a default (`9999-12-31`) or a typo.
 */
export const FUTURE_SLACK_DAYS = 2;
