/**
 * Lists the quotes stage's errors on one split of the gold set (default dev): gold quotes
 * missed, predictions matching no gold quote, wrong speakers (with the text before the
 * quote and the nlp entity the speaker resolved to), and gold scare quotes that a
 * prediction gives a speaker. For tuning on dev only.
 * Usage: node --import tsx bench/quotes/errors.ts [dev|test] [nlp] [spk|scare|all]
 */
import { loadGoldSet } from './goldSet.ts';
import { evaluate, prepareBare, prepareWithNlp } from './evaluate.ts';
import { sameSpeaker } from './scoring.ts';

const split = process.argv[2] ?? 'dev';
const withNlp = process.argv[3] === 'nlp';
const only = process.argv[4] ?? 'all';
const gold = loadGoldSet().filter((g) => g.split === split);
const prepare = withNlp ? prepareWithNlp : prepareBare;
const e = evaluate(gold, prepare);
const short = (s: string, n = 110) => s.replace(/\s+/g, ' ').slice(0, n);
const overlap = (a: readonly [number, number], b: readonly [number, number]) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
for (const a of gold) {
  const entities = withNlp ? prepare(a).entities : [];
  const typeOf = (id: string | null) => entities.find((x) => x.id === id)?.type ?? '';
  const preds = (e.predictions.get(a.name) ?? []).filter((p) => p.kind !== 'scare');
  const lines: string[] = [];
  for (const g of a.quotes.filter((q) => q.kind !== 'scare')) {
    const best = preds.find((p) => overlap(p.span, [g.start, g.end]) > 0.3 * (g.end - g.start));
    if (!best) {
      if (only === 'all') lines.push(`  MISS [${g.kind}] ${g.speaker ?? '-'} <${g.cue ?? ''}> ${short(g.text)}`);
    } else if (g.speaker && !sameSpeaker(best.speaker, g.speaker) && only !== 'scare') {
      const before = a.text.slice(Math.max(0, Math.min(g.start, best.span[0]) - 140), Math.min(g.start, best.span[0]));
      lines.push(`  SPK  gold=${g.speaker} <${g.speakerMention ?? ''}> pred=${best.speaker ?? '-'} ${typeOf(best.speakerEntity)} <${best.speakerMention ?? ''}> [${best.kind}]\n       …${short(before, 140)} ⟦${short(g.text, 70)}⟧`);
    }
  }
  if (only === 'all') {
    for (const p of preds) {
      const hit = a.quotes.some((g) => g.kind !== 'scare' && overlap(p.span, [g.start, g.end]) > 0.3 * (g.end - g.start));
      if (!hit) lines.push(`  FP   [${p.kind}] ${p.speaker ?? '-'} <${p.cue ?? ''}> ${short(p.text)}`);
    }
  }
  if (only !== 'spk') {
    for (const g of a.quotes.filter((q) => q.kind === 'scare')) {
      const p = (e.predictions.get(a.name) ?? []).find((x) => x.speaker && overlap(x.span, [g.start, g.end]) >= 0.5 * (g.end - g.start) && overlap(x.span, [g.start, g.end]) > 0);
      const nested = a.quotes.some((q) => q.kind !== 'scare' && q.start <= g.start && q.end >= g.end);
      if (p) lines.push(`  SCARE${nested ? '(inside gold speech)' : ''} ‘${g.text}’ in [${p.kind}] ${p.speaker} <${p.cue ?? ''}> ${short(p.text, 90)}`);
    }
  }
  if (lines.length) console.log(`${a.name}\n${lines.join('\n')}`);
}
