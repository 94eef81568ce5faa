/**
 * Closed word lists the quote finders need besides cues. Data only. Each list says how
 * it was chosen; all are matched on lower-cased tokens.
 */

/** Pronouns that can be a speaker, with what they may refer to. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'organization' | 'group' | 'self'> = new Map([
  ['he', 'person'], ['she', 'person'], ['it', 'organization'], ['they', 'group'], ['i', 'self'], ['we', 'self'],
]);

/**
 * First person singular in quoted words: only a person speaks so, never an organisation. Case
 * sensitive on the original text, so the capital pronoun "I" counts but a sentence-opening "My" does not.
 */
export const FIRST_PERSON = /(^|[^\p{L}])(I|I’m|I'm|I’ve|I've|me|my)(?![\p{L}])/u;

/** Words that open a noun phrase; a description speaker starts at one ("the Russian diplomat"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'another', 'one', 'two', 'three', 'several', 'many', 'some', 'other', 'both', 'most',
]);

/** Adverbs and auxiliaries that may stand between a subject and its cue ("he also said", "she has repeatedly warned"). */
export const SKIPPABLE_BEFORE_CUE: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'previously', 'earlier', 'has', 'have', 'had', 'would', 'will', 'could', 'may', 'might', 'again', 'further',
  'reportedly', 'repeatedly', 'recently', 'once', 'last', 'week', 'year', 'publicly', 'privately', 'separately', 'additionally', 'finally',
  'subsequently', 'initially', 'openly', 'firmly', 'explicitly', 'bluntly', 'simply', 'flatly', 'similarly', 'has', 'always', 'often', 'still',
  'even', 'just', 'specifically', 'directly', 'now', 'allegedly', 'apparently', 'frequently', 'emphatically', 'confidently', 'clearly', 'only',
  // Emphatic reflexives after the subject ("officials themselves had argued") are not part of its name.
  'themselves', 'himself', 'herself', 'itself',
]);

/** Words that end a subject noun phrase when walking backwards from a cue. */
export const NP_STOPPERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'as', 'because', 'but', 'and', 'or', 'if', 'than', 'since', 'after',
  'before', 'though', 'although', 'so', 'yet', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'not', 'to', 'in', 'on', 'at', 'by', 'with',
  'from', 'into', 'about', 'over', 'under', 'what', 'how', 'why', 'there', 'here', 'also',
]);

/** Prepositions allowed inside a description ("a spokesperson for the ministry", "the head of the agency"). */
export const NP_INNER_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'to', 'in', 'from']);

