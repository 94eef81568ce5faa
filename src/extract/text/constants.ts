/**
 * Every word list and threshold text mode uses, in one place.
 *
 * How they were chosen: the phrase lists come from reading the chrome of the five
 * example scrapes and of the Scrapinghub/Fundus pages rendered to text (see
 * `bench/extraction/text/render.ts`), then generalised to the phrase families the
 * major CMSs (WordPress, Drupal, Arc, Wix, Ghost) print around articles. No outlet
 * names: outlets are found through the patterns in `OUTLET_CHROME_PATTERNS`, never listed.
 * The numeric thresholds were set on the text benchmark's dev reading and the fixtures,
 * preferring round values that keep a margin on both sides.
 */

/**
 * English function words. Running prose is ~40-50% function words; menus, headlines and
 * teaser lists are far below that (jusText's observation, which holds for news chrome).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves said says say told according since however though although
  whether may might must shall us am has would`.split(/\s+/).filter(Boolean),
);

/** Below this document-wide stop-word share the text is not English: the density test is skipped. */
export const MIN_ENGLISH_STOPWORD_SHARE = 0.12;

/** A block this long with sentence punctuation is body-like on length alone (a typical news paragraph is 30-80 words). */
export const GOOD_MIN_WORDS = 15;
/** Stop-word share a good block needs (prose sits at 0.35-0.5; headline lists at 0.1-0.2). */
export const GOOD_MIN_STOPWORD_SHARE = 0.25;
/** Blocks shorter than this (and unpunctuated) are "short": headings, menu items, labels. */
export const SHORT_MAX_WORDS = 7;
/** Blocks at least this long are body-like even without final punctuation (cut-off paragraphs). */
export const LONG_BLOCK_WORDS = 30;
/** A boilerplate cue on its own condemns a block only when the block is this short. */
export const SINGLE_CUE_MAX_WORDS = 14;
/** Two cues of one family condemn blocks up to this long (a donation appeal or comment policy runs 30-80 words). */
export const MULTI_CUE_MAX_WORDS = 120;

/**
 * Scores for the main-region search (maximum-sum run of blocks). A good block earns its
 * word count; short lines cost a little so a short heading between paragraphs is bridged
 * but a 30-line menu is not; chrome costs more so boxes split regions.
 */
export const REGION_SHORT_COST = 4;
export const REGION_CHROME_COST = 12;
/**
 * A prose run that comes after an end-of-article header (and after an earlier prose run) is
 * usually a footer or the next teaser: it counts this share of its score when runs compete.
 */
export const REGION_AFTER_END_WEIGHT = 0.7;
/** A run must score this much (about two short paragraphs) to count as a body that an end header can close. */
export const REGION_SUBSTANTIAL_SCORE = 40;
/** Near-good blocks (medium length, prose-like) earn this share of their words. */
export const REGION_NEAR_GOOD_WEIGHT = 0.5;

/** A run of short lines inside the body longer than this is an inline box (menu, tag list), not a list in the text. */
export const MAX_SANDWICHED_SHORT_RUN = 4;
/** Items after a list header are teasers while shorter than this many words. */
export const LIST_ITEM_MAX_WORDS = 40;
/**
 * After an end-of-article marker, body resumes only with prose blocks at least this long
 * (teasers run 15-25 words)…
 */
export const RESUME_MIN_WORDS = 25;
/** …at least this many of them before the next header… */
export const RESUME_MIN_BLOCKS = 2;
/** …together this long (an inline "Related" box inside a long article). */
export const RESUME_MIN_TOTAL_WORDS = 100;

/** A glued headline needs this many words before the seam… */
export const GLUED_TEASER_MIN_WORDS = 4;
/** …most of them capitalised (headline case; sentence-case body text sits near 0.2). */
export const GLUED_TEASER_CAPITALISED_SHARE = 0.7;

/** Repeated prose lines are chrome unless they are more than this share of the page's prose (a doubled page). */
export const REPEATED_MAX_SHARE_OF_PROSE = 0.5;

/** Teaser grids: cards of 2-4 short lines and one teaser of at most this many words… */
export const CARD_RHYTHM_MAX_TEASER_WORDS = 45;
/** …repeated at least this many times in a row (fewer hurt more articles with short sections than they helped, measured). */
export const CARD_RHYTHM_MIN_CARDS = 5;

