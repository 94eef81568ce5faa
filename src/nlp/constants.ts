/**
 * The nlp stage's small closed word sets and thresholds, in one place. Larger
 * vocabularies (roles, organisations, places) are data in `lexicon/` and `data/`.
 */

/** Month names (and the abbreviations news copy uses) → month number. Closed class. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Weekday names → JavaScript day number (0 = Sunday). Closed class. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Verbs after a bare capitalised word that make it a speaker, hence a person. From news reporting style. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stressed', 'warned', 'explained', 'wrote',
  'asked', 'argued', 'claimed', 'insisted', 'continued', 'concluded', 'recalled', 'replied', 'stated', 'emphasized',
  'emphasised', 'acknowledged', 'admitted', 'announced', 'believes', 'thinks', 'tweeted', 'posted',
]);

/** Prepositions before a bare capitalised word that make it a place when nothing else is known ("at" is left out: "lashed out at Trump", "at Harvard"). */
export const LOCATION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'across', 'throughout']);

/** Words that join capitalised tokens into one name (particles of Arabic, Dutch, German, Romance names). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'bint', 'ben']);

/** Name particles that may open a name written in lower case, glued by a hyphen to the capitalised word ("al-Tanf", "el-Arish", "al-Shabaab"): the Arabic definite article in its two common transliterations. The other particles ("de", "von") open no name without a given name before them. */
export const LEADING_ARTICLES: ReadonlySet<string> = new Set(['al', 'el']);

/** Web address suffixes that make a capitalised name glued to them a site ("Polygraph.info", "Politico.com", "Stuff.co"): the generic top-level domains news sites use most, and "news" and "tv". Country codes are left out: "U.S." and "Calif." end in a capital or no letters, but two-letter codes ("Inc.in") would catch typing slips. */
export const WEB_SUFFIXES: ReadonlySet<string> = new Set(['com', 'org', 'net', 'info', 'news', 'tv', 'io', 'co']);

/** Longest chain of lower-case particles read inside a name ("von der", "de la", "van den"): two in Dutch, German and Iberian names; three leaves room for rarer forms, and a longer stretch of particles is no name. */
export const MAX_PARTICLE_CHAIN = 3;

/** Imperatives that open page furniture lines ("Follow AP’s climate coverage at …", "Sign up for …", "Subscribe to …", "Read more: …"): at a sentence start they are never part of a name. From the calls to action news sites append to article bodies. */
export const FURNITURE_IMPERATIVES: ReadonlySet<string> = new Set(['follow', 'subscribe', 'sign', 'download', 'click', 'listen', 'watch', 'read', 'share', 'register', 'join', 'contact', 'email', 'visit', 'like']);

/** Institution heads a short form never drops (EntityMergeRefiner.headSuffixed): masthead and channel words ("Times", "News", "Post"), as a name without one may be another outlet ("Daily Ledger", "Daily Ledger News"), and legal forms. From the organisation lexicon's newspaper, broadcast and company-form head words. */
export const MASTHEAD_HEADS: ReadonlySet<string> = new Set([
  // Legal forms too ("Red Bull GmbH" is "Red Bull"): a name without one is the same company, but the shorter is its common name, so neither absorbs the other.
  'gmbh', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'a.g.', 'sa', 's.a.', 'nv', 'bv', 'co.', 'corp', 'corp.', 'incorporated', 'limited',
  'times', 'news', 'post', 'daily', 'weekly', 'journal', 'gazette', 'herald', 'tribune', 'telegraph', 'chronicle', 'review', 'magazine', 'radio', 'television', 'channel', 'network', 'media', 'press', 'monitor', 'observer', 'examiner', 'courier', 'dispatch', 'sentinel', 'bulletin', 'express', 'mirror', 'inquirer', 'records', 'studios', 'pictures']);

/** Plural nouns for people whose possessive opens institution names ("People’s Party", "Children’s Hospital", "Workers’ Party", "Veterans’ Affairs"): the possessive stays inside the name run. A closed class of collective people-nouns from party, union and hospital names. */
export const NAME_POSSESSORS: ReadonlySet<string> = new Set(['people', 'children', 'women', 'men', 'workers', 'farmers', 'veterans', 'citizens', 'teachers', 'nurses', 'miners', 'students', 'employees', 'writers', 'actors', 'doctors', 'officers', 'peoples', 'nations', 'pensioners', 'taxpayers', 'voters']);

