/** Hand-made analysed articles and stories for the store conformance suite (no pipeline needed). */
import type { AnalyzedArticle, Entity, Quote, Story, Storyline } from '../../model/records.ts';

export interface ArticleSpec {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  text: string;
  entities?: { id: string; key: string; name: string; type?: Entity['type']; roles?: string[]; aliases?: string[] }[];
  quotes?: { text: string; speaker: string | null; speakerEntity?: string | null }[];
}

export function makeArticle(spec: ArticleSpec): AnalyzedArticle {
  const entities: Entity[] = (spec.entities ?? []).map((e) => {
    const at = Math.max(0, spec.text.indexOf(e.name));
    return {
      id: e.id,
      key: e.key,
      name: e.name,
      type: e.type ?? 'person',
      aliases: e.aliases ?? [],
      roles: e.roles ?? [],
      affiliation: null,
      acronym: null,
      mentions: [[at, at + e.name.length]],
      countryCode: null,
      stage: 'nlp',
    };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const at = Math.max(0, spec.text.indexOf(q.text));
    return {
      text: q.text,
      kind: 'direct',
      speaker: q.speaker,
      speakerEntity: q.speakerEntity ?? null,
      speakerMention: q.speaker,
      speakerSpan: null,
      cue: 'said',
      via: [],
      span: [at, at + q.text.length],
      stage: 'quotes',
    };
  });
  return {
    id: spec.id,
    source: `fixtures/${spec.id}.txt`,
    format: 'text',
    arrival: { kind: 'file' },
    url: null,
    outlet: spec.outlet,
    title: spec.title,
    author: null,
    publishedAt: spec.publishedAt,
    language: 'en',
    meta: { canonicalUrl: null, subtitle: null, modifiedAt: null, description: null, section: null, image: null, dateline: null, origins: {} },
    text: spec.text,
    paragraphs: [[0, spec.text.length]],
    removed: ['Subscribe to our newsletter'],
    method: 'text/lines',
    problems: [],
    sentences: [[0, spec.text.length]],
    entities,
    dates: [],
    quotes,
  };
}

const GALUZIN = { id: 'e1', key: 'person:mikhail-galuzin', name: 'Mikhail Galuzin', roles: ['Deputy Foreign Minister'] };
const PASHINYAN = { id: 'e2', key: 'person:nikol-pashinyan', name: 'Nikol Pashinyan', roles: ['Prime Minister'] };
const CSTO = { id: 'e3', key: 'organization:csto', name: 'CSTO', type: 'organization' as const, aliases: ['Collective Security Treaty Organization'] };

/** Five articles: three on one event (a), one follow-up (b), one unrelated and undated (c). */
export const ARTICLES: AnalyzedArticle[] = [
  makeArticle({
    id: 'a000000000000001', title: 'Galuzin warns Yerevan against rash decisions', outlet: 'Armenpress', publishedAt: '2024-06-05',
    text: 'Mikhail Galuzin said Armenia should avoid rash decisions about the CSTO.\n\n"We call on Yerevan to refrain from rash decisions," he warned.',
    entities: [GALUZIN, CSTO], quotes: [{ text: 'We call on Yerevan to refrain from rash decisions', speaker: 'Mikhail Galuzin', speakerEntity: 'e1' }],
  }),
  makeArticle({
    id: 'a000000000000002', title: 'Russia urges Armenia to avoid rash steps', outlet: 'Mediamax', publishedAt: '2024-06-05T14:20:00Z',
    text: 'The Russian diplomat Galuzin spoke to TASS.\n\n"Refrain from rash decisions," Galuzin said of Pashinyan.',
    entities: [{ ...GALUZIN, name: 'Galuzin', roles: ['diplomat'] }, { ...PASHINYAN, id: 'e2' }],
    quotes: [{ text: 'Refrain from rash decisions', speaker: 'Mikhail Galuzin', speakerEntity: 'e1' }],
  }),
  makeArticle({
    id: 'a000000000000003', title: 'Moscow on Yerevan and the CSTO', outlet: 'Armenpress', publishedAt: '2024-06-06',
    text: 'Galuzin discussed the CSTO freeze announced by Nikol Pashinyan in February.',
    entities: [{ ...GALUZIN, name: 'Galuzin' }, PASHINYAN, CSTO],
  }),
  makeArticle({
    id: 'a000000000000004', title: 'Pashinyan meets Putin in Moscow', outlet: 'PanARMENIAN.Net', publishedAt: '2025-04-18',
    text: 'Nikol Pashinyan met Vladimir Putin in Moscow. "Relations are developing," Pashinyan said.',
    entities: [PASHINYAN], quotes: [{ text: 'Relations are developing', speaker: 'Nikol Pashinyan', speakerEntity: 'e2' }],
  }),
  makeArticle({
    id: 'a000000000000005', title: 'Harvest festival in Gyumri', outlet: null, publishedAt: null,
    text: 'Farmers gathered for the apricot harvest festival with 100% attendance.',
  }),
];

function story(id: string, title: string, articles: string[], from: string | null, to: string | null): Story {
  return {
    id, title, articles, firstReport: articles[0]!,
    members: articles.map((article) => ({ article, duplicateOf: null, sharedTerms: [], sharedEntities: [], similarity: 1 })),
    coverage: articles.map((article) => ({ outlet: null, article, title: null, publishedAt: null })),
    quoteFamilies: [], exclusive: [], shared: [], timeline: [], framing: [],
    span: { from, to },
  };
}

export const STORIES: Story[] = [
  story('s-galuzin', 'Galuzin warns Yerevan', ['a000000000000001', 'a000000000000002', 'a000000000000003'], '2024-06-05', '2024-06-06'),
  story('s-moscow', 'Pashinyan in Moscow', ['a000000000000004'], '2025-04-18', '2025-04-18'),
  story('s-harvest', 'Harvest festival', ['a000000000000005'], null, null),
];

export const STORYLINES: Storyline[] = [
  { id: 'l-armenia-russia', title: 'Armenia and Russia', stories: ['s-galuzin', 's-moscow'], timeline: [] },
];