/** An announcing line ("…below:") may follow the last paragraph by this many lines (captions sit between). */
export const LIST_INTRO_LOOKAHEAD = 4;

/** Card lists: date lines at most this many lines apart (headline, author, date, teaser = 4) are a list… */
export const CARD_MAX_SPACING = 6;
/** …and a card's headline and author sit at most this many lines above its date. */
export const CARD_HEAD_MAX_BLOCKS = 3;

/** Title candidates: headline length in words. */
export const TITLE_MIN_WORDS = 3;
export const TITLE_MAX_WORDS = 30;
/** How many lines before the body the title may sit (byline, date and share lines come between). */
export const TITLE_LOOKBACK_BLOCKS = 12;
/** A dek/subtitle is a short line right after the title. */
export const SUBTITLE_MAX_WORDS = 40;
/** Bylines ("By Jane Doe and John Roe, Reuters") are short. */
export const BYLINE_MAX_WORDS = 12;
/** Date lines ("Updated 3 hours ago", "Published June 5, 2024 10:31 a.m. EDT") are short. */
export const DATE_LINE_MAX_WORDS = 12;

/**
 * Template learning: a line is outlet chrome when seen in at least this many of the outlet's documents…
 * (swept, outlet by outlet with every earlier page: 1 gives Fundus F1 0.9300, Scrapinghub +0.0005,
 * WCXB +0.0002 over no templates; 2 gives Fundus 0.9324 and leaves two-page hosts alone, and one
 * earlier page is too little evidence against a sentence two follow-up stories share).
 */
export const TEMPLATE_MIN_DOCUMENTS = 2;
/** …and in at least this share of the outlet's documents since the line first appeared (0.4: a newsletter box on most pages, not a phrase two articles share; counting from first sight lets a redesign's new chrome count as fast as the first). */
export const TEMPLATE_MIN_SHARE = 0.4;
/** Long lines are body unless seen this often: one story ingested twice must not erase itself. */
export const TEMPLATE_LONG_LINE_MIN_DOCUMENTS = 3;
/** A line of this many words or more is "long" (a prose paragraph rather than a menu item or a box's one-liner). */
export const TEMPLATE_LONG_LINE_WORDS = 25;
/** How far down the page a dateline naming the outlet is looked for when choosing templates. */
export const TEMPLATE_DATELINE_SCAN = 40;
/**
 * Lines longer than this are not learned (a whole article glued on one line is no template).
 * The store keeps a fixed-size fingerprint, so length costs no space; raised from 300 to take in
 * long house paragraphs (an agency's 355-character "about us" under every page): Fundus
 * outlet-by-outlet F1 with templates 0.9308 at 300, 0.9328 at 1000 (bench:text-extraction).
 */
export const TEMPLATE_MAX_LINE_CHARS = 1000;

/**
 * Calls to action and labels that are chrome when they make up (most of) a short line.
 * Matched against the whole normalised line, case-insensitive.
 */
export const CTA_LINE_PATTERNS: readonly RegExp[] = [
  /^(sign ?up|log ?in|sign ?in|register|subscribe( now| today| here)?|join( us| now)?|donate( now| today)?|become a (member|subscriber|patron|supporter))\b/i,
  /\b(sign up for|subscribe to) (our|the)\b.*\b(newsletters?|updates|digest|alerts?)\b/i,
  /^(share|tweet|email|print|pin|whatsapp|telegram|facebook|twitter|linkedin|reddit|copy link|copy url|save|comment|comments|reply)( (this|the) (article|story|post|page))?( on \w+)?$/i,
  /^share (this|on|via|the)\b/i,
  /^follow (us|me)\b/i,
  /^(read|see|view|show|load) (more|less|all|full|next|previous)\b/i,
  /^(continue reading|read the (full|rest)|click here|tap here|listen to (this|the) (article|story)|watch:?$)/i,
  /^(search for|search|find us on|visit us|you can (email|contact|follow|reach))\b/i,
  /^(get (the )?(short )?(url|link)|like this (story|article|post)\?|share (it|this) with|follow \S+( \S+)? on\b)/i,
  /^\d+\s?of\s?\d+\S/i,
  /^(advertisement|advert|sponsored( content)?|ad|ads|promoted|paid (post|content)|story continues below( advertisement)?|scroll to continue|skip (to|ad))\b/i,
  /^ad for\b/i,
  /^(top|bottom) of (the )?page$/i,
  /^(back to top|skip to (main )?content|jump to|go to|menu|search|close|open|home|next|previous|prev|more|less)$/i,
  /^(leave a (reply|comment)|post a comment|add a comment|join the (conversation|discussion)|\d+ comments?|no comments( yet)?|cancel reply|comments? (are )?closed)\b/i,
  /\byour email address will not be published\b/i,
  /\brequired fields are marked\b/i,
  /^(help us|support us|support (our|independent) journalism)\b/i,
  /^(get|receive) (notified|the latest|our|updates)\b/i,
  /^(download|get) (the|our) app\b/i,
  /^(all rights reserved|copyright\b|©)/i,
  /^(privacy policy|terms (of (use|service))?|cookie (policy|settings)|contact us|about us|accessibility|sitemap|careers|advertise( with us)?)$/i,
  /^(accept|reject|decline|agree|manage) (all )?(cookies|preferences|settings)?$/i,
  /^(tags?|topics?|categories|category|filed under|posted in|related topics)\s*:/i,
  /^(image|photo|video|picture|illustration|graphic)( credit)?s?\s*[:/]/i,
  /^(-{3,}|_{3,}|\*{3,}|•|·|\|)$/,
];