/**
 * Title and role words stripped from a name mention to leave the person's name
 * ("Russian Deputy Foreign Minister Mikhail Galuzin" → "Mikhail Galuzin"). Common
 * English titles from news style guides.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'sister', 'president', 'vice',
  'prime', 'minister', 'deputy', 'foreign', 'defense', 'defence', 'secretary', 'general', 'senator', 'sen', 'rep', 'representative', 'gov',
  'governor', 'mayor', 'judge', 'justice', 'chief', 'executive', 'officer', 'ceo', 'cfo', 'chairman', 'chairwoman', 'chair', 'director', 'speaker',
  'ambassador', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'attorney', 'state', 'former', 'acting', 'interim', 'lt', 'col', 'sgt',
  'capt', 'captain', 'major', 'gen', 'adm', 'admiral', 'colonel', 'sergeant', 'lieutenant', 'detective', 'inspector', 'superintendent', 'coach',
  'manager', 'founder', 'co-founder', 'leader', 'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'rabbi', 'imam', 'sheriff',
  'chancellor', 'premier', 'sheikh', 'emir', 'congressman', 'congresswoman', 'councilman', 'councilwoman', 'councillor', 'assemblyman', 'mp', 'mep',
  'economist', 'analyst', 'author', 'writer', 'head', 'house', 'senate', 'national', 'security', 'adviser', 'advisor', 'white', 'us', 'u.s', 'uk',
  'russian', 'american', 'british', 'armenian', 'ukrainian', 'israeli', 'chinese', 'french', 'german', 'democratic', 'republican', 'gop', 'labour',
  'conservative', 'affairs', 'interior', 'finance', 'economy', 'trade', 'health', 'education', 'justice', 'energy', 'district', 'federal', 'special',
  'counsel', 'sen.', 'rep.', 'gov.', 'dr.', 'mr.', 'mrs.', 'ms.', 'lt.', 'gen.', 'col.', 'sgt.', 'capt.', 'adm.', 'prof.', 'assistant', 'associate',
  'senior', 'junior', 'principal', 'press', 'communications', 'majority', 'minority', 'whip', 'ranking', 'member', 'committee', 'staff', 'army',
  'police', 'fire', 'campaign', 'party', 'of', 'the', 'and', 'for', 'nominee', 'candidate', 'hopeful', 'incumbent', 'rabbi', 'elder', 'delegate',
]);

/** Head nouns of descriptions that name a person ("the diplomat", "a spokeswoman"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'diplomat', 'minister', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'president', 'leader', 'politician', 'lawmaker', 'senator',
  'congressman', 'congresswoman', 'governor', 'mayor', 'secretary', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'chair', 'director',
  'executive', 'ceo', 'founder', 'judge', 'lawyer', 'attorney', 'prosecutor', 'officer', 'commander', 'general', 'analyst', 'expert', 'economist',
  'professor', 'researcher', 'scientist', 'author', 'writer', 'candidate', 'nominee', 'man', 'woman', 'actor', 'actress', 'singer', 'star',
  'coach', 'player', 'manager', 'chief', 'head', 'adviser', 'advisor', 'aide', 'strategist', 'commissioner', 'representative', 'member', 'mother',
  'father', 'wife', 'husband', 'son', 'daughter', 'activist', 'campaigner', 'witness', 'resident', 'owner', 'investor', 'doctor', 'premier',
  'chancellor', 'host', 'anchor', 'reporter', 'journalist', 'columnist', 'editor', 'publisher', 'pastor', 'priest', 'bishop', 'rabbi', 'billionaire',
  'businessman', 'businesswoman', 'entrepreneur', 'organizer', 'organiser', 'historian', 'republican', 'democrat', 'veteran', 'student', 'teacher',
  'official', 'sheriff', 'detective', 'inspector', 'deputy', 'speaker', 'whip', 'counsel', 'partner', 'source', 'insider', 'prince', 'king', 'queen',
  'neighbour', 'neighbor', 'friend', 'relative', 'colleague', 'bystander', 'passenger', 'driver', 'customer', 'worker', 'employee', 'nurse', 'fan',
  'shopper', 'tourist', 'survivor', 'victim', 'parent', 'sister', 'brother', 'cousin', 'uncle', 'aunt', 'grandmother', 'grandfather', 'girlfriend',
  'boyfriend', 'fiancé', 'fiancée', 'landlord', 'tenant', 'farmer', 'soldier', 'medic', 'paramedic', 'firefighter', 'volunteer', 'protester', 'voter',
]);

/** Head nouns of descriptions that name an organisation ("the ministry", "the company"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'government', 'administration', 'agency', 'company', 'firm', 'group', 'organization', 'organisation', 'office',
  'kremlin', 'party', 'campaign', 'committee', 'commission', 'council', 'court', 'bank', 'union', 'alliance', 'bloc', 'board', 'team', 'club',
  'service', 'police', 'army', 'military', 'embassy', 'foundation', 'institute', 'university', 'network', 'newspaper', 'outlet', 'website',
  'charity', 'coalition', 'regulator', 'authority', 'authorities', 'spokesperson', 'statement', 'report', 'study', 'survey', 'poll', 'lawsuit',
  'complaint', 'filing', 'indictment', 'document', 'documents', 'memo', 'letter', 'readout', 'release', 'data', 'figures', 'analysis', 'review',
  'investigation', 'ruling', 'order', 'post', 'tweet', 'video', 'website', 'parliament', 'congress', 'senate', 'house', 'cabinet', 'white',
  'paper', 'watchdog', 'broadcaster', 'think-tank', 'tank', 'operator', 'retailer', 'maker', 'carrier', 'airline', 'insurer', 'lender',
  // Governing and member bodies ("the governing body said", "the league said"): heads of organisation names (ORG_MARKERS) standing alone.
  'association', 'federation', 'league', 'body', 'society', 'tribunal',
]);

/** Heads of texts rather than speakers: a readout speaks for its possessor ("the ministry's statement read"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'readout', 'release', 'letter', 'report', 'memo', 'post', 'tweet', 'filing', 'complaint', 'indictment', 'lawsuit', 'document',
  'documents', 'study', 'survey', 'poll', 'data', 'figures', 'analysis', 'review', 'ruling', 'order', 'video', 'message', 'note', 'notice',
  'announcement', 'communique', 'communiqué', 'transcript', 'website', 'records', 'court', 'papers', 'research',
  'investigation', 'audit', 'probe', 'inquiry', 'editorial', 'memoir', 'column',
]);

/** Plural or collective person nouns that can speak ("officials said", "police said"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'police', 'analysts', 'experts', 'critics', 'residents', 'witnesses', 'sources', 'lawmakers', 'authorities', 'prosecutors',
  'investigators', 'researchers', 'scientists', 'economists', 'observers', 'activists', 'protesters', 'organizers', 'organisers', 'democrats',
  'republicans', 'leaders', 'diplomats', 'people', 'parents', 'supporters', 'opponents', 'voters', 'members', 'doctors', 'lawyers', 'attorneys',
  'spokespeople', 'aides', 'advisers', 'advisors', 'campaigners', 'students', 'teachers', 'workers', 'employees', 'staff', 'executives', 'users',
  'citizens', 'others', 'many', 'some', 'reports', 'studies', 'polls', 'documents', 'records', 'data', 'figures',
  'staffers', 'officers', 'agents', 'nurses', 'farmers', 'fans', 'players', 'journalists', 'reporters', 'scholars', 'judges', 'senators',
  'ministers', 'demonstrators', 'survivors', 'victims', 'families', 'relatives', 'neighbours', 'neighbors', 'owners', 'landlords', 'tenants',
  'consumers', 'customers', 'shoppers', 'investors', 'traders', 'bankers', 'lenders', 'insurers', 'regulators', 'contestants', 'athletes',
]);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'prof', 'inc', 'corp', 'co', 'ltd',
  'no', 'vs', 'v', 'u.s', 'u.k', 'u.n', 'e.u', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'e.g', 'i.e',
  'etc', 'approx', 'est', 'mt', 'ft', 'fig', 'vol', 'pp', 'rev', 'hon', 'messrs', 'd.c', 'n.y', 'calif', 'fla', 'ore', 'wash', 'mass', 'ariz',
]);

/**
 * Verbs that make a short quote a statement rather than a label: auxiliaries, modals and
 * the most frequent English verbs (base, -s and past forms). A quote of three words or
 * fewer without any of these is a scare quote ("frozen", "diversification").
 */
