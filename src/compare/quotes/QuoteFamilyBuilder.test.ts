import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedArticle, QuoteKind } from '../../model/records.ts';
import { articleFromSketch } from '../testing/ArticleSketch.ts';
import { buildQuoteFamilies } from './QuoteFamilyBuilder.ts';
import { excerptSegments, prepareQuote } from './PreparedQuote.ts';
import { classifyPair } from './QuoteRelationClassifier.ts';

interface Q {
  text: string;
  kind?: QuoteKind;
  speaker?: string | null;
  via?: string[];
}

function article(id: string, publishedAt: string, quotes: Q[]): AnalyzedArticle {
  return articleFromSketch({
    id,
    publishedAt,
    outlet: id,
    paragraphs: quotes.map((q) => `“${q.text}” said someone.`),
    quotes: quotes.map((q) => ({ text: q.text, kind: q.kind ?? 'direct', speaker: q.speaker === undefined ? 'Mikhail Galuzin' : q.speaker, via: q.via ?? [] })),
  });
}

function relate(a: Q, b: Q, dates: [string, string] = ['2024-06-05', '2024-06-05']) {
  const qa = prepareQuote(article('a', dates[0], [a]), 0, 0, 0);
  const qb = prepareQuote(article('b', dates[1], [b]), 0, 1, 1);
  return classifyPair(qa, qb)?.relation ?? null;
}

const TASS_EN =
  'However, rash decisions that will give Westerners full access to national databases and information sensitive to the country’s security … could make it objectively impossible [for Armenia] to return to joint efforts to build a common defense space with Russia and other CSTO allies,';
const MEDIAMAX_EN =
  'However, rash decisions that would ensure full access of the West to national databases and information sensitive to the country’s security not only threaten the sovereignty of the state, but may also make it objectively impossible to return to joint work on building a common defense space with Russia and other CSTO allies,';

test('excerpt segments: split on ellipses, editorial brackets dropped', () => {
  assert.deepEqual(excerptSegments('Foreign Ministers [of Armenia and Russia] met … Our [Armenian] partners... agreed'), [
    'Foreign Ministers met',
    'Our partners',
    'agreed',
  ]);
});

test('classifier: verbatim, ignoring brackets and punctuation', () => {
  assert.equal(relate({ text: TASS_EN }, { text: TASS_EN.replace(' [for Armenia]', '') }), 'verbatim');
});

test('classifier: a shorter cut is an excerpt', () => {
  assert.equal(relate({ text: TASS_EN }, { text: 'full access to national databases and information sensitive to the country’s security' }), 'excerpt');
});

test('classifier: another translation of the same statement is a retranslation', () => {
  assert.equal(relate({ text: TASS_EN }, { text: MEDIAMAX_EN }), 'retranslation');
});

test('classifier: a retranslation needs the same speaker and close dates', () => {
  assert.equal(relate({ text: TASS_EN }, { text: MEDIAMAX_EN, speaker: 'Sergei Lavrov' }), null);
  assert.equal(relate({ text: TASS_EN }, { text: MEDIAMAX_EN, speaker: null }), null);
  assert.equal(relate({ text: TASS_EN }, { text: MEDIAMAX_EN }, ['2024-06-05', '2024-09-01']), null);
});

test('classifier: reported speech of the statement is a paraphrase', () => {
  const reported = 'these thoughtless steps, which might allow Western countries full access to national databases and sensitive security information, could threaten Armenia’s sovereignty';
  assert.equal(relate({ text: MEDIAMAX_EN }, { text: reported, kind: 'indirect' }), 'paraphrase');
  assert.equal(relate({ text: MEDIAMAX_EN }, { text: reported, kind: 'indirect', speaker: null }), null);
});

test('classifier: scare quotes and one-word quotes never link', () => {
  assert.equal(relate({ text: 'diversification', kind: 'scare', speaker: null }, { text: 'diversification', kind: 'scare', speaker: null }), null);
  assert.equal(relate({ text: 'frozen', kind: 'partial' }, { text: 'frozen', kind: 'partial' }), null);
});

test('classifier: short identical lines by different or unknown speakers do not link', () => {
  assert.equal(relate({ text: 'We are ready for dialogue', speaker: 'Vladimir Putin' }, { text: 'We are ready for dialogue', speaker: 'Ilham Aliyev' }), null);
  assert.equal(relate({ text: 'We are ready for dialogue' }, { text: 'We are ready for dialogue', speaker: null }), null);
  assert.equal(relate({ text: 'We are ready for dialogue' }, { text: 'We are ready for dialogue', speaker: 'Galuzin' }), 'verbatim');
});

test('classifier: negation is content: dropping "no" is neither verbatim nor an excerpt', () => {
  const negated = { text: 'there are no viable alternatives to the CSTO for ensuring Armenia’s security' };
  assert.equal(relate(negated, { text: 'there are viable alternatives to the CSTO for ensuring Armenia’s security' }), null);
  assert.equal(relate(negated, { text: 'no viable alternatives to the CSTO' }), 'excerpt');
});