/**
 * Families of boilerplate cues. One cue in a short line, or two distinct cues of one family
 * in a longer block, marks chrome: the donation appeal in example 004 has three appeal cues,
 * the comment policy in 002 has four comment cues, while a news paragraph that mentions
 * cookies or donations has one.
 */
export const BOILERPLATE_CUES: Readonly<Record<string, readonly RegExp[]>> = {
  appeal: [
    /\bhelp us\b/i, /\bsupport us\b/i, /\bdonat(e|ion|ing)\b/i, /\bbecome a (member|subscriber|patron|supporter)\b/i,
    /\breader[- ](funded|supported)\b/i, /\b(independent|quality) journalism\b/i, /\b(outlets?|newsrooms?|sites?) like ours\b/i,
    /\bour (journalism|reporting|newsroom|work)\b/i, /\b(one-off|monthly|recurring) (contribution|payment|gift)\b/i,
    /\bkeep (telling|bringing|reporting)\b/i, /\bsubscri(be|ption)\b/i, /\bpaywall\b/i, /\bfree of (charge|ads)\b/i,
    /\bdear readers?\b/i, /\b(support|supporting) (us|[A-Z][\w.]* directly)\b/, /\bthank you for (your )?(support|reading)\b/i,
    /\bthe resources we need\b/i, /\bclick here to (support|donate|subscribe|contribute)\b/i, /\bat no cost to you\b/i,
    /\b(loyal )?readers like you\b/i, /\bloyal readers\b/i, /\bsupport \p{Lu}\p{L}+/u, /\bpremium (content|access|articles)\b/i, /\bspecial access\b/i, /\bad-(free|reduced)\b/i, /\bsupporters?\b.*\b(level|tier|member)/i,
  ],
  comments: [
    /\bdear (visitors|readers|users)\b/i, /\bcomments?\b/i, /\byour opinion\b/i, /\boff[- ]?topic\b/i, /\bmoderat(e|ion)\b/i,
    /\babusive\b/i, /\bcommunity (guidelines|rules|standards)\b/i, /\b(be polite|respectful)\b/i, /\bfacebook account\b/i,
  ],
  cookies: [
    /\bcookies?\b/i, /\bconsent\b/i, /\bprivacy (policy|settings|notice)\b/i, /\bpersonali[sz]ed (ads|content|advertising)\b/i,
    /\b(accept|agree|manage) (all|cookies|settings|preferences)\b/i, /\bbrowsing experience\b/i, /\bthird[- ]part(y|ies)\b/i,
  ],
  newsletter: [
    /\bnewsletters?\b/i, /\binbox\b/i, /\bsign(ing)? up\b/i, /\bemail address\b/i, /\bunsubscribe\b/i, /\blatest (news|updates|stories)\b/i,
    /\bget notified\b/i, /\b(enter|entering|enter your|your) e-?mail\b/i, /\b(news|breaking news|email) alerts?\b/i,
    /\bdelivered (to your inbox|daily|weekly|weekday|every)\b/i, /\b(breaking news|daily|morning) e-?mails?\b/i,
  ],
  contact: [
    /\bcustomer (service|support|care)\b/i, /\b(tele)?phone\s*:/i, /\bfax\b/i, /\be-?mail\s*:/i, /\bcontact(ed)? (us|with any)\b/i,
    /\b(questions|requests|inquiries|enquiries)\b.*\b(contact|reach)\b/i, /\bcall us\b/i,
  ],
  legal: [
    /\b(this|our) (web ?site|site|service)\b/i, /\b(registered )?trademarks? (of|are)\b/i, /\bnot (been )?evaluated by\b/i,
    /\bconsult (your|a) (physician|doctor)\b/i, /\b(does not|do not) (constitute|necessarily reflect)\b/i, /\bdisclaimer\b/i,
    /©/, /\ball rights reserved\b/i, /\bcopyright\b/i, /\bmay not be (reproduced|published|broadcast|rewritten|redistributed)\b/i,
    /\bterms of (use|service)\b/i, /\bwithout (prior )?(written )?permission\b/i, /\byou are agreeing to\b/i, /\bprivacy (policy|notice)\b/i,
  ],
};