export const COMMON_VERBS: ReadonlySet<string> = new Set(
  (
    'is are was were be am been being do does did have has had will would can could shall should may might must ' +
    "isn't aren't wasn't weren't don't doesn't didn't haven't hasn't won't wouldn't can't couldn't shouldn't i'm it's we're they're you're he's she's " +
    'go goes went get gets got make makes made take takes took come comes came see sees saw know knows knew think thinks thought want wants wanted ' +
    'give gives gave use uses used find finds found tell tells told ask asks asked work works worked seem seems seemed feel feels felt try tries tried ' +
    'leave leaves left call calls called need needs needed keep keeps kept let lets begin begins began help helps helped show shows showed hear hears heard ' +
    'play plays played run runs ran move moves moved live lives lived believe believes believed bring brings brought happen happens happened ' +
    'write writes wrote sit sits sat stand stands stood lose loses lost pay pays paid meet meets met include includes included continue continues ' +
    'set sets learn learns learned change changes changed lead leads led understand understands understood watch watches watched follow follows followed ' +
    'stop stops stopped create creates created speak speaks spoke read reads allow allows allowed add adds added spend spends spent grow grows grew ' +
    'open opens opened walk walks walked win wins won offer offers offered remember remembers remembered love loves loved consider considers considered ' +
    'appear appears appeared buy buys bought wait waits waited serve serves served die dies died send sends sent expect expects expected build builds built ' +
    'stay stays stayed fall falls fell cut cuts reach reaches reached kill kills killed remain remains remained suggest suggests suggested raise raises ' +
    'raised pass passes passed sell sells sold require requires required report reports reported decide decides decided pull pulls pulled ' +
    'fight fights fought destroy destroys destroyed protect protects protected stop fix fixes fixed save saves saved end ends ended hate hates hated ' +
    'say says said put puts mean means meant become becomes became look looks looked turn turns turned start starts started'
  ).split(' '),
);

/**
 * Channel vocabulary. A channel is what `via` reports: a named medium or relay as
 * written ("TASS", "RFE/RL's Armenian"), or one of these normalised kinds of text when
 * the article names no medium ("in a statement" → "statement").
 */
export const CHANNEL_KINDS: ReadonlyMap<string, string> = new Map([
  ['statement', 'statement'], ['readout', 'readout'], ['press release', 'press release'], ['release', 'press release'],
  ['news conference', 'press conference'], ['press conference', 'press conference'], ['briefing', 'briefing'], ['press briefing', 'briefing'],
  ['interview', 'interview'], ['letter', 'letter'], ['speech', 'speech'], ['post', 'post'], ['tweet', 'post'], ['video', 'video'],
  ['podcast', 'podcast'], ['op-ed', 'op-ed'], ['email', 'email'], ['court filing', 'court filing'], ['filing', 'court filing'],
  ['testimony', 'testimony'], ['hearing', 'hearing'], ['social media post', 'post'], ['message', 'message'], ['report', 'report'],
]);

