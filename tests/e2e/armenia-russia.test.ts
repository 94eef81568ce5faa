/**
 * The acceptance test of issue #2 on the example corpus (examples/armenia-russia): the
 * real CLI (`chorus analyze --json`) in-process, asserting the behaviour the issue names.
 */
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { before, describe, it } from 'node:test';
import type { AnalyzedArticle, Report } from '../../src/model/records.ts';
import { EXAMPLES, pipelineMissing, run } from './helpers.ts';

const skip = pipelineMissing() ?? false;

describe('example corpus: chorus analyze --json', { skip }, () => {
  let report: Report;
  const byFile = new Map<string, AnalyzedArticle>();
  const article = (prefix: string): AnalyzedArticle => {
    const found = [...byFile].find(([file]) => file.startsWith(prefix))?.[1];
    assert.ok(found, `article ${prefix} analysed`);
    return found;
  };

  before(async () => {
    const r = await run(['analyze', EXAMPLES, '--json']);
    assert.equal(r.code, 0, r.stderr);
    report = JSON.parse(r.stdout) as Report;
    for (const a of report.articles) byFile.set(basename(a.source), a);
  });

  it('reads all five articles', () => {
    assert.equal(report.version, 1);
    assert.equal(report.articles.length, 5);
  });

  it('puts 000–003 in one story and 004 apart, in the same storyline', () => {
    const ids = ['000', '001', '002', '003'].map((p) => article(p).id);
    const main = report.stories.find((s) => s.articles.includes(ids[0]!));
    assert.ok(main);
    assert.deepEqual([...main.articles].sort(), [...ids].sort());
    const later = report.stories.find((s) => s.articles.includes(article('004').id));
    assert.ok(later);
    assert.notEqual(later.id, main.id);
    const line = report.storylines.find((l) => l.stories.includes(main.id));
    assert.ok(line, 'the main story is in a storyline');
    assert.ok(line.stories.includes(later.id), 'the 2025 story continues the same storyline');
  });

  it('drops the chrome and keeps the body', () => {
    const chrome: Record<string, string[]> = {
      '000': ['Leave a Reply', 'Sign Up for Our Newsletters', 'You May Also Like', 'latest updates from MassisPost', 'AGBU Hye Geen'],
      '001': ['top of page', 'bottom of page', 'Ad for subscribing'],
      '002': ['Dear visitors', 'Editor’s choice'],
      '003': ['Top stories', 'Partner news', 'Six total incidents'],
      '004': ['Become a member', 'reader-funded news site'],
    };
    const body: Record<string, string[]> = {
      '000': ['Armenia is no longer interested in cooperating', 'Galuzin concluded'],
      '001': ['Mikhail Galuzin warned that Armenia', 'remains uncertain'],
      '002': ['Russian Deputy Foreign Minister Mikhail Galuzin said', 'the Russian deputy foreign minister said'],
      '003': ['Armenia could ruin its military ties', 'when they met in Moscow on May 8'],
      '004': ['On Thursday, political consultations were held', 'Mikhail Galuzin'],
    };
    for (const [prefix, lines] of Object.entries(chrome)) {
      const a = article(prefix);
      for (const line of lines) assert.ok(!a.text.includes(line), `${prefix}: chrome "${line}" removed`);
      for (const line of body[prefix]!) assert.ok(a.text.includes(line), `${prefix}: body "${line}" kept`);
    }
  });

  it('finds titles and outlets from the text', () => {
    assert.equal(article('002').title, 'Russia urges Armenia not to trust the West');
    assert.equal(article('003').title, 'Moscow warns Armenia against leaving Russian-led defense bloc');
    assert.equal(article('001').title, 'Armenia’s “Thoughtless Steps” May Harm Defense Cooperation with Russia, Says Deputy Foreign Minister'.replace('’', "'"));
    assert.equal(article('000').outlet, 'MassisPost');
    assert.equal(article('002').outlet, 'Mediamax');
    assert.equal(article('003').outlet, 'PanARMENIAN.Net');
  });

  it('attributes every direct Galuzin quote in 000, 002 and 003 to Mikhail Galuzin', () => {
    // Statements Galuzin made in the TASS interview, as each outlet renders them.
    const galuzin = [
      'haven’t met since November 2023', 'we hope that the promises', 'no viable alternatives to the CSTO', 'rash decisions',
      'significant progress in mutual trade', 'intergovernmental committee', 'One of the main tasks', 'many risks that Armenia',
      'serious initiatives', 'We see this as a result of pressure', 'Russia is really interested', 'the goals of the West',
    ];
    let checked = 0;
    for (const prefix of ['000', '002', '003']) {
      for (const q of article(prefix).quotes) {
        if (q.kind !== 'direct' && q.kind !== 'partial') continue;
        if (!galuzin.some((g) => q.text.includes(g))) continue;
        checked++;
        assert.equal(q.speaker, 'Mikhail Galuzin', `${prefix}: “${q.text.slice(0, 50)}…” (speaker mention: ${q.speakerMention})`);
      }
    }
    assert.ok(checked >= 12, `found ${checked} Galuzin quotes`);
    const mention = (prefix: string, words: string) => article(prefix).quotes.find((q) => q.text.includes(words));
    assert.match(mention('003', 'rash decisions')?.speakerMention ?? '', /^he$/i, '“…,” he warned');
    assert.equal(mention('003', 'rash decisions')?.cue, 'warned');
    assert.match(mention('003', 'We see this as a result')?.speakerMention ?? '', /Russian diplomat/i);
    assert.match(mention('002', 'One of the main tasks')?.speakerMention ?? '', /diplomat/i);
    assert.deepEqual(mention('002', 'One of the main tasks')?.via, ['TASS']);
    assert.match(mention('002', 'serious initiatives')?.speakerMention ?? '', /Russian deputy foreign minister/i);
  });

  it('links the “rash decisions” statement as one quote family across 000, 002 and 003', () => {
    const ids = new Map(['000', '002', '003'].map((p) => [article(p).id, p]));
    const families = report.stories.flatMap((s) => s.quoteFamilies).filter((f) => /rash decisions/.test(f.canonical));
    const family = families.find((f) => [...ids.keys()].every((id) => f.members.some((m) => m.article === id)));
    assert.ok(family, `one family spans 000, 002 and 003 (families: ${families.map((f) => f.members.map((m) => ids.get(m.article) ?? m.article).join('+')).join(', ')})`);
    assert.equal(family.speaker, 'Mikhail Galuzin');
    for (const m of family.members) {
      const quoted = report.articles.find((a) => a.id === m.article)?.quotes[m.quote];
      assert.ok(quoted, 'member points at a real quote');
    }
  });

  it('normalises dates against the publication date, with their granularity', () => {
    const date = (prefix: string, pattern: RegExp) => article(prefix).dates.find((d) => pattern.test(d.text));
    assert.deepEqual(pick(date('000', /8 May/)), { value: '2024-05-08', granularity: 'day' });
    assert.deepEqual(pick(date('003', /May 8/)), { value: '2024-05-08', granularity: 'day' });
    assert.deepEqual(pick(date('003', /February/)), { value: '2024-02', granularity: 'month' });
    assert.deepEqual(pick(date('003', /last week/)), { value: '2024-05-27', granularity: 'week' });
    const since = date('000', /November 2023/);
    assert.deepEqual(pick(since), { value: '2023-11', granularity: 'month' });
    assert.equal(since?.relation, 'since');
  });
});

function pick(d: { value: string; granularity: string } | undefined): { value: string; granularity: string } | undefined {
  return d === undefined ? undefined : { value: d.value, granularity: d.granularity };
}