test('families: need two articles and a direct rendering', () => {
  const reported = { text: 'Galuzin said rash decisions could give the West full access to national databases', kind: 'indirect' as const };
  assert.equal(buildQuoteFamilies([article('a', '2024-06-05', [reported]), article('b', '2024-06-05', [reported])]).length, 0);
  assert.equal(buildQuoteFamilies([article('a', '2024-06-05', [{ text: TASS_EN }, { text: TASS_EN }])]).length, 0);
});

test('families: earliest by date, canonical is the fullest rendering of the earliest wording, origin via most-cited first', () => {
  const families = buildQuoteFamilies([
    article('late', '2024-06-06', [{ text: TASS_EN, via: ['TASS'] }]),
    article('mediamax', '2024-06-05', [{ text: MEDIAMAX_EN, via: ['TASS'] }]),
    article('cut', '2024-06-07', [{ text: 'rash decisions that will give Westerners full access to national databases', via: ["RFE/RL's Armenian"] }]),
    article('relay', '2024-06-08', [{ text: TASS_EN, via: ["RFE/RL's Armenian", 'TASS'] }]),
  ]);
  assert.equal(families.length, 1);
  const family = families[0]!;
  assert.deepEqual(
    family.members.map((m) => [m.article, m.relation]),
    [
      ['mediamax', 'earliest'],
      ['late', 'retranslation'],
      ['cut', 'retranslation'],
      ['relay', 'retranslation'],
    ],
  );
  assert.equal(family.canonical, MEDIAMAX_EN);
  assert.deepEqual(family.origin, { article: 'mediamax', via: ['TASS', "RFE/RL's Armenian"] });
  assert.deepEqual(family.members[0]!.diff, [{ op: 'same', text: MEDIAMAX_EN }]);
  assert.ok(family.members[1]!.diff.some((p) => p.op === 'added' && p.text.includes('Westerners')));
});

test('families: on a same-day tie the wording more outlets carry comes first, then by article id', () => {
  const families = buildQuoteFamilies([
    article('z-mediamax', '2024-06-05', [{ text: MEDIAMAX_EN }]),
    article('y-one', '2024-06-05', [{ text: TASS_EN }]),
    article('x-two', '2024-06-05', [{ text: TASS_EN }]),
  ]);
  assert.deepEqual(
    families[0]!.members.map((m) => [m.article, m.relation]),
    [
      ['x-two', 'earliest'],
      ['y-one', 'verbatim'],
      ['z-mediamax', 'retranslation'],
    ],
  );
});

test('families: one reported-speech summary of two statements does not merge their families', () => {
  const budget = 'Our defence budget will grow by ten percent next year, and every euro of it will go to air defence and ammunition,';
  const allies = 'Our partners in the alliance must also raise their defence spending, because air defence cannot be the task of one country alone,';
  const summary = {
    text: 'the defence budget will grow by ten percent and partners in the alliance must also raise their defence spending on air defence',
    kind: 'indirect' as const,
  };
  const families = buildQuoteFamilies([
    article('a', '2025-02-03', [{ text: budget }, { text: allies }]),
    article('b', '2025-02-03', [{ text: budget }, { text: allies }]),
    article('c', '2025-02-04', [summary]),
  ]);
  assert.equal(families.length, 2);
  assert.equal(families.filter((f) => f.members.some((m) => m.article === 'c')).length, 1);
});

test('families: a reprint or a second article of the same outlet is not a second rendering', () => {
  const original = article('orig', '2024-06-05', [{ text: TASS_EN }]);
  const reprint = article('copy', '2024-06-05', [{ text: TASS_EN }]);
  const member = (id: string, duplicateOf: string | null) => ({ article: id, duplicateOf, sharedTerms: [], sharedEntities: [], similarity: 1 });
  assert.equal(buildQuoteFamilies([original, reprint], [member('orig', null), member('copy', 'orig')]).length, 0);
  const update = { ...reprint, outlet: original.outlet };
  assert.equal(buildQuoteFamilies([original, update]).length, 0);
  assert.equal(buildQuoteFamilies([original, reprint]).length, 1);
});

test('families: a quote crediting no channel takes the channels its article credits for the same speaker', () => {
  const lead = { text: 'Armenia is no longer interested in cooperating with the ministries', kind: 'indirect' as const, via: ['TASS'] };
  const families = buildQuoteFamilies([
    article('a', '2024-06-05', [lead, { text: TASS_EN }]),
    article('b', '2024-06-06', [{ text: TASS_EN, via: ["RFE/RL's Armenian"] }]),
  ]);
  assert.deepEqual(families[0]!.origin, { article: 'a', via: ['TASS', "RFE/RL's Armenian"] });
});
