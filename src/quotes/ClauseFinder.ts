/**
 * Finds the reported clause of an attribution without quote marks: "X said (that) …",
 * "according to X, …", "…, X told TASS." The clause is the indirect quote's span.
 */
import type { Span } from '../model/records.ts';
import { MAX_GAP_TO_THAT } from './constants.ts';
import { CUES, SPEECH_NOUNS, THAT_ONLY_CUES, WEAK_CUES } from './lexicon/cues.ts';
import { AUDIENCES, CLAUSE_GAP_OPENERS, COMMON_VERBS, DETERMINERS, GROUP_NOUNS, NARRATED_ACT_VERBS, NP_STOPPERS, PRONOUNS } from './lexicon/words.ts';

/** Cues whose object may be the hearer before `that` ("warned investors that", "promised voters that"). */
const HEARER_CUES = new Set(['warn', 'promise', 'caution', 'urge', 'ask', 'tell', 'remind', 'assure', 'pledge', 'vow', 'testify', 'reply', 'respond']);
import type { Attribution } from './AttributionFinder.ts';
import type { QuoteUnit } from './QuoteUnit.ts';

/** Pronouns that open a clause of their own: one in the gap before `that`, or right after a noun object, starts a subordinate or relative clause. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** Tokens after a cue that show a trailing attribution, not a new clause ("…, he said on Tuesday."). */
const TRAILING_MAX_WORDS = 8;
/** Words that cannot open a reported clause: prepositions and wh-words ("said during …", "tells how …"). */
const NOT_CLAUSE_START = new Set(['during', 'amid', 'for', 'of', 'via', 'through', 'throughout', 'following', 'despite', 'without', 'within', 'toward', 'towards', 'upon', 'per', 'until', 'against', 'among', 'across', 'behind', 'beyond', 'near', 'how', 'what', 'why', 'whether', 'if', 'when', 'where', 'who', 'which', 'goodbye', 'hello', 'nothing', 'something', 'anything']);

function endOfUnit(unit: QuoteUnit, text: string): number {
  let end = unit.span[1];
  while (end > unit.span[0] && /[\s.!?;:,]/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** Whether token `k` is a speech noun with a possessor before it ("Mr Smith's warning", "his unfounded accusation"). */
function possessedSpeechNoun(unit: QuoteUnit, k: number): boolean {
  if (!SPEECH_NOUNS.has(unit.tokens[k]?.lower ?? '')) return false;
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
    const w = unit.tokens[i]?.lower ?? '';
    if (/^(?:his|her|their|its)$/.test(w) || /'s$/.test(w)) return true;
  }
  return false;
}

/**
 * "maintains a policy that defines …", "highlight key shifts that …": a noun object right after the cue owns
 * the `that` (a relative clause), unless it is the hearer ("warned lawmakers that", "told him that").
 */
function objectBeforeThat(unit: QuoteUnit, att: Attribution, from: number): boolean {
  if (att.cue.entry.frame === 'object' || HEARER_CUES.has(att.cue.entry.lemma)) return false;
  const first = unit.tokens[from];
  if (!first || !first.word || first.cap || !unit.frame[from]) return false;
  if (first.lower === 'a' || first.lower === 'an') return true;
  return !CLAUSE_GAP_OPENERS.has(first.lower) && !/ly$/.test(first.lower) && !AUDIENCES.has(first.lower) && !GROUP_NOUNS.has(first.lower) && first.lower !== 'that';
}

function thatClause(unit: QuoteUnit, att: Attribution): number | null {
  const toks = unit.tokens;
  const from = Math.max(att.cue.last, att.order === 'after' && att.subject ? att.subject.last : -1) + 1;
  if (objectBeforeThat(unit, att, from)) return null;
  for (let j = from, n = 0; j < toks.length && n < MAX_GAP_TO_THAT; j++, n++) {
    const t = toks[j];
    if (!t || !unit.frame[j]) return null;
    if (t.text === '.' || t.text === ';' || t.text === ':' || t.text === '?') return null;
    // "he said, after he noticed that …": a clause of its own in the gap owns the `that`; adverbials ("on Tuesday", "in a statement") have no subject.
    if (t.word && SUBJECT_PRONOUNS.has(t.lower)) return null;
    if (t.word && t.lower === 'that') {
      // "protests continued following Mr Smith's warning that …": a possessed speech noun owns the `that` (NounCues.ts).
      if (j - 1 > att.cue.last && possessedSpeechNoun(unit, j - 1)) return null;
      const next = toks[j + 1];
      return next && unit.frame[j + 1] ? j + 1 : null;
    }
    if (t.text === ',' && n > 0) continue;
  }
  return null;
}

/**
 * A contracted verb ("they're", "it's", "we'll"); a noun's "'s" is a possessive ("the world's most
 * influential court"), so "'s" counts only after a pronoun or a wh-word.
 */
function isContraction(w: string): boolean {
  return /'(?:re|ll|d|ve|m)$/.test(w) || /^(?:it|he|she|that|there|what|who|here|where|this)'s$/.test(w);
}

/** Verbs that recommend as often as they report: a bare clause after them must show a finite verb early. */
const RECOMMENDING = new Set(['suggest']);

/** Words that make a clause finite (tensed or negated), unlike the base form of a recommendation ("suggested they recall"). */
const FINITE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'might', 'may', 'should', 'must',
]);