/** Social platforms: "wrote on X", "posted to Truth Social", "said on Facebook". */
export const PLATFORMS: ReadonlySet<string> = new Set([
  'x', 'twitter', 'facebook', 'instagram', 'telegram', 'truth social', 'threads', 'tiktok', 'youtube', 'linkedin', 'bluesky', 'weibo', 'vk',
  'substack', 'reddit', 'mastodon',
]);

/** Words inside a channel phrase that describe the medium rather than name it ("state news agency TASS"). */
export const MEDIA_DESCRIPTORS: ReadonlySet<string> = new Set([
  'state', 'news', 'agency', 'newspaper', 'paper', 'daily', 'weekly', 'magazine', 'broadcaster', 'channel', 'network', 'radio', 'television',
  'tv', 'outlet', 'website', 'site', 'service', 'wire', 'publication', 'state-run', 'state-owned', 'russian', 'official', 'government', 'the',
  'public', 'local', 'national', 'private', 'independent', 'online', 'portal', 'program', 'programme', 'show', 'podcast',
]);

/** Audiences told something that are not a medium ("told reporters"). */
export const AUDIENCES: ReadonlySet<string> = new Set([
  'reporters', 'journalists', 'the', 'me', 'us', 'him', 'her', 'them', 'lawmakers', 'supporters', 'congress', 'parliament', 'members',
  'the court', 'jurors', 'the jury', 'listeners', 'viewers', 'audience', 'crowd', 'students', 'investors', 'analysts', 'colleagues', 'staff',
]);

/**
 * Words that mark a name as an organisation's ("Office of Emergency Services", "Consumer
 * Watchdog", "Pinewood Studios"): the organisation nouns above that stand inside proper
 * names, plus common name heads from news (company, institution and media names). A name
 * with one of them is not a person whatever the nlp stage typed it.
 */
export const ORG_MARKERS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'government', 'administration', 'agency', 'company', 'group', 'organization', 'organisation', 'office', 'kremlin',
  'party', 'committee', 'commission', 'council', 'court', 'bank', 'union', 'alliance', 'board', 'club', 'service', 'services', 'police', 'army',
  'military', 'embassy', 'foundation', 'institute', 'institution', 'university', 'college', 'school', 'network', 'coalition', 'authority',
  'parliament', 'congress', 'senate', 'cabinet', 'watchdog', 'studios', 'studio', 'records', 'press', 'news', 'times', 'post', 'journal',
  'tribune', 'herald', 'guardian', 'telegraph', 'times', 'media', 'television', 'radio', 'association', 'federation', 'society', 'center',
  'centre', 'fund', 'trust', 'bureau', 'corporation', 'industries', 'systems', 'technologies', 'airlines', 'airways', 'motors', 'pharmaceuticals',
  'cooperative', 'co-op', 'council', 'league', 'assembly', 'secretariat', 'directorate', 'inspectorate', 'tribunal', 'prosecutors',
]);

/** Corporate suffixes that end company names ("Acme Inc.", "Foo Ltd"). */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'nv', 'lp', 'llp']);

/**
 * Organisation heads that can stand for any organisation ("the company said" after a named
 * utility), unlike specific ones ("the military", "the ministry") that must match the name.
 */
export const GENERIC_ORG_HEADS: ReadonlySet<string> = new Set([
  'company', 'firm', 'organization', 'organisation', 'group', 'agency', 'business', 'institution', 'body', 'outlet', 'charity', 'utility',
  'operator', 'retailer', 'maker', 'carrier', 'lender', 'insurer', 'broadcaster', 'publisher', 'network', 'startup', 'nonprofit', 'cooperative',
]);

/**
 * US state names: "Hutchinson County, Texas Office of Emergency Services", "the Springfield,
 * Illinois, police department" — a place and its state joined by a comma inside one name.
 */
export const US_STATES: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho',
  'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota',
  'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina',
  'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming',
]);

/** Organisation heads that say what a body does, not what kind it is ("the Budget watchdog" for the Office for Budget Responsibility). */
export const FUNCTION_ORG_HEADS: ReadonlySet<string> = new Set(['watchdog', 'regulator']);

