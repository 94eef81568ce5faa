/**
 * Every threshold and word list of the ingest stage, in one place.
 * Each says how it was chosen so a later change can be argued with numbers.
 */

/** Default per-input size cap (bytes). Real news pages are < 2 MB of HTML; 10 MiB leaves room for inline assets while stopping a 50 MB dump. Raised with `maxBytes` (CLI `--max-bytes`). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Bytes sniffed for binary content and for an in-document charset declaration (the HTML spec prescans 1024; pages with long `<head>` scripts put `<meta charset>` later, so 4 KB). */
export const SNIFF_BYTES = 4096;

/** Characters at the start of a fetched body looked at to tell a sitemap or feed from a page: an XML declaration and a comment or two come before the root element, and a page's own text stays out of the check. */
export const BODY_CLASSIFY_CHARS = 512;

/** Characters of an XML document searched for entity declarations before parsing: a DOCTYPE precedes the root element, and any real prolog fits in 64 KiB. */
export const XML_DOCTYPE_SCAN_CHARS = 64 * 1024;

/** Bytes sampled for statistical charset detection: enough letters for stable frequencies, bounded cost on big files. */
export const DETECT_SAMPLE_BYTES = 64 * 1024;

/** Share of control bytes (other than tab, newlines, form feed, escape) above which a file is binary. Text in any charset has almost none; images and archives have ~10–25 %. */
export const BINARY_CONTROL_RATIO = 0.05;

/** Share of U+FFFD in decoded text above which decoding is reported as lossy (a warning, the text is still kept). */
export const REPLACEMENT_WARN_RATIO = 0.01;

/** Extensions read as page text / markup / records / web archives. */
export const TEXT_EXTENSIONS = ['.txt'] as const;
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'] as const;
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'] as const;
export const WARC_EXTENSIONS = ['.warc', '.warc.gz'] as const;

/** Suffix of sidecar metadata files (`a.txt.meta.json`, also `a.meta.json`). */
export const SIDECAR_SUFFIX = '.meta.json';

/** Metadata fields a sidecar, a JSONL record or a feed item may give. */
export const GIVEN_FIELDS = ['url', 'outlet', 'publishedAt', 'title', 'author', 'language'] as const;

// --- Charset detection ------------------------------------------------------

/**
 * A high byte is "in a run" when a neighbour is also a high byte. Latin-script text puts
 * accented letters alone between ASCII letters (café, Müller): measured ~0.1–0.35 on
 * French/German/Czech samples; Cyrillic and CJK text is nearly all runs (> 0.9). The midpoint
 * splits the two families.
 */
export const LATIN_RUN_RATIO_MAX = 0.5;

/**
 * Cyrillic candidates: a correct decoding of Russian text is ~95 % lowercase letters (sentence
 * capitals and acronyms are the rest); KOI8-R read as Windows-1251 (and vice versa) swaps the
 * cases, giving ~5 %. Ten most frequent Russian letters (о е а и н т с р в л) cover ~60 % of
 * letters in running text; a wrong decoding picks letters at random (~25 %).
 */
export const RUSSIAN_FREQUENT_LETTERS = 'оеаинтсрвл';
export const CYRILLIC_FREQUENT_EXPECTED = 0.55;

/** Japanese running text is 40–70 % kana; Chinese or Korean bytes read as Shift_JIS give almost none. */
export const JAPANESE_KANA_EXPECTED = 0.4;

/**
 * The most frequent Korean syllables (from published syllable-frequency counts); they cover
 * ~35 % of Korean text. Chinese GB bytes read as EUC-KR decode to Hangul too, but to rare
 * syllables, so coverage, not script, tells them apart.
 */
export const KOREAN_FREQUENT_SYLLABLES =
  '이다는의에가고하지을를기서한로도으사리니있어수자대시인나게일정아들해적보전그요내것만라부주원국상및제우동면성소과관여중발';
export const KOREAN_FREQUENT_EXPECTED = 0.3;

/**
 * The most frequent Chinese characters (simplified, top 150 by frequency; they cover ~45 % of running text).
 * Korean EUC-KR bytes read as GBK decode to valid but rarely used hanzi.
 */
export const CHINESE_FREQUENT_HANZI =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政';
export const CHINESE_FREQUENT_EXPECTED = 0.4;

/**
 * Non-ASCII letters of the Latin-script languages the single-byte candidates serve (lowercase).
 * A right decoding yields letters of ONE language; a wrong one yields a mix (Czech "č ř ě" read
 * as Windows-1252 becomes "è ø ì": French, Danish and Italian letters together), so a candidate
 * scores by its best single-language coverage.
 */