/** Most words into a bare clause its finite verb may stand ("Western leaders did not understand" has it third). */
const FINITE_REACH = 6;

/** Whether a tensed verb comes within FINITE_REACH words of token `j`. */
function finiteSoon(unit: QuoteUnit, j: number): boolean {
  for (let k = j, n = 0; k < unit.tokens.length && n < FINITE_REACH; k++) {
    const w = unit.tokens[k];
    if (!w || !unit.frame[k]) return false;
    if (!w.word) continue;
    n++;
    if (FINITE_WORDS.has(w.lower) || /n't$/.test(w.lower) || isContraction(w.lower) || (n > 1 && /^\p{Ll}+ed$/u.test(w.text))) return true;
  }
  return false;
}

/** Time words that may stand between a cue and its bare clause ("said on Sunday it would …"). */
const TIME_WORDS = new Set([
  'on', 'last', 'this', 'earlier', 'later', 'afterwards', 'today', 'yesterday', 'tonight', 'week', 'month', 'year', 'morning', 'afternoon',
  'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'previously', 'again', 'also',
]);

function skipTime(unit: QuoteUnit, j: number): number {
  let k = j;
  while (k < unit.tokens.length && unit.tokens[k]?.word && TIME_WORDS.has(unit.tokens[k]?.lower ?? '') && unit.frame[k]) k++;
  // "on Sunday" must end on a time word, not leave "on" dangling before a clause.
  return k > j && unit.tokens[k - 1]?.lower === 'on' ? j : k;
}

/**
 * "recalled an appearance he made, in full drag, …": a noun phrase followed by a pronoun
 * subject before any verb is an object with a relative clause, not a reported clause.
 */
function objectWithRelative(unit: QuoteUnit, j: number): boolean {
  for (let k = j + 1; k < Math.min(unit.tokens.length, j + 6); k++) {
    const w = unit.tokens[k];
    if (!w || !w.word || !unit.frame[k]) return false;
    if (SUBJECT_PRONOUNS.has(w.lower)) return true;
    if (COMMON_VERBS.has(w.lower) || CUES.has(w.lower)) return false;
  }
  return false;
}

function bareClause(unit: QuoteUnit, att: Attribution): number | null {
  if (att.order !== 'before' && att.order !== 'main') return null;
  if (WEAK_CUES.has(att.cue.entry.form) || att.cue.entry.lemma === 'ask' || THAT_ONLY_CUES.has(att.cue.entry.lemma)) return null;
  let j = att.cue.last + 1;
  if (att.cue.entry.needsThat) {
    // "joined the church hoping her …": a belief participle with no `that` tells a state of mind, not speech.
    if (att.cue.entry.tense === 'participle') return null;
    // Belief and announcement verbs take a bare clause only when a pronoun opens it ("admitted he …", "believe he set …").
    const t = unit.tokens[j];
    if (!t || !t.word || !unit.frame[j]) return null;
    if (PRONOUNS.has(t.lower) && t.lower !== 'i') return j;
    // "believe the fire was started …": a determiner may open the clause when a verb follows closely.
    // "recounts a winter she spent …": an object with a relative clause, not a reported clause.
    if (DETERMINERS.has(t.lower) && t.lower !== 'that' && !objectWithRelative(unit, j)) {
      for (let k = j + 1; k < Math.min(unit.tokens.length, j + 7); k++) {
        const w = unit.tokens[k];
        if (!w || !unit.frame[k] || w.text === ',' || w.lower === 'and' || w.lower === 'but' || CUES.has(w.lower)) break;
        // A capitalised word is a name, not a verb ("announced the mission in May").
        if (w.word && !w.cap && unit.tokens[k - 1]?.lower !== 'to' && COMMON_VERBS.has(w.lower) && !/^(set|cut|put|let|read|hit)$/.test(w.lower)) return j;
      }
    }
    return null;
  }
  if (att.cue.entry.lemma === 'tell') {
    // "told reporters he …", "told the committee they …": an object, then a clause opened by a pronoun.
    let k = j;
    while (k < j + 4 && unit.tokens[k]?.word && !PRONOUNS.has(unit.tokens[k]?.lower ?? '') && !NOT_CLAUSE_START.has(unit.tokens[k]?.lower ?? '') && unit.frame[k]) k++;
    const t = unit.tokens[k];
    return k > j && t && t.word && PRONOUNS.has(t.lower) && t.lower !== 'it' ? k : null;
  }
  j = skipTime(unit, j);
  const t = unit.tokens[j];
  if (!t || !t.word || !unit.frame[j]) return null;
  if ((NP_STOPPERS.has(t.lower) && t.lower !== 'there') || NOT_CLAUSE_START.has(t.lower)) return null;
  if (/ly$/.test(t.lower) || t.lower === 'so' || t.lower === 'yes' || t.lower === 'no') return null;
  if (DETERMINERS.has(t.lower) && objectWithRelative(unit, j)) return null;
  // "suggests refraining from …", "suggested officials recall …": a recommendation, not a report (the guide).
  if (RECOMMENDING.has(att.cue.entry.lemma) && !finiteSoon(unit, j)) return null;
  // A clause needs a verb of its own: "added 12 points and five assists" reports no speech, nor does an object with an
  // infinitive ("asserted the legitimacy of the court to hold …") or one before a coordinated clause ("adds washes of synth, and favours have been called in").
  const words: string[] = [];
  for (let k = j; k < unit.tokens.length; k++) {
    const w = unit.tokens[k];
    if (!w || !unit.frame[k]) continue;
    if (w.text === ';' || (w.text === ',' && /^(?:and|but|or)$/.test(unit.tokens[k + 1]?.lower ?? ''))) break;
    // "adds resistance, which builds muscle": a relative clause set off by commas belongs to a noun, so its verbs are not the clause's
    // ("said the plan, which was drafted in May, would pass" keeps the verb after it).
    if (w.text === ',' && /^(?:which|who|whose)$/.test(unit.tokens[k + 1]?.lower ?? '')) {
      while (k + 1 < unit.tokens.length && unit.tokens[k + 1]?.text !== ',') k++;
      continue;
    }
    if (w.word && unit.tokens[k - 1]?.lower !== 'to') words.push(w.lower);
  }
  // A subject pronoun opening it makes it a clause whatever its verb ("said she hid behind a car").
  if (!SUBJECT_PRONOUNS.has(t.lower) && !words.some((w) => COMMON_VERBS.has(w) || /^[a-z]+ed$/.test(w) || /n't$/.test(w) || isContraction(w))) return null;
  return j;
}

/** Whether the unit's words from token `j` on include a verb: a clause, not a noun phrase. */
function hasFiniteVerb(unit: QuoteUnit, j: number): boolean {
  for (let k = j; k < unit.tokens.length; k++) {
    const w = unit.tokens[k];
    if (!w || !unit.frame[k] || !w.word) continue;
    if (COMMON_VERBS.has(w.lower) || CUES.has(w.lower) || /^[a-z]+ed$/.test(w.lower) || /n't$/.test(w.lower) || /'(s|re|ll|d|ve)$/.test(w.lower) || /^[a-z]{3,}[^su]s$/.test(w.text)) return true;
  }
  return false;
}

/**
 * "The key, therapists say, is remembering …": an attribution set off by commas inside the clause
 * it reports, which runs on after it with a verb; the reported clause is the whole sentence (as
 * with "The goal, according to X, is …").
 */
function parenthetical(unit: QuoteUnit, att: Attribution): boolean {
  if (!att.subject || att.order !== 'before' || att.cue.entry.tense === 'participle') return false;
  const toks = unit.tokens;
  // The comma opening the attribution: right before its subject, or before a coordinated first subject ("therapists and academics").
  const open = toks[att.subject.first - 1]?.text === ',' ? att.subject.first - 1 : toks[att.subject.first - 1]?.lower === 'and' && toks[att.subject.first - 3]?.text === ',' ? att.subject.first - 3 : -1;
  if (open < 1 || toks[att.cue.last + 1]?.text !== ',' || !unit.frame[att.cue.last + 1]) return false;
  if (toks.slice(0, open).some((t, k) => !unit.frame[k] || (!t.word && t.text !== '’' && t.text !== "'"))) return false;
  const next = toks[att.cue.last + 2];
  return !!next && next.word && COMMON_VERBS.has(next.lower) && unit.frame[att.cue.last + 2] === true;
}

/** "CLAUSE, SUBJ CUE [channel]." — the clause before the attribution. */
function precedingClause(unit: QuoteUnit, att: Attribution): number | null {
  if (!att.subject || att.order === 'main') return null;
  // "…, informed decisions": a verb that needs its hearer as object ("told", "informed") never stands inverted after a clause.
  if (att.order === 'after' && att.cue.entry.frame === 'object') return null;
  // "…, X visited the site and reported …": a coordinated cue's subject is the sentence's, not a tag after a clause.
  if (/^(?:and|but)$/.test(unit.tokens[att.cue.first - 1]?.lower ?? '')) return null;
  const start = Math.min(att.subject.first, att.cue.first);
  const comma = unit.tokens[start - 1];
  if (!comma || comma.text !== ',' || !unit.frame[start - 1]) return null;
  const lastAttr = Math.max(att.subject.last, att.cue.last);
  // "When a friend is upset, Dr. X suggests offering help": a cue with its own -ing complement is no tag on the clause before it.
  if (/^\p{Ll}+ing$/u.test(unit.tokens[att.cue.last + 1]?.text ?? '')) return null;
  let words = 0;
  for (let j = lastAttr + 1; j < unit.tokens.length; j++) {
    const t = unit.tokens[j];
    if (!t || !unit.frame[j]) return null;
    if (t.word) {
      words++;
      if (t.lower === 'that') return null;
    }
  }
  if (words > TRAILING_MAX_WORDS) return null;
  return start - 1;
}

/**
 * "said he had watched the hearing and slammed it as a “disgrace”": "and" before a verb of public judgement
 * (NARRATED_ACT_VERBS) ends the reported clause; what follows is the writer's narration of the speaker's act.
 */
function narratedActEnd(unit: QuoteUnit, from: number, end: number): number {
  for (let k = from + 2; k + 1 < unit.tokens.length; k++) {
    const t = unit.tokens[k];
    if (!t || !unit.frame[k]) break;
    if (t.lower === 'and' && unit.frame[k + 1] && NARRATED_ACT_VERBS.has(unit.tokens[k + 1]?.lower ?? '')) {
      let cut = k;
      while (cut > from && unit.tokens[cut - 1]?.text === ',') cut--;
      return Math.min(end, unit.tokens[cut - 1]?.end ?? end);
    }
  }
  return end;
}

/** The reported clause's span, or null when the attribution reports no clause. */
export function reportedClause(unit: QuoteUnit, att: Attribution, text: string): Span | null {
  const toks = unit.tokens;
  const end = endOfUnit(unit, text);
  if (att.cue.entry.frame === 'naming' || att.cue.entry.frame === 'tag' || att.marksOnly) return null;
  if (att.order === 'source') {
    if (!att.subject) return null;
    const after = toks[att.subject.last + 1];
    const before0 = toks[att.cue.first - 1];
    // "The goal, according to X, is …": the source stands inside the clause, which is the whole sentence.
    if (after && after.text === ',' && before0 && before0.text === ',' && unit.frame[att.cue.first - 1]) return [unit.span[0], end];
    if (after && after.text === ',') {
      const first = toks[att.subject.last + 2];
      // "“…,” according to Dan Ives, an analyst at Wedbush.": after a quote, what follows the source is an appositive unless it has a verb.
      const afterQuote = /[”"’»][,\s]*$/.test(text.slice(Math.max(0, (toks[att.cue.first]?.start ?? 0) - 4), toks[att.cue.first]?.start ?? 0));
      return first && (!afterQuote || hasFiniteVerb(unit, att.subject.last + 2)) ? [first.start, end] : null;
    }
    const before = toks[att.cue.first - 1];
    if (before && before.text === ',') return [unit.span[0], before.start];
    return null;
  }
  if (!att.subject) return null;
  if (parenthetical(unit, att)) return [unit.span[0], end];
  const that = thatClause(unit, att);
  if (that !== null) {
    const t = toks[that];
    return t ? [t.start, narratedActEnd(unit, that, end)] : null;
  }
  const bare = bareClause(unit, att);
  if (bare !== null) {
    const t = toks[bare];
    return t ? [t.start, narratedActEnd(unit, bare, end)] : null;
  }
  const comma = precedingClause(unit, att);
  if (comma !== null) {
    const c = toks[comma];
    return c ? [unit.span[0], c.start] : null;
  }
  return null;
}
