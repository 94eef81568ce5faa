/**
 * The cue lexicon: words and phrases that introduce speech, writing or stated belief in
 * news English. Data only; the finders read it. Each entry gives the form as written,
 * its lemma and its tense, so reports can group "said"/"says"/"saying" under one verb.
 *
 * Chosen from the reporting verbs of news style guides and the Gender Gap Tracker's
 * published verb list, kept to verbs that almost always report speech when they have a
 * subject and a complement. Verbs that are mostly non-speech ("describe", "call") are
 * `naming` cues: they attribute only quote marks they govern, never a bare clause, and a
 * short label after them stays a scare quote.
 */

export type CueTense = 'past' | 'present' | 'participle' | 'base';

export interface CueEntry {
  /** Lower-case form as written (one or more words). */
  form: string;
  lemma: string;
  tense: CueTense;
  /**
   * `object` cues take the hearer or medium next ("told TASS"); `source` cues take the speaker next ("according to X");
   * `naming` cues ("called it “…”", "described him as “…”") attribute the quote marks after them to their subject but
   * never introduce a reported clause, since without marks they mostly label rather than report; `tag` cues are verbs
   * outside the lexicon found in a speech tag ("“…,” Fridman began."), which only attribute the quote before them.
   */
  frame: 'plain' | 'object' | 'source' | 'naming' | 'tag';
  /** Belief verbs only report speech with a `that` clause or a quote ("believes that …"). */
  needsThat?: boolean;
}