/** Words that may follow a job noun in an apposition (", a psychologist based in X", ", a hydrologist with the board", ", a lawyer who …"): the apposition goes on, the noun is still the person's job. Prepositions and participles of news appositions. */
export const AGENT_CONTINUATIONS: ReadonlySet<string> = new Set(['based', 'who', 'with', 'at', 'in', 'for', 'from', 'of', 'specializing', 'specialising', 'working']);

/** Fewest letters of an acronym matched against only the start or end of a name's initials ("UNRWA" in "United Nations Relief Works Agency for Palestine"): two letters match too many names by chance. */
export const MIN_PARTIAL_ACRONYM = 3;

/** Last words of street and square names ("Tottenham Court Road", "Church Street", "Union Square"): the name is a place even with an institution word inside. The street words of the place-suffix lexicon, plus "lane". */
export const STREET_WORDS: ReadonlySet<string> = new Set(['road', 'street', 'square', 'avenue', 'ave.', 'boulevard', 'blvd.', 'lane', 'highway', 'plaza']);

/** Lower-case words allowed inside an organisation or title run when an institution or role word precedes them. */
export const RUN_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', '&']);

/** Body words that open a person's title by themselves ("Commission President", "Council President", "Committee Chairman"): after an organisation's "of" and before a title they belong to the title ("the People’s Party of Commission President X"). Deliberative bodies only: "Department of Energy Secretary" keeps "Energy" (no body word). From EU and US institutional titles. */
export const TITLE_BODY_WORDS: ReadonlySet<string> = new Set(['commission', 'council', 'committee', 'parliament', 'assembly', 'senate', 'cabinet']);

/** Institution words that take an "on" phrase in their names ("Committee on Foreign Relations"); after others "on" ends the name ("the Air Force on X"). From US and UK parliamentary and UN body names. */
export const ON_COMPLEMENT_HEADS: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'commission', 'council', 'conference', 'panel', 'court', 'office', 'institute', 'center', 'centre', 'task']);

/** Words between a name and its title in a predicate ("was elected prime minister", "who serves as treasurer"). Copulas and appointment verbs of news style; "is a" counts too, as the words after it must still read as a title ending in a head word ("is a fan" does not). */
export const PREDICATE_LEADS: readonly (readonly string[])[] = [
  ['was', 'elected'], ['was', 'named'], ['was', 'appointed'], ['is', 'now'], ['became'], ['becomes'], ['serves', 'as'],
  ['served', 'as'], ['was', 'sworn', 'in'], ['has', 'served', 'as'], ['is', 'the'], ['was', 'the'], ['remains'], ['was', 'then'],
  ['is', 'a'], ['is', 'an'], ['was', 'a'], ['was', 'an'],
  // "who would later become a staff writer": a later appointment, told in the past.
  ['would', 'become'], ['would', 'later', 'become'], ['later', 'became'],
  // "the election of X as the MP for Y", "named X as its new chief executive": "as" with an article before the title.
  ['as', 'the'], ['as', 'its'], ['as', 'their'],
];

/** Mentions read as an organisation before a bare same word elsewhere in the article joins it ("Luton have …" ×2 → every "Luton"). One reading alone was too often a mistake to spread (dev: "Proposition", "Changemakers"). */
export const ORG_SENSE_MIN_MENTIONS = 2;

/** Mentions in one article of an unknown capitalised word before it is read as a bare surname (EntityAssembler.bareSurnames). Chosen on dev: see BENCHMARKS.md, nlp. */
export const BARE_SURNAME_MIN_MENTIONS = 2;

/** Longest item (in words) of a coordinated organisation name ("Animal and Plant Health Inspection Service": 4 after "and"); longer stretches are separate names. From institution names in US and UK government listings. */
export const MAX_COORDINATED_WORDS = 4;

/** Capitalised function words that never start a name (sentence-initial or headline style). */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'i', 'we', 'he', 'she', 'it', 'they', 'you', 'our', 'his', 'her',
  'their', 'its', 'my', 'your', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'as', 'in', 'on', 'at',
  'for', 'with', 'by', 'from', 'to', 'of', 'no', 'not', 'yes', 'so', 'then', 'there', 'here', 'what', 'who', 'why',
  'how', 'where', 'which', 'all', 'some', 'many', 'more', 'most', 'other', 'another', 'such', 'also', 'however',
  'meanwhile', 'today', 'yesterday', 'tomorrow', 'tonight', 'mr', 'mrs', 'ms', 'dr',
  // Indefinite pronouns (a closed class): wink tags them proper nouns at a sentence start now and then.
  'everything', 'everyone', 'everybody', 'nothing', 'nobody', 'something', 'someone', 'somebody', 'anything',
  'anyone', 'anybody', 'each', 'every', 'both', 'either', 'neither',
]);