/**
 * Nouns that say a person's gender when they stand right before the name ("his mother, Ernestine",
 * "actress Jane Roe"), as regular-expression alternations. Gender-neutral words ("actor") are left out.
 */
export const FEMALE_NOUNS = 'mother|wife|daughter|sister|aunt|grandmother|granddaughter|niece|widow|girlfriend|actress|businesswoman|spokeswoman|congresswoman|chairwoman|Queen|Princess|Duchess|Lady|Dame';
export const MALE_NOUNS = 'father|husband|son|brother|uncle|grandfather|grandson|nephew|widower|boyfriend|businessman|spokesman|congressman|chairman|King|Prince|Duke|Lord|Sir';

/**
 * Nouns naming evidence rather than a speaker: with a finding verb (FINDING_CUES) they report a
 * finding, which the annotation guide leaves out ("the study showed", "evidence suggests"),
 * while "according to the survey" and "the report said" stay statements of a document.
 */
export const FINDING_NOUNS: ReadonlySet<string> = new Set([
  'evidence', 'research', 'study', 'studies', 'data', 'analysis', 'analyses', 'findings', 'results', 'statistics', 'figures', 'numbers', 'trials', 'experiments', 'estimates', 'models', 'modelling', 'modeling',
  // Added 23 Nov 2026 from the speaker audit (bench/quotes/audit/, round 3): evidence and records that "reveal" or "indicate".
  'survey', 'surveys', 'review', 'trends', 'tests', 'certifications', 'certificates', 'records', 'postings', 'metrics', 'measurements',
]);

/** Cue lemmas that, after a FINDING_NOUNS subject, state a finding, not speech. */
export const FINDING_CUES: ReadonlySet<string> = new Set(['suggest', 'indicate', 'reveal', 'confirm', 'highlight', 'predict', 'estimate', 'emphasize', 'emphasise', 'report', 'mention', 'underline']);

/** Words that may open the gap between a cue and its `that` ("said on Tuesday that", "warned again that"); another lower-case word there is a noun object. */
export const CLAUSE_GAP_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'during', 'after', 'before', 'by', 'with', 'from', 'over', 'via', 'through', 'last', 'this', 'earlier', 'later', 'again',
  'today', 'yesterday', 'tonight', 'also', 'then', 'now', 'once', 'twice', 'further', 'however', 'too', 'the', 'not', 'both', 'all', 'as', 'upon',
  'under', 'late', 'early', 'separately', 'privately', 'publicly',
]);

/**
 * Heads of an "according to" phrase that name no one who says anything: lore, plans and rules, the writer's own trials
 * ("according to legend", "according to the schedule", "according to my tests"). From the speaker audit's non-speech
 * errors (bench/quotes/audit/); documents that state things ("according to the report") stay sources.
 */
export const NOT_SOURCES: ReadonlySet<string> = new Set([
  'legend', 'legends', 'folklore', 'tradition', 'myth', 'lore', 'schedule', 'plan', 'plans', 'rules', 'spec', 'specs', 'specification',
  'specifications', 'tests', 'test', 'experiences', 'experience', 'updates', 'division', 'calculations', 'calculation', 'math', 'maths',
  'instructions', 'recipe', 'manual', 'guidelines', 'standards', 'definition', 'research', 'theory',
]);

/**
 * Abbreviated titles and the role word they stand for ("Gov. Eric Holcomb" is "the governor"):
 * the usual abbreviations of US and UK news style (AP stylebook's list of titles before names).
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['gen', 'general'], ['lt', 'lieutenant'], ['col', 'colonel'],
  ['sgt', 'sergeant'], ['capt', 'captain'], ['adm', 'admiral'], ['prof', 'professor'], ['supt', 'superintendent'], ['atty', 'attorney'],
  ['cmdr', 'commander'], ['maj', 'major'], ['insp', 'inspector'], ['det', 'detective'],
]);

/**
 * Past-tense verbs of public judgement ("slammed", "praised") that, after "and" in a reported clause, are the
 * speaker's own act narrated by the writer ("Trump said he had watched the hearing and slammed it as a “disgrace”"),
 * so they end the clause. Chosen from news verbs of criticism and praise; no dev gold indirect quote runs over one.
 */
export const NARRATED_ACT_VERBS: ReadonlySet<string> = new Set([
  'slammed', 'blasted', 'criticized', 'criticised', 'praised', 'dismissed', 'denounced', 'condemned', 'branded', 'labelled', 'labeled',
  'lambasted', 'hailed', 'decried', 'mocked', 'ridiculed', 'derided', 'lashed', 'thanked', 'applauded', 'commended',
]);