/** lemma → [past, present (3rd person), participle (-ing)] plus frame. */
const VERBS: readonly [lemma: string, past: string, present: string, ing: string, frame?: CueEntry['frame'], needsThat?: boolean][] = [
  ['say', 'said', 'says', 'saying'],
  ['tell', 'told', 'tells', 'telling', 'object'],
  ['warn', 'warned', 'warns', 'warning'],
  ['stress', 'stressed', 'stresses', 'stressing'],
  ['note', 'noted', 'notes', 'noting'],
  ['add', 'added', 'adds', 'adding'],
  ['continue', 'continued', 'continues', 'continuing'],
  ['conclude', 'concluded', 'concludes', 'concluding'],
  ['complain', 'complained', 'complains', 'complaining'],
  ['charge', 'charged', 'charges', 'charging'],
  ['argue', 'argued', 'argues', 'arguing'],
  ['insist', 'insisted', 'insists', 'insisting'],
  ['concede', 'conceded', 'concedes', 'conceding'],
  ['claim', 'claimed', 'claims', 'claiming'],
  ['explain', 'explained', 'explains', 'explaining'],
  ['tweet', 'tweeted', 'tweets', 'tweeting'],
  ['write', 'wrote', 'writes', 'writing'],
  ['post', 'posted', 'posts', 'posting'],
  ['emphasise', 'emphasised', 'emphasises', 'emphasising'],
  ['emphasize', 'emphasized', 'emphasizes', 'emphasizing'],
  ['underline', 'underlined', 'underlines', 'underlining'],
  ['suggest', 'suggested', 'suggests', 'suggesting'],
  ['believe', 'believed', 'believes', 'believing', 'plain', true],
  ['state', 'stated', 'states', 'stating'],
  ['announce', 'announced', 'announces', 'announcing', 'plain', true],
  ['declare', 'declared', 'declares', 'declaring'],
  ['assert', 'asserted', 'asserts', 'asserting'],
  ['acknowledge', 'acknowledged', 'acknowledges', 'acknowledging', 'plain', true],
  ['admit', 'admitted', 'admits', 'admitting', 'plain', true],
  ['allege', 'alleged', 'alleges', 'alleging', 'plain', true],
  ['ask', 'asked', 'asks', 'asking'],
  ['reply', 'replied', 'replies', 'replying'],
  ['respond', 'responded', 'responds', 'responding'],
  ['remark', 'remarked', 'remarks', 'remarking'],
  ['observe', 'observed', 'observes', 'observing', 'plain', true],
  ['predict', 'predicted', 'predicts', 'predicting', 'plain', true],
  ['promise', 'promised', 'promises', 'promising', 'plain', true],
  ['recall', 'recalled', 'recalls', 'recalling'],
  ['report', 'reported', 'reports', 'reporting', 'plain', true],
  ['reveal', 'revealed', 'reveals', 'revealing', 'plain', true],
  ['confirm', 'confirmed', 'confirms', 'confirming', 'plain', true],
  ['deny', 'denied', 'denies', 'denying', 'plain', true],
  ['maintain', 'maintained', 'maintains', 'maintaining', 'plain', true],
  ['contend', 'contended', 'contends', 'contending'],
  ['counter', 'countered', 'counters', 'countering'],
  ['tout', 'touted', 'touts', 'touting', 'plain', true],
  ['vow', 'vowed', 'vows', 'vowing'],
  ['pledge', 'pledged', 'pledges', 'pledging', 'plain', true],
  ['urge', 'urged', 'urges', 'urging', 'plain', true],
  ['caution', 'cautioned', 'cautions', 'cautioning'],
  ['agree', 'agreed', 'agrees', 'agreeing', 'plain', true],
  ['testify', 'testified', 'testifies', 'testifying'],
  ['joke', 'joked', 'jokes', 'joking'],
  ['quip', 'quipped', 'quips', 'quipping'],
  ['boast', 'boasted', 'boasts', 'boasting'],
  ['lament', 'lamented', 'laments', 'lamenting'],
  ['mention', 'mentioned', 'mentions', 'mentioning', 'plain', true],
  ['indicate', 'indicated', 'indicates', 'indicating', 'plain', true],
  ['think', 'thought', 'thinks', 'thinking', 'plain', true],
  ['fear', 'feared', 'fears', 'fearing', 'plain', true],
  ['hope', 'hoped', 'hopes', 'hoping', 'plain', true],
  ['estimate', 'estimated', 'estimates', 'estimating', 'plain', true],
  ['wonder', 'wondered', 'wonders', 'wondering'],
  ['read', 'read', 'reads', 'reading'],
  ['proclaim', 'proclaimed', 'proclaims', 'proclaiming'],
  ['highlight', 'highlighted', 'highlights', 'highlighting', 'plain', true],
  ['affirm', 'affirmed', 'affirms', 'affirming'],
  ['respond', 'responded', 'responds', 'responding'],
  // Checked on 23 Nov 2026 against general lists of English reporting verbs: the ones missing here that report speech
  // whenever they have a subject and a complement. Those with common non-speech senses ("shared a photo", "answered the
  // door", "echoed") need a "that" clause or quote marks; "echo", "accuse", "praise", "blame", "demand", "recommend",
  // "propose" stay out (they name an act, not the words).
  ['share', 'shared', 'shares', 'sharing', 'plain', true],
  ['comment', 'commented', 'comments', 'commenting'],
  ['reiterate', 'reiterated', 'reiterates', 'reiterating'],
  ['recount', 'recounted', 'recounts', 'recounting', 'plain', true],
  ['disclose', 'disclosed', 'discloses', 'disclosing', 'plain', true],
  ['answer', 'answered', 'answers', 'answering', 'plain', true],
  ['exclaim', 'exclaimed', 'exclaims', 'exclaiming'],
  ['muse', 'mused', 'muses', 'musing'],
  ['retort', 'retorted', 'retorts', 'retorting'],
  ['speculate', 'speculated', 'speculates', 'speculating', 'plain', true],
  ['hint', 'hinted', 'hints', 'hinting', 'plain', true],
  ['opine', 'opined', 'opines', 'opining'],
  ['clarify', 'clarified', 'clarifies', 'clarifying', 'plain', true],
  ['assure', 'assured', 'assures', 'assuring', 'object', true],
  ['reassure', 'reassured', 'reassures', 'reassuring', 'object', true],
  ['remind', 'reminded', 'reminds', 'reminding', 'object', true],
  ['inform', 'informed', 'informs', 'informing', 'object', true],
  ['confess', 'confessed', 'confesses', 'confessing', 'plain', true],
  ['interject', 'interjected', 'interjects', 'interjecting'],
  ['grumble', 'grumbled', 'grumbles', 'grumbling'],
  ['enthuse', 'enthused', 'enthuses', 'enthusing'],
  ['shout', 'shouted', 'shouts', 'shouting', 'plain', true],
  ['whisper', 'whispered', 'whispers', 'whispering', 'plain', true],
  ['mutter', 'muttered', 'mutters', 'muttering', 'plain', true],
  ['concur', 'concurred', 'concurs', 'concurring', 'plain', true],
  ['reckon', 'reckoned', 'reckons', 'reckoning', 'plain', true],
  ['surmise', 'surmised', 'surmises', 'surmising', 'plain', true],
  ['posit', 'posited', 'posits', 'positing', 'plain', true],
  ['protest', 'protested', 'protests', 'protesting', 'plain', true],
  // Naming verbs: only for the quote marks they govern ("what Nochlin called “…”"); see `frame`.
  ['call', 'called', 'calls', 'calling', 'naming'],
  ['describe', 'described', 'describes', 'describing', 'naming'],
  ['dub', 'dubbed', 'dubs', 'dubbing', 'naming'],
  ['brand', 'branded', 'brands', 'branding', 'naming'],
  ['introduce', 'introduced', 'introduces', 'introducing', 'naming'],
];