/** Longest title run (in tokens) read before or after a name; longer runs are sentences, not titles. From the longest titles in dev articles ("Deputy Chairman of the Security Council of Russia" is 8). */
export const MAX_TITLE_TOKENS = 9;

/** Words read back from a date to find its clause's verb and actors. A sentence-long clause is rare in news; 40 covers dev sentences. */
export const MAX_CLAUSE_TOKENS = 40;

/** Words in an event summary. Long enough for "X and Y met in Z", short enough for a timeline line. */
export const MAX_SUMMARY_WORDS = 14;

/** Second words of club names that also go by their first word alone ("Luton Town" → "Luton", "Leeds United" → "Leeds"). From English and Scottish league club names. */
export const CLUB_SUFFIXES: ReadonlySet<string> = new Set(['town', 'city', 'united', 'county', 'rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'rangers', 'fc']);
/** Nouns after a platform's name ("X account"). */
export const PLATFORM_NOUNS: ReadonlySet<string> = new Set(['account', 'accounts', 'post', 'posts', 'feed', 'user', 'users', 'handle', 'page']);
/** Plural verb forms a collective takes in British usage and a person never does. */
export const COLLECTIVE_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were', 'haven’t', "haven't", 'aren’t', "aren't", 'weren’t', "weren't"]);
/** Title heads that only an employer can give ("CEO", "co-owner", "manager", "Head of School"): the name before them is an organisation's. Not "spokesman" or "adviser", which follow people's names too ("Biden spokesman"). */
export const EMPLOYER_HEADS: ReadonlySet<string> = new Set(['ceo', 'cfo', 'coo', 'cto', 'co-ceo', 'founder', 'co-founder', 'cofounder', 'owner', 'co-owner', 'boss', 'chairman', 'chairwoman', 'manager', 'coach', 'head']);
/** Nouns after a name, or after its possessive, that only a company has ("Glassworks founder Mark Bennet", "Glassworks’s CEO", "the firm’s shareholders"): the name is an organisation's. A narrower set than EMPLOYER_HEADS, which a person's name can precede too ("Trump’s campaign manager", "her boss"). */
export const COMPANY_ONLY_NOUNS: ReadonlySet<string> = new Set(['ceo', 'cfo', 'coo', 'cto', 'co-ceo', 'founder', 'co-founder', 'cofounder', 'shareholders', 'stockholders', 'headquarters']);
/** Rank words that belong to a company title rather than to the company's name. */
export const TITLE_RANKS: ReadonlySet<string> = new Set(['chief', 'deputy', 'vice', 'executive', 'managing', 'assistant', 'acting', 'interim', 'general', 'head', 'co-']);
/** Event words that open an event's name rather than end it. Closed class from news usage. */
export const EVENT_PREFIXES: ReadonlySet<string> = new Set(['operation', 'hurricane', 'storm', 'typhoon', 'cyclone', 'tropical', 'easter', 'christmas', 'thanksgiving', 'ramadan', 'olympics', 'election']);
/** Lower-case kind nouns that introduce an organisation's name in apposition ("the youth group X", "electronic duo X", "the insurer X"); never a person's. From news usage; "party" and "team" are left out ("party leader X", "team principal X" precede people through their titles, but a bare kind noun could too). */
export const ORG_KIND_NOUNS: ReadonlySet<string> = new Set([
  'group', 'organization', 'organisation', 'company', 'firm', 'nonprofit', 'non-profit', 'charity', 'startup', 'start-up', 'band', 'duo', 'trio',
  'quartet', 'club', 'agency', 'network', 'newspaper', 'magazine', 'website', 'publisher', 'broadcaster', 'union', 'coalition', 'association',
  'brand', 'label', 'outlet', 'conglomerate', 'retailer', 'airline', 'insurer', 'manufacturer', 'chain', 'watchdog', 'consultancy',
]);

/**
 * Smallest population of a GeoNames city (data/cities.json) read as a place by name. Chosen by a dev
 * sweep of 15k / 50k / 100k / no cities (dev place exact F1 0.859 / 0.855 / 0.853 / 0.844; see
 * BENCHMARKS.md, section nlp): smaller towns found more places than the few false ones they added.
 */
export const CITY_MIN_POPULATION = 15_000;


/** Shortest organisation name ending in an acronym ("Bright Horizon USA") whose words before the acronym name it alone: two words left, as one word alone ("Bright") is too often something else. */
export const MIN_SUFFIXED_ORG_WORDS = 3;

/**
 * Plural institution words after which "of" and a list of capitalised names lists the institutions
 * themselves ("the departments of Justice, Commerce and Defense", "the ministries of Defence and Foreign
 * Affairs"): each name is an organisation, named in full as the head's singular and "of" ("Department
 * of Justice"). Government departments and ministries only: "the
 * governments of France and Germany" names countries. Chosen from the construction in general news
 * English; it came up in the dev split's organisation misses.
 */
export const INSTITUTION_LIST_HEADS: Readonly<Record<string, string>> = { departments: 'Department', ministries: 'Ministry' };

/** Nouns after a capitalised run that make it a body one belongs to ("a former Ku Klux Klan member", "Hamas members"): a person's name is not written before them. */
export const MEMBERSHIP_NOUNS: ReadonlySet<string> = new Set(['member', 'members']);

/** Lower-case words after an acronym that make it a market index's name ("the S&P/TSX composite index", "S&P futures"): indices are not annotated (docs/annotation-guide.md). */
export const INDEX_WORDS: ReadonlySet<string> = new Set(['index', 'indices', 'composite', 'futures']);

/**
 * Last words of buildings and venues, which the guide annotates as places though their names hold an
 * institution word ("Quarry Bank Mill", "Ameris Bank Amphitheatre", "Bank of America Stadium"). The
 * building and venue words of the place suffixes (lexicon/places.json); area words (park, valley,
 * district, county) are left out, as institutions are named after areas ("University of Maryland-College Park").
 */
export const SITE_SUFFIXES: ReadonlySet<string> = new Set(['abbey', 'airport', 'amphitheater', 'amphitheatre', 'arena', 'auditorium', 'ballpark', 'castle', 'cathedral', 'coliseum', 'colosseum', 'garden', 'gardens', 'mall', 'manor', 'mill', 'pavilion', 'priory', 'racecourse', 'speedway', 'stadium', 'theater', 'theatre', 'velodrome']);

/** Bound on each per-word and per-name memo (BoundedMemo): far above the distinct words of a large batch (about 30,000 in the 64 gold articles together), small in memory. */
export const MEMO_LIMIT = 50_000;

// ---------------------------------------------------------------------------
// Dates (DateProposer, DateNormaliser, TenseDetector). Kept apart from the entity constants above.

/**
 * Days that news names by their date alone, with the year they happened: "the January 6th attack",
 * "the September 11 attacks", "the October 7 massacre". Read only when an event noun (NAMED_DATE_NOUNS)
 * follows; a later bare "Jan 6" in the same article then takes the same year. "January 6th" came up in
 * the dev split's errors; the other two are the same kind of name, from general knowledge, not the gold set.
 */
export const NAMED_DATES: Readonly<Record<string, number>> = { '1-6': 2021, '9-11': 2001, '10-7': 2023 };
/** Nouns after a named date that make it the event's name ("the January 6th committee"). */
export const NAMED_DATE_NOUNS = /^\s+(?:attacks?|riots?|rioters?|insurrection(?:ists)?|committee|panel|hearings?|report|probe|investigation|defendants?|massacre|anniversary|terror(?:ist)? attacks?|assault|raid|siege|mob)\b/i;
/**
 * How far back (days) a yearless day or month may lie for a present-tense sentence to mean the past
 * one ("inflation is 3% in February", a month just ended); further back, present tense means the coming
 * one ("he has until March 10", "he is not at risk of losing in November"). About six weeks: a month
 * just ended is still reported in the present tense.
 */
export const PRESENT_PAST_REACH_DAYS = 45;

/** Last words that make a capitalised run a product's model name, never a person's ("MacBook Pro", "Chromecast Ultra", "iPhone 7 Plus", "Galaxy Tab Lite"). The model-tier words of consumer electronics naming; none is a common English surname. Chosen from the nlp audit of news outside the gold set (bench/nlp/audit). */
export const PRODUCT_TIER_WORDS: ReadonlySet<string> = new Set(['pro', 'air', 'ultra', 'plus', 'mini', 'lite']);

/** Endings that turn a place's name into its people's ("South Dakota" → "South Dakotans", "New York" → "New Yorker"): plural endings, and "-er" for a city's people; singular "-an"/"-ian" are left out, as they end surnames too ("Cuban", "Adrian"): tried longest first against the places the lexicon knows. English demonym suffixes. */
export const DEMONYM_SUFFIXES: readonly string[] = ['ians', 'ans', 'ers', 'ites', 'ns', 'er'];