export const LATIN_ALPHABETS: Readonly<Record<string, string>> = {
  fr: 'àâæçéèêëîïôœùûüÿ',
  de: 'äöüß',
  es: 'áéíñóúü',
  pt: 'áâãàçéêíóôõú',
  it: 'àèéìíîòóùú',
  ca: 'àçèéíïòóúü',
  nl: 'éëïóöü',
  da: 'æøåé',
  sv: 'åäöé',
  fi: 'äöå',
  is: 'áðéíóúýþæö',
  pl: 'ąćęłńóśźż',
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  hu: 'áéíóöőúüű',
  hr: 'čćđšž',
  sl: 'čšž',
  ro: 'ăâîșțşţ',
};

/** Punctuation and symbols common in any Latin-script text (Windows code pages put them in 0x80–0x9F). */
export const LATIN_COMMON_SYMBOLS = '’‘“”„–—…«»°€£§©®·•\u00a0';

/** Below this best score the detector still decodes but says it guessed. */
export const DETECT_CONFIDENT_SCORE = 0.5;

// --- Fetching ---------------------------------------------------------------

/** Identifies Chorus to site operators; the product token `Chorus` is what robots.txt groups match. */
export const DEFAULT_USER_AGENT = 'Chorus/0.1 (+self-hosted news monitor)';
export const ROBOTS_PRODUCT_TOKEN = 'chorus';

/** Whole-request budget (headers and body). News pages answer in < 2 s; 20 s tolerates slow outlets without hanging a run. */
export const FETCH_TIMEOUT_MS = 20_000;
/** Redirect hops followed (each SSRF-checked). Browsers allow 20; news sites need ≤ 3 (http→https→www→canonical). */
export const MAX_REDIRECTS = 5;
/** Retries on 429/5xx and connection errors, with exponential backoff from `RETRY_BACKOFF_MS`. */
export const FETCH_RETRIES = 2;
export const RETRY_BACKOFF_MS = 1_000;
/** A Retry-After longer than this gives up instead of blocking the run (a batch ingest should not sleep for an hour). */
export const MAX_RETRY_AFTER_MS = 120_000;
/** Politeness defaults: one request per second per host and two in flight, as common crawler etiquette; 16 overall keeps 2 cores busy. */
export const PER_HOST_INTERVAL_MS = 1_000;
export const PER_HOST_CONCURRENCY = 2;
export const TOTAL_CONCURRENCY = 16;
/** Crawl-delay honoured up to this; a larger one is capped so one host cannot stall a run. */
export const MAX_CRAWL_DELAY_MS = 30_000;
/** robots.txt over this size is truncated (RFC 9309 requires parsing at least 500 KiB). */
export const MAX_ROBOTS_BYTES = 512 * 1024;
/** Statuses worth retrying: rate limiting and transient server trouble. */
export const RETRY_STATUSES = [408, 429, 500, 502, 503, 504] as const;

// --- Feeds and sitemaps -----------------------------------------------------

/** Items taken from one feed or sitemap fetch; big sitemaps list 50 000 URLs and an ingest run should stay bounded. */
export const MAX_ITEMS_PER_SOURCE = 1_000;
/** Sitemap index depth followed (index → index → urlset is already unusual). */
export const MAX_SITEMAP_DEPTH = 2;
/** Item pages fetched concurrently while keeping output order (the scheduler still enforces per-host limits). */
export const ITEM_FETCH_WINDOW = 16;

// --- Watching ---------------------------------------------------------------

/** Poll interval bounds: no outlet needs polling more than every 2 minutes; a quiet feed is still checked twice a day. */
export const WATCH_MIN_INTERVAL_MS = 2 * 60_000;
export const WATCH_MAX_INTERVAL_MS = 12 * 60 * 60_000;
/** First interval for a feed with no history. */
export const WATCH_INITIAL_INTERVAL_MS = 15 * 60_000;
/** Poll at this fraction of the median gap between items, so a new item waits on average a quarter of the gap. */
export const WATCH_GAP_FRACTION = 0.5;
/** Publication times kept per feed to estimate its rhythm. */
export const WATCH_RHYTHM_SAMPLES = 20;
/** Seen item keys remembered per feed: a feed shows ≤ 100 items, so 5 000 spans months of churn. */
export const WATCH_SEEN_LIMIT = 5_000;