/** Multi-word cues, matched before single words. */
const PHRASES: readonly CueEntry[] = [
  { form: 'according to', lemma: 'according to', tense: 'base', frame: 'source' },
  { form: 'pointed out', lemma: 'point out', tense: 'past', frame: 'plain' },
  { form: 'points out', lemma: 'point out', tense: 'present', frame: 'plain' },
  { form: 'pointing out', lemma: 'point out', tense: 'participle', frame: 'plain' },
  { form: 'made clear', lemma: 'make clear', tense: 'past', frame: 'plain', needsThat: true },
  { form: 'expressed hope', lemma: 'express hope', tense: 'past', frame: 'plain' },
  { form: 'expressed confidence', lemma: 'express confidence', tense: 'past', frame: 'plain' },
  { form: 'expressed concern', lemma: 'express concern', tense: 'past', frame: 'plain' },
  { form: 'went on', lemma: 'go on', tense: 'past', frame: 'plain' },
  { form: 'quoted as saying', lemma: 'say', tense: 'participle', frame: 'plain' },
  { form: 'went on to say', lemma: 'say', tense: 'past', frame: 'plain' },
  { form: 'went on to add', lemma: 'add', tense: 'past', frame: 'plain' },
];

function buildLexicon(): Map<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  for (const [lemma, past, present, ing, frame = 'plain', needsThat = false] of VERBS) {
    const base: Omit<CueEntry, 'form' | 'tense'> = needsThat ? { lemma, frame, needsThat } : { lemma, frame };
    map.set(past, { ...base, form: past, tense: 'past' });
    map.set(present, { ...base, form: present, tense: 'present' });
    map.set(ing, { ...base, form: ing, tense: 'participle' });
    if (!map.has(lemma)) map.set(lemma, { ...base, form: lemma, tense: 'base' });
  }
  for (const p of PHRASES) map.set(p.form, p);
  return map;
}

/** Every cue form (single words and phrases), keyed by its lower-case form. */
export const CUES: ReadonlyMap<string, CueEntry> = buildLexicon();

/** First words of every cue form: a phrase is only looked up when it starts with one. */
export const CUE_FIRST_WORDS: ReadonlySet<string> = new Set([...CUES.keys()].map((k) => k.split(' ')[0] ?? k));

/** Longest phrase length in words, so the finder knows how far to look ahead. */
export const MAX_CUE_WORDS = Math.max(...[...CUES.keys()].map((k) => k.split(' ').length));

/** Base forms are only cues after a modal or auxiliary ("would say", "did not say"). */
export const MODALS: ReadonlySet<string> = new Set([
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'to', "didn't", "doesn't", "don't", 'not', 'never',
]);

/**
 * Cues whose other sense takes an object clause-like phrase ("how people share their work has
 * changed", "answered the questions the panel had"): they report speech only before "that" or
 * quote marks, never with a bare clause. Chosen from the second audit sample's false speech
 * (bench/quotes/audit/2026-11-23-sample-seed4.md), where "share" opened a clause that was not
 * reported; the other lemmas have the same object-taking sense.
 */
export const THAT_ONLY_CUES: ReadonlySet<string> = new Set(['share', 'answer', 'recount', 'protest', 'disclose']);

/** Cue forms that are far more often nouns or other senses; accepted only with a clear subject and complement. */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  'notes', 'claims', 'reports', 'posts', 'states', 'reads', 'read', 'reading', 'writing', 'posting', 'fears', 'hopes', 'estimates',
  'thinking', 'promises', 'counter', 'counters', 'charges', 'charge', 'report', 'post', 'state', 'note', 'claim', 'warning', 'hope', 'fear', 'estimate',
  'continued', 'continues', 'continuing', 'continue', 'asking', 'reporting', 'stating', 'thought', 'admitting',
  // Nouns as often as verbs ("stock shares", "reader comments", "the answers", "street protests", "hints of spice").
  'shares', 'sharing', 'comments', 'comment', 'answers', 'answer', 'protests', 'protest', 'hints', 'hint', 'muses', 'muse', 'reckoning',
  'shouts', 'whispers', 'musing', 'answering',
]);

/**
 * Nouns naming an act of speech, which report a clause through "that" when the speaker is named
 * with them: "Mr Smith's warning that …", "repeated his accusation that …", "went public with an
 * allegation that …". Kept to nouns that almost always name something said (not "claim" alone,
 * whose bare "the claim that" is mostly the writer's topic, nor "idea", "fact", "hope").
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'warning', 'warnings', 'accusation', 'accusations', 'allegation', 'allegations', 'assertion', 'assertions', 'insistence', 'admission',
  'assurance', 'assurances', 'denial', 'pledge', 'promise', 'vow', 'announcement', 'declaration', 'claim', 'claims',
]);

/** Verbs that put a speech noun forward as the subject's own ("repeated his accusation", "issued a warning", "went public with an allegation"). */
export const SPEECH_NOUN_VERBS: ReadonlySet<string> = new Set([
  'made', 'makes', 'making', 'issued', 'issues', 'issuing', 'repeated', 'repeats', 'repeating', 'reiterated', 'reiterates', 'renewed', 'renews',
  'voiced', 'voices', 'levelled', 'leveled', 'levels', 'published', 'publishes', 'released', 'releases', 'with', 'delivered', 'delivers',
]);

/** Speech nouns that report only with a named possessor ("his claim that"), never after an article ("the claim that"). */
export const POSSESSED_ONLY_SPEECH_NOUNS: ReadonlySet<string> = new Set(['claim', 'claims', 'promise', 'pledge', 'vow']);
