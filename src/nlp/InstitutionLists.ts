/**
 * "the departments of Justice, Commerce, Defense, and Health and Human Services", "the ministries
 * of Defence and Foreign Affairs": after a plural institution word (INSTITUTION_LIST_HEADS) and
 * "of", a list of capitalised names lists the institutions, each an organisation ("Justice" stands
 * for the Department of Justice, its name), though alone each is a bare portfolio word. The last item, after
 * the list's "and", runs on over an "and" between capitalised words ("Health and Human Services").
 */
import { INSTITUTION_LIST_HEADS } from './constants.ts';
import { lexicon } from './Lexicon.ts';
import type { NameRun } from './NameRunExtractor.ts';
import type { Mention } from './RunClassifier.ts';
import type { Token } from './Tokens.ts';

/** The runs with the institutions of such lists read as organisations: `items` maps each listed run (joined where the last item spans an "and") to its mention. */
export function institutionLists(text: string, tokens: readonly Token[], runs: readonly NameRun[]): { runs: NameRun[]; items: Map<NameRun, Mention> } {
  const items = new Map<NameRun, Mention>();
  const out: NameRun[] = [];
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k] as NameRun;
    const listed = opensList(tokens, run) ? listFrom(text, tokens, runs, k) : null;
    if (!listed) {
      out.push(run);
      continue;
    }
    const head = INSTITUTION_LIST_HEADS[(tokens[firstIndex(run) - 2] as Token).lower] as string;
    for (const item of listed.items) {
      out.push(item);
      items.set(item, organisation(text, item, `${head} of ${item.text}`));
    }
    k = listed.last;
  }
  return { runs: out, items };
}

/** The run follows "<departments> of". */
function opensList(tokens: readonly Token[], run: NameRun): boolean {
  const first = run.tokens[0] as Token;
  const of = tokens[first.index - 1];
  const head = tokens[first.index - 2];
  return of?.lower === 'of' && head !== undefined && Object.hasOwn(INSTITUTION_LIST_HEADS, head.lower) && head.sentence === first.sentence;
}

/** The items of the list opening at runs[k] (two at least) and the index of the last run they take, or null when the runs there make no list of institution names. */
function listFrom(text: string, tokens: readonly Token[], runs: readonly NameRun[], k: number): { items: NameRun[]; last: number } | null {
  const items: NameRun[] = [runs[k] as NameRun];
  let closed = false;
  let last = k;
  for (let j = k + 1; j < runs.length && !closed; j++) {
    const prev = items[items.length - 1] as NameRun;
    const next = runs[j] as NameRun;
    const between = tokens.slice(lastIndex(prev) + 1, firstIndex(next)).map((t) => t.lower).join(' ');
    if (between === ',') {
      items.push(next);
      last = j;
    } else if (between === 'and' || between === ', and') {
      // The list's last item; "Health" "and" "Human Services" right after it is one name.
      const after = runs[j + 1];
      const glued = after !== undefined && tokens[lastIndex(next) + 1]?.lower === 'and' && firstIndex(after) === lastIndex(next) + 2 && !closesList(tokens, after);
      items.push(glued ? joinRuns(text, next, tokens[lastIndex(next) + 1] as Token, after) : next);
      last = glued ? j + 1 : j;
      closed = true;
    } else break;
  }
  if (!closed || items.length < 2) return null;
  const lx = lexicon();
  // Places and peoples are no institutions ("the ministries of France and Germany").
  for (const item of items) for (const t of item.tokens) if (lx.places.has(t.text) || lx.demonyms.has(t.lower) || lx.cities.has(t.text)) return null;
  return { items, last };
}

/** A run right after the last item that goes on with a list of its own is no part of that item. */
function closesList(tokens: readonly Token[], run: NameRun): boolean {
  return tokens[lastIndex(run) + 1]?.text === ',' && tokens[lastIndex(run) + 2]?.lower === 'and';
}

function firstIndex(run: NameRun): number {
  return (run.tokens[0] as Token).index;
}

function lastIndex(run: NameRun): number {
  return (run.tokens[run.tokens.length - 1] as Token).index;
}

function joinRuns(text: string, a: NameRun, and: Token, b: NameRun): NameRun {
  return { tokens: [...a.tokens, and, ...b.tokens], start: a.start, end: b.end, text: text.slice(a.start, b.end) };
}

/** The listed institution, with its name in full ("Justice" of "the departments of …" is the Department of Justice). */
function organisation(text: string, run: NameRun, name: string): Mention {
  const first = firstIndex(run);
  return { type: 'organization', start: run.start, end: run.end, text: text.slice(run.start, run.end), first, last: lastIndex(run), role: null, affiliation: null, honorific: false, place: null, org: { name, acronym: null, affiliation: null, note: null }, runFirst: first };
}
