/**
 * Thresholds of the quotes stage, in one place. Each says how it was chosen.
 */

/** Longest run of paragraphs one quote may span; news quotes rarely run past five, and a longer run means a lost closing mark. */
export const MAX_QUOTE_PARAGRAPHS = 8;

/** A quote of at most this many words with no verb is a scare quote (a label), never speech. Issue #5's rule. */
export const SCARE_MAX_WORDS = 3;

/** How many words back from a cue a subject noun phrase may start ("Russian Deputy Foreign Minister Mikhail Galuzin" is six). */
export const MAX_SUBJECT_WORDS = 9;

/** How many paragraphs back a speaker is carried to an unattributed follow-on quote paragraph. */
export const CARRY_PARAGRAPHS = 2;

/**
 * Longest unit (in words) taken as a lone attribution for the quote before it ("“…!” Smith said."):
 * room for a cue and a titled name ("Deputy Foreign Minister Mikhail Galuzin said" is six), while a
 * longer unit is a sentence of its own rather than a tag.
 */
export const LONE_ATTRIBUTION_MAX_WORDS = 8;

/**
 * Most words between a closing quote mark and a cue after it for that cue to attribute the quote
 * ("“…,” the minister, speaking in Moscow on Tuesday, said"): a subject and a short aside fit;
 * more, and the cue belongs to a sentence of its own.
 */
export const MAX_CUE_GAP_WORDS = 8;

/**
 * How many tokens past its first word a name phrase after a cue or a dash may run: room for a
 * titled name with middle names ("Deputy Foreign Minister Mikhail Yurievich Galuzin" is five past),
 * while a run of capitalised headline words is cut off.
 */
export const MAX_NAME_RUN = 8;

/** Articles whose honorific lookups are cached at once: the cache saves repeated scans within one article, so a small bound costs nothing and caps memory. */
export const GENDER_CACHE_TEXTS = 64;

/** How many words of adverbials ("on Tuesday", "in a statement") may stand between a cue and its `that`. */
export const MAX_GAP_TO_THAT = 12;

/** An indirect quote needs at least this many words; shorter complements are rarely reported speech ("said so"). */
export const MIN_INDIRECT_WORDS = 4;

/** How far back (characters) a pronoun or description looks for its antecedent. */
export const ANTECEDENT_WINDOW = 3000;

/**
 * Salience of the antecedents of "he"/"she" (Salience.ts). The latest candidate (the latest
 * subject-position entity, a known speaker named as a subject, the current speaker, a name
 * opening a recent sentence) is the antecedent, unless it is a minor speaker last in view
 * more than MINOR_SPEAKER_REACH back, measured as
 *   SALIENCE_SENTENCE_COST × sentences + SALIENCE_PARAGRAPH_COST × paragraph breaks;
 * then it is the article's main person. Small round numbers chosen on the dev split: a
 * paragraph break weighs like two sentences (a new paragraph often turns back to the article's
 * subject); a minor speaker keeps "he" for the next three sentences ("“…,” Jones said. He
 * added …"), or a paragraph break and a sentence, then the profile's subject takes it back.
 */
export const SALIENCE_SENTENCE_COST = 1;
export const SALIENCE_PARAGRAPH_COST = 2;
export const MINOR_SPEAKER_REACH = 3;

/**
 * The article's main person: the person mentioned most outside quotes, with at least this many
 * mentions and this factor more than the runner-up — a profile's subject, not one of several
 * people in a news story (where the runner-up is close).
 */
export const MAIN_PERSON_MIN_MENTIONS = 6;
export const MAIN_PERSON_LEAD = 1.5;

/**
 * A minor speaker: a person the nlp stage found at most this many times outside quotes (a
 * friend or an aide quoted once in a profile). Only a minor speaker gives way to the main
 * person; a speaker the article keeps returning to is a subject of its own.
 */
export const MINOR_SPEAKER_MAX_MENTIONS = 2;

/** Shortest entity name looked for in the text where the nlp stage missed a mention (MissedMentions.ts): shorter ones ("Al", "Ed") too often match other words. */
export const MIN_NAME_CHARS = 3;

/** How far before a mention (characters) its title is read to tell a former role ("former House Speaker Kevin McCarthy" needs about 40). */
export const TITLE_WINDOW = 60;

/** Most words of a lead-in label before a colon opening a sentence ("THE FACTS:", "Update:"); a longer run before a colon is a sentence. */
export const MAX_LEAD_IN_WORDS = 3;

/** Most tokens between an earlier participle and the "and" before a coordinated one ("her introducing Clanton to the members as her special guest, and saying"). */
export const MAX_COORDINATED_GAP = 16;

/**
 * Fewest words of an unattributed quote that, repeated inside an attributed quote, make it the same
 * statement (a pull quote): short phrases ("we will win") recur by chance; eight words rarely do.
 */
export const MIN_REPEATED_QUOTE_WORDS = 8;

/**
 * Shortest name that stands for an organisation whose name it opens ("Amnesty" for "Amnesty
 * International"); shorter words ("New", "Air") open too many names to say which one is meant.
 */
export const MIN_ORG_OPENING_CHARS = 5;


/**
 * Most words of an introductory phrase before its comma ("Late on Tuesday night,"): enough for a
 * date or time phrase, while a longer run before the comma is a clause of its own.
 */
export const MAX_INTRODUCTORY_WORDS = 6;

/**
 * Modals of possibility and advice: a cue after one ("may even say", "might think", "could write", "should tell") is
 * hypothetical, not reported. "would" and "will" stay out: news uses them for real speech ("she would later say").
 * Chosen from the audit's hypothetical errors (bench/quotes/audit/), checked on dev.
 */
export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could', 'should', 'must', 'can', 'cannot', "can't", 'couldn’t', "couldn't", 'mightn’t']);

/** Words that may stand between such a modal and its cue ("may even say", "might well think", "could also tell"). */
export const HYPOTHETICAL_SKIPPABLE: ReadonlySet<string> = new Set(['even', 'also', 'well', 'just', 'still', 'then', 'not', 'never', 'one', 'day']);

/**
 * Section headings: a paragraph of HEADING_MIN_WORDS to HEADING_MAX_WORDS words, capitalised, with no quote mark and no
 * final punctuation ("The Rukban camp"). An article with at least MIN_SECTION_HEADINGS of them is cut into sections,
 * and there a paragraph that is only a quote with no final stop is a heading too (a quoted claim or title), not speech.
 * Two headings, not one, so a stray byline or "Advertisement" line does not make an article sectioned; checked on dev,
 * where every such quote paragraph in a sectioned article is a heading and none in the others is.
 */
export const HEADING_MIN_WORDS = 2;
export const HEADING_MAX_WORDS = 8;
export const MIN_SECTION_HEADINGS = 2;
