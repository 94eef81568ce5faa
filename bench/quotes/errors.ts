/**
 * Lists the quotes stage's errors on one split of the gold set (default dev): gold quotes
 * missed, predictions matching no gold quote, and wrong speakers. For tuning on dev only.
 * Usage: node --import tsx bench/quotes/errors.ts [dev|test]
 */
import { loadGoldSet } from './goldSet.ts';
import { evaluate, prepareBare, prepareWithNlp } from './evaluate.ts';
import { sameSpeaker } from './scoring.ts';

const split = process.argv[2] ?? 'dev';
const gold = loadGoldSet().filter((g) => g.split === split);
const e = evaluate(gold, process.argv[3] === 'nlp' ? prepareWithNlp : prepareBare);
const short = (s: string) => s.replace(/\s+/g, ' ').slice(0, 110);
for (const a of gold) {
  const preds = (e.predictions.get(a.name) ?? []).filter((p) => p.kind !== 'scare');
  const lines: string[] = [];
  for (const g of a.quotes.filter((q) => q.kind !== 'scare')) {
    const best = preds.find((p) => Math.min(p.span[1], g.end) - Math.max(p.span[0], g.start) > 0.3 * (g.end - g.start));
    if (!best) lines.push(`  MISS [${g.kind}] ${g.speaker ?? '-'} <${g.cue ?? ''}> ${short(g.text)}`);
    else if (g.speaker && !sameSpeaker(best.speaker, g.speaker)) lines.push(`  SPK  gold=${g.speaker} pred=${best.speaker ?? '-'} <${best.speakerMention ?? ''}> ${short(g.text)}`);
  }
  for (const p of preds) {
    const hit = a.quotes.some((g) => g.kind !== 'scare' && Math.min(p.span[1], g.end) - Math.max(p.span[0], g.start) > 0.3 * (g.end - g.start));
    if (!hit) lines.push(`  FP   [${p.kind}] ${p.speaker ?? '-'} <${p.cue ?? ''}> ${short(p.text)}`);
  }
  if (lines.length) console.log(`${a.name}\n${lines.join('\n')}`);
}
