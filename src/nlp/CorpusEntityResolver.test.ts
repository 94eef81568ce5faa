import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, Entity } from '../model/records.ts';
import { articleFrom } from './testArticle.ts';
import { resolutionGroup, resolutionIndex, resolveArticleEntities, resolveCorpusEntities } from './CorpusEntityResolver.ts';
import { entityKey } from './keys.ts';

function person(id: string, name: string, roles: string[] = []): Entity {
  return { id, key: entityKey('person', name), name, type: 'person', aliases: [], roles, affiliation: null, acronym: null, mentions: [[0, 1]], countryCode: null, stage: 'nlp' };
}

function article(id: string, entities: Entity[]): AnalyzedArticle {
  return { ...articleFrom('x', '2024-06-05'), id, sentences: [], entities, dates: [], quotes: [] };
}

const ctx = { now: '2024-06-05' };

test('a surname alone takes the key of the one full name it fits, and quotes follow', () => {
  const a = article('a', [person('e1', 'Mikhail Galuzin', ['Deputy Foreign Minister'])]);
  const b = { ...article('b', [person('e1', 'Galuzin')]), quotes: [{ text: 'q', kind: 'direct' as const, speaker: 'Galuzin', speakerEntity: 'e1', speakerMention: 'Galuzin', speakerSpan: null, cue: 'said', via: [], span: [0, 1] as [number, number], stage: 'quotes' as const }] };
  const before = JSON.stringify([a, b]);
  const out = resolveCorpusEntities({ articles: [a, b] }, ctx);
  assert.equal(out[1]?.entities[0]?.key, 'person:mikhail-galuzin');
  assert.equal(out[1]?.quotes[0]?.speaker, 'Mikhail Galuzin');
  assert.equal(JSON.stringify([a, b]), before, 'input must not be mutated');
  assert.notEqual(out[1], b);
});

test('people sharing a surname stay apart unless a title picks one', () => {
  const a = article('a', [person('e1', 'Hunter Biden'), person('e2', 'Joe Biden', ['President'])]);
  const b = article('b', [person('e1', 'Biden')]);
  const c = article('c', [person('e1', 'Biden', ['President'])]);
  const out = resolveCorpusEntities({ articles: [a, b, c] }, ctx);
  assert.equal(out[1]?.entities[0]?.key, 'person:biden', 'ambiguous surname kept apart');
  assert.equal(out[2]?.entities[0]?.key, 'person:joe-biden', 'the title picks the President');
});

test('an acronym alone takes the key of its expansion elsewhere in the corpus', () => {
  const org = (id: string, name: string, acronym: string | null): Entity => ({ ...person(id, name), type: 'organization', key: entityKey('organization', name), acronym });
  const a = article('a', [org('e1', 'Collective Security Treaty Organization', 'CSTO')]);
  const b = article('b', [org('e1', 'CSTO', 'CSTO')]);
  const out = resolveCorpusEntities({ articles: [a, b] }, ctx);
  assert.equal(out[1]?.entities[0]?.key, 'organization:collective-security-treaty-organization');
  assert.equal(out[1]?.entities[0]?.name, 'Collective Security Treaty Organization');
});

test('British and American spellings give one key', () => {
  assert.equal(entityKey('organization', 'Collective Security Treaty Organisation'), entityKey('organization', 'Collective Security Treaty Organization'));
});

test('an acronym the lexicon knows as a name of its own keeps it ("GOP", not a nickname spelled out elsewhere)', () => {
  const org = (id: string, name: string, acronym: string | null): Entity => ({ ...person(id, name), type: 'organization', key: entityKey('organization', name), acronym });
  const a = article('a', [org('e1', 'Grand Old Party', 'GOP')]);
  const b = article('b', [org('e1', 'GOP', 'GOP')]);
  const out = resolveCorpusEntities({ articles: [a, b] }, ctx);
  assert.equal(out[1]?.entities[0]?.name, 'GOP');
});

test('resolution is local to groups: an index of the article\'s groups only resolves it as the whole corpus does', () => {
  const org = (id: string, name: string, acronym: string | null): Entity => ({ ...person(id, name), type: 'organization', key: entityKey('organization', name), acronym });
  const corpus = [
    article('a', [person('e1', 'Mikhail Galuzin', ['Deputy Foreign Minister']), org('e2', 'Collective Security Treaty Organization', 'CSTO')]),
    article('b', [person('e1', 'Hunter Biden'), person('e2', 'Joe Biden', ['President']), person('e3', 'Nikol Pashinyan')]),
    article('c', [person('e1', 'Galuzin'), person('e2', 'Biden', ['President']), org('e3', 'CSTO', 'CSTO'), person('e4', 'Pashinyan')]),
  ];
  assert.equal(resolutionGroup(person('x', 'Mikhail Galuzin')), 'person galuzin');
  assert.equal(resolutionGroup(org('x', 'CSTO', 'CSTO')), 'acronym CSTO');
  assert.equal(resolutionGroup({ ...person('x', 'Moscow'), type: 'place' }), null);
  const whole = resolveCorpusEntities({ articles: corpus }, ctx);
  const target = corpus[2]!;
  const groups = new Set(target.entities.map(resolutionGroup));
  const local = resolutionIndex(corpus.flatMap((a) => a.entities).filter((e) => groups.has(resolutionGroup(e))));
  assert.deepEqual(resolveArticleEntities(target, local), whole[2]);
  assert.deepEqual(whole[2]?.entities.map((e) => e.key), ['person:mikhail-galuzin', 'person:joe-biden', 'organization:collective-security-treaty-organization', 'person:nikol-pashinyan']);
});