/**
 * Section headers that open a list of other articles, a comment area or a box. Matched on
 * the normalised line (lower case, straight apostrophes, no trailing punctuation).
 * `end` headers close the article when they come after most of its body.
 */
export const SECTION_HEADERS: readonly { pattern: RegExp; end: boolean }[] = [
  { pattern: /^(you (may|might) (also )?(like|enjoy|be interested in)|we recommend|recommended( for you| stories| articles| reading)?|suggested (for you|reading|articles))$/, end: true },
  { pattern: /^(related( articles| stories| news| posts| content| coverage| reading| links)?|more (on|about) (this|the) (story|topic)|see also|further reading|also read|read also|also on \S.*)$/, end: true },
  { pattern: /^(top|latest|trending|popular|more|other|recent|featured|breaking) (stories|news|articles|posts|videos|headlines)$/, end: true },
  { pattern: /^(most (read|popular|viewed|shared|commented|recent)( stories| articles| news)?( on .{2,40})?|trending( now| on .{2,40})?|(video|photo|story|quote) of the (day|week)|featured (products?|videos?|stories|articles)|popular( now| now on .*)?|latest|editor'?s'? (choice|picks?)|editors'? (choice|picks?))$/, end: true },
  { pattern: /^(partner (news|content|stories)|from (our|the) partners|sponsored (stories|links|content)|around the web|promoted (stories|links))$/, end: true },
  { pattern: /^(more from .{2,60}|more in .{2,60}|read next|up next|what to read next|don't miss|must read|in case you missed it|you might have missed)$/, end: true },
  { pattern: /^(leave a (reply|comment)|comments?( \(\d+\))?|(\d+|one|two|three) (comments?|responses?|replies|thoughts)( (on|to) .*)?|join the (conversation|discussion)|discussion|reader comments|post a comment|add a comment|show comments|view comments)$/, end: true },
  { pattern: /^(share this( article| story| post)?|share on|follow us( on .*)?|about the author|about us|sign up for our newsletters?|newsletter|tags|topics|more)$/, end: false },
];

/**
 * An author's bio line ("Jane Doe is a reporter with Example News covering politics."):
 * the byline box under an article, chrome at any length up to a short paragraph.
 */
export const AUTHOR_BIO = /^(\p{Lu}[\p{L}.'’-]+ ){1,3}(is|was|has been) (an? |the )?([\p{L}-]+ ){0,4}(reporter|writer|correspondent|editor|journalist|contributor|columnist|producer|author|intern|anchor|host)\b/u;
export const AUTHOR_BIO_MAX_WORDS = 60;

/**
 * Photo captions end with a credit ("…in May. Credit: EPA", "…2019. © Reuters / Jane Roe",
 * "…July 25.J. Scott Applewhite / AP file", "Jane Roe | Bloomberg | Getty Images").
 * Ground truths leave captions out of the body.
 */
export const CAPTION_CREDIT = /(?:\b(?:Credit|Photo(?:graph)?|Image|Picture|Source)\s*:\s*[^.!?]{2,70}|©\s*[^.!?]{2,60}|(?:\s[\/|]\s|\b)(?:AP(?: Photo)?|Reuters|AFP|EPA|Getty Images|Shutterstock|Bloomberg|Alamy)(?: file)?(?:\s*\/\s*[^.!?]{2,40})?)$/u;
/** Captions are short: a credit at the end of a long paragraph is a quoted source, not a caption. */
export const CAPTION_MAX_WORDS = 60;

/** Lines that begin a date line, with or without a date after them. */
export const DATE_LINE_PREFIX = /^(updated|published|posted|last (updated|modified)|first published|created|modified|date)\b[:\s]*/i;
/** Relative ages as sites print them ("3 hours ago", "yesterday"). */
export const RELATIVE_AGE = /^(about |over |almost )?(\d+|an?|one|two|few) (sec|second|min|minute|hour|hr|day|week|month|year)s? ago$|^(just now|yesterday|today)$/i;
/** Month names for recognising a date line without prefix ("June 5, 2024 · 10:31 AM"). */
export const MONTH_NAME = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?/i;

/** Separators a page title uses between headline and site name ("Headline - Site", "Headline |"). */
export const TITLE_SITE_SEPARATOR = /\s+[-|–—•·:]\s*$/;
/** A site name or tagline after the headline's last " | " or " – " is this short ("| Top 19 Companies", "– Artlyst"); longer tails are the headline's own. */
export const TITLE_SITE_TAIL_MAX_WORDS = 4;

/**
 * Patterns naming the outlet inside its own chrome. Group 1 is the name. Names must start
 * with a capital or digit; trailing punctuation is trimmed by the finder.
 */
export const OUTLET_CHROME_PATTERNS: readonly RegExp[] = [
  /\b(?:latest|recent) (?:updates|news|stories|articles|headlines) from ((?:The )?[\p{Lu}\d][\p{L}\d.&'’-]*(?: [\p{Lu}\d][\p{L}\d.&'’-]*){0,4})/u,
  /\b(?:subscribing|subscribe|subscription) to ((?:The )?[\p{Lu}\d][\p{L}\d.&'’-]*(?: [\p{Lu}\d][\p{L}\d.&'’-]*){0,4})/u,
  /(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*((?:The )?[\p{Lu}][\p{L}\d.&'’-]*(?: [\p{Lu}\d][\p{L}\d.&'’-]*){0,4})/u,
  /\bsign up for ((?:The )?[\p{Lu}][\p{L}\d.&'’-]*(?: [\p{Lu}][\p{L}\d.&'’-]*){0,3})(?:'s|’s) newsletters?/u,
];
/** Words that follow "©"/"subscribe to" but are not names. */
export const NOT_OUTLET_WORDS: ReadonlySet<string> = new Set([
  'our', 'the', 'all', 'this', 'newsletter', 'newsletters', 'updates', 'rights', 'reserved', 'copyright', 'we', 'us', 'you',
]);

/** A commenter's signature ("jane says:", "Anna K. wrote:") opens a comment; the colon is required (a subheading "What the minister said" has none). */
export const COMMENT_SIGNATURE = /^[^.!?:]{1,40} (says|said|wrote|writes|commented):$/i;

/** Section headers that open a comment area: always end the article (long comments read like body). */
export const COMMENT_HEADER = /\b(comments?|repl(y|ies)|responses?|thoughts|conversation|discussion|says|said|wrote|writes|commented)$|\b(comments?|repl(y|ies)|responses?|thoughts on|conversation|discussion)\b/i;
/**
 * A comment-area header closes the article once this much prose came before it, even when
 * the comments outweigh the article (long threads do). Lower, and a "12 comments" link
 * under the byline would cut the article at its start.
 */
export const COMMENTS_MIN_BODY_WORDS = 150;
/**
 * Template pruning: a line seen on one of the outlet's pages and not again on its next 50 is
 * forgotten (checked every 10 pages). Seen once it is no template, so forgetting it changes
 * no match at that moment; a line that comes back later (a new box) then starts afresh and is
 * learned in two pages instead of being diluted by the 50 pages it missed. Bounds the store to recurring lines plus the
 * last 50 pages' own lines per outlet.
 */
export const TEMPLATE_PRUNE_AFTER = 50;
export const TEMPLATE_PRUNE_EVERY = 10;

/**
 * Title scoring (TitleScorer.ts): evidence weights for a headline line. Set by hand from the
 * WCXB dev half rendered to text (bench/extraction/text-meta.ts), then nudged one at a time
 * (WCXB dev text-mode title exact, first hand setting 0.517: metaBelow 2.5/4/6/8 → 0.494/0.517/0.532/—,
 * proseAbove 0.5/1/2 → 0.499/0.517/0.522, then with metaBelow 6 + proseAbove 2: distance 0.1/0.2 →
 * 0.534/0.539, a menu-neighbour penalty 3/2/1/0 → 0.519/0.539/0.545/0.550 (dropped), maxDistance
 * 20/30/40 → 0.555/0.555/0.550; copied 1.5/2/2.5/3/4 never beat 2.5).
 */
export const TITLE_SCORE = {
  /** A byline or date line this many lines below at most (author name, kicker, share bar between)… */
  metaWithin: 4,
  /** …is worth this much right below, less `metaStep` per line between. */
  metaBelow: 6,
  metaStep: 0.5,
  /** The body's first paragraph right below (or below a byline). */
  proseBelow: 2,
  /** The line printed again elsewhere (the `<title>`-like copy, a breadcrumb ending in it, a share box). */
  copied: 2.5,
  /** 5–20 words, headline length. */
  headlineLength: 1,
  /** Against: all capitals (section labels, kickers). */
  allCaps: 1.5,
  /** Against: glued labels of separate elements ("LoginGet a Demo"). */
  glued: 2,
  /** Against: items separated by | · • / with no copy elsewhere (a menu row, a tag line). */
  separated: 1,
  /** Per line of distance from the body's start… */
  distance: 0.2,
  /** …counted at most this far… */
  maxDistance: 30,
  /** Against: each prose paragraph above the line (a subheading inside the article)… */
  proseAbove: 2,
  /** …counted at most this many times. */
  maxProseAbove: 4,
  /** Against: a row of capitalised words with no function word ("Posts Music Watching Links"), a menu printed as one line. (dev title: 0: 0.573, 1: 0.583, 2: 0.585, 4: 0.580) */
  menuRow: 2,
  /** With no prose on the page (a note, a list) the headline comes first: earlier lines win, by at most this many lines' worth. */
  noProseMaxDistance: 10,
  /** Against: two headline-like lines right above (a table of contents, a rail of other stories). */
  listed: 2,
  /** Against: a bare name ("Ana Lima"), the author above a date line. */
  bareName: 3,
} as const;
/** Lines into the body a title may still be (the body's start is a guess and may swallow the headline). */
export const TITLE_SCAN_AFTER_BODY = 1; // (WCXB dev title 0: 0.567, 1: 0.573, 4: 0.562; 1 also keeps Scrapinghub pages whose headline opens the body)
/** Lines scanned for a headline the page prints twice, wherever the body seems to start (menus can run long). */
export const TITLE_SCAN_COPIED = 200;
/** Lines scanned for a title when no body is found. */
export const TITLE_SCAN_NO_BODY = 60;
/** A short line with a sales call to action anywhere in it ("800.226.7529 Request Demo", "Work With Me") is a button. */
export const TITLE_CTA_ANYWHERE = /\b((request|book|get|schedule|start) (a |an |your |my )?(free |personali[sz]ed )?(demo|quote|consultation|trial|estimate)|work with (me|us)|free trial)\b/i;
export const TITLE_CTA_MAX_WORDS = 7;
/** Breadcrumb and site separators ("Home > Blog > Headline", "Headline | Site"). */
export const TITLE_BREADCRUMB = /\s+[>»›|/]\s+|\s+[–—-]\s+/;
/**
 * Lines that are page furniture, never the headline, at any length: tables of contents, FAQ
 * headers, image credits, reading-time and age notes, form prompts, reviewer credits, pagination.
 */
export const TITLE_NOT_HEADLINE = /^(table of contents|contents|in this article|frequently asked questions|faqs?|press enter|image (by|credit|source)|photo(graph)? (by|credit)|courtesy of|this article is more than|page \d+ of \d+|please (fill|enter|select)|(medically |fact[- ])?(reviewed|checked|authored|written|edited) by|contributors?:|back to\b|\d+ min(ute)?s? read|what this handout is about|(book|get|request|schedule|start|try|see|watch) (a |an |your |the |our |my )?(free )?(demo|quote|trial|consultation|call|pass|estimate)\b)/i;
