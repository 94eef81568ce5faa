/**
 * Hand-written fixture articles ("sketches") expanded into full `AnalyzedArticle` records:
 * paragraphs become the clean text, quotes and dates are located in it by their exact text (so
 * every span is right by construction), sentences come from a plain punctuation splitter. Used
 * by `build-fixtures.ts` to write each fixture's `input.json`, and by unit tests.
 */
import { EMPTY_META } from '../../extract/article.ts';
import type {
  AnalyzedArticle,
  DateGranularity,
  DateMention,
  Entity,
  EntityType,
  Quote,
  QuoteKind,
  Span,
} from '../../model/records.ts';

export interface EntitySketch {
  id: string;
  key: string;
  name: string;
  type: EntityType;
  aliases?: string[];
  roles?: string[];
}

export interface QuoteSketch {
  text: string;
  kind: QuoteKind;
  speaker?: string | null;
  speakerEntity?: string | null;
  speakerMention?: string | null;
  cue?: string | null;
  via?: string[];
  /** Which occurrence of `text` (1-based) when it appears more than once. */
  occurrence?: number;
}

export interface DateSketch {
  text: string;
  value: string;
  granularity: DateGranularity;
  certainty?: 'stated' | 'implied';
  relation?: DateMention['relation'];
  occurrence?: number;
  event?: { summary: string; actors: string[]; verb: string | null } | null;
}

export interface ArticleSketch {
  id: string;
  outlet?: string | null;
  title?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  paragraphs: string[];
  entities?: EntitySketch[];
  quotes?: QuoteSketch[];
  dates?: DateSketch[];
}

function locate(text: string, needle: string, occurrence = 1, what = 'text'): Span {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture sketch: ${what} ${JSON.stringify(needle.slice(0, 60))} (occurrence ${occurrence}) is not in the article text`);
  }
  return [at, at + needle.length];
}

/** Sentence spans: ends at . ! ? … (with closing quotes) before whitespace and a capital, quote or digit; paragraphs always end one. */
export function splitSentences(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [start, end] of paragraphs) {
    const para = text.slice(start, end);
    let from = 0;
    for (const m of para.matchAll(/[.!?…]["”’)]*(?=\s+["“‘«(]?[\p{Lu}\p{N}])/gu)) {
      const stop = m.index + m[0].length;
      out.push([start + from, start + stop]);
      from = stop;
      while (from < para.length && /\s/.test(para[from]!)) from++;
    }
    if (from < para.length) out.push([start + from, end]);
  }
  return out;
}

/** Every occurrence of the entity's name and aliases is a mention. */
function entitiesFromSketch(sketches: readonly EntitySketch[], text: string): Entity[] {
  return sketches.map((e) => {
    const names = [e.name, ...(e.aliases ?? [])];
    const mentions: Span[] = [];
    for (const name of names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push([at, at + name.length]);
    }
    mentions.sort((a, b) => a[0] - b[0]);
    return {
      id: e.id,
      key: e.key,
      name: e.name,
      type: e.type,
      aliases: e.aliases ?? [],
      roles: e.roles ?? [],
      affiliation: null,
      acronym: null,
      mentions,
      countryCode: null,
      stage: 'nlp',
    };
  });
}

function quotesFromSketch(sketches: readonly QuoteSketch[], text: string): Quote[] {
  return sketches.map((q) => ({
    text: q.text,
    kind: q.kind,
    speaker: q.speaker ?? null,
    speakerEntity: q.speakerEntity ?? null,
    speakerMention: q.speakerMention ?? null,
    speakerSpan: q.speakerMention ? locate(text, q.speakerMention, 1, 'speaker mention') : null,
    cue: q.cue ?? null,
    via: q.via ?? [],
    span: locate(text, q.text, q.occurrence ?? 1, 'quote'),
    stage: 'quotes',
  }));
}

/** A date's event spans the sentence holding it, as the nlp stage reports events. */
function datesFromSketch(sketches: readonly DateSketch[], text: string, sentences: readonly Span[]): DateMention[] {
  return sketches.map((d) => {
    const span = locate(text, d.text, d.occurrence ?? 1, 'date');
    const sentence = sentences.find((s) => s[0] <= span[0] && span[1] <= s[1]) ?? span;
    return {
      text: d.text,
      value: d.value,
      granularity: d.granularity,
      certainty: d.certainty ?? 'stated',
      relation: d.relation ?? 'point',
      span,
      event: d.event ? { summary: d.event.summary, actors: d.event.actors, verb: d.event.verb, span: sentence } : null,
      stage: 'nlp',
    };
  });
}

export function articleFromSketch(sketch: ArticleSketch): AnalyzedArticle {
  const text = sketch.paragraphs.join('\n\n');
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const p of sketch.paragraphs) {
    paragraphs.push([offset, offset + p.length]);
    offset += p.length + 2;
  }
  const sentences = splitSentences(text, paragraphs);
  const entities = entitiesFromSketch(sketch.entities ?? [], text);
  const quotes = quotesFromSketch(sketch.quotes ?? [], text);
  const dates = datesFromSketch(sketch.dates ?? [], text, sentences);
  return {
    id: sketch.id,
    source: `fixtures/${sketch.id}.txt`,
    format: 'text',
    arrival: { kind: 'file' },
    url: sketch.url ?? null,
    outlet: sketch.outlet ?? null,
    title: sketch.title ?? null,
    author: null,
    publishedAt: sketch.publishedAt ?? null,
    language: 'en',
    meta: EMPTY_META,
    text,
    paragraphs,
    removed: [],
    method: 'fixture/sketch',
    problems: [],
    sentences,
    entities,
    dates,
    quotes,
  };
}
