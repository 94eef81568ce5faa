/**
 * Speaker audit on news outside the gold set (see corpus.ts): runs the pipeline as the quote
 * benchmark does after nlp (article text → readNlp → readQuotes) and prints each quote given a
 * speaker with its context, speaker mention, resolved speaker and cue, for a person to judge.
 *
 *   node --import tsx bench/quotes/audit/run.ts dump [out.txt]
 *       every attributed quote of every audit article (default /tmp/chorus-quote-audit.txt)
 *   node --import tsx bench/quotes/audit/run.ts sample <seed> [--articles 50] [--per 4] [--quotes 200] [--exclude-from file.md]… [--out file.md]
 *       a fixed random sample: articles shuffled by the seed, the first N with an attributed quote
 *       (leaving out articles named in earlier sample files), and more until `--quotes` (200) are
 *       drawn; up to `per` quotes each, drawn by the
 *       same seed. Written as a markdown skeleton with an empty judgement line per quote.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { NlpArticle, Quote } from '../../../src/model/records.ts';
import { readNlp } from '../../../src/nlp/index.ts';
import { readQuotes } from '../../../src/quotes/index.ts';
import { bareArticle } from '../annotate/common.ts';
import { mulberry32 as rng, seededShuffle as shuffle } from '../../seeded.ts';
import { auditCorpus, type AuditArticle } from './corpus.ts';

function analyse(a: AuditArticle): NlpArticle & { quotes: Quote[] } {
  const bare = bareArticle(a.text, a.name);
  const { sentences: _s, entities: _e, dates: _d, ...extracted } = bare;
  const nlp = readNlp({ ...extracted, publishedAt: a.publishedAt }, { now: `${a.publishedAt ?? '2024-03-01'}T12:00:00Z` });
  return readQuotes(nlp, { now: '2024-03-01T00:00:00Z' });
}

const PREVIOUS_CHARS = 350;
const WINDOW_CHARS = 1000;

/** The quote's paragraph(s) with the quote in ⟦…⟧ and the speaker mention in {…}, after the tail of the paragraph before. */
function context(text: string, q: Quote): string {
  const lo = Math.min(q.span[0], q.speakerSpan?.[0] ?? Infinity);
  const hi = Math.max(q.span[1], q.speakerSpan?.[1] ?? -Infinity);
  const start = text.lastIndexOf('\n\n', lo) + 1;
  let end = text.indexOf('\n\n', hi);
  if (end < 0) end = text.length;
  const marks: [number, string][] = [[q.span[0], '⟦'], [q.span[1], '⟧']];
  if (q.speakerSpan) marks.push([q.speakerSpan[0], '{'], [q.speakerSpan[1], '}']);
  marks.sort((x, y) => y[0] - x[0]);
  let body = text.slice(start, end);
  for (const [at, m] of marks) if (at >= start && at <= end) body = body.slice(0, at - start) + m + body.slice(at - start);
  if (body.length > WINDOW_CHARS) {
    const qs = q.span[0] - start;
    const from = Math.max(0, Math.min(qs - 350, body.length - WINDOW_CHARS));
    body = `${from > 0 ? '…' : ''}${body.slice(from, from + WINDOW_CHARS)}…`;
  }
  const prevEnd = Math.max(0, start - 2);
  const prevStart = text.lastIndexOf('\n\n', prevEnd - 1) + 1;
  const prev = text.slice(Math.max(prevStart, prevEnd - PREVIOUS_CHARS), prevEnd).trim();
  const lead = prev ? `> [before] ${prevEnd - prevStart > PREVIOUS_CHARS ? '…' : ''}${prev.replace(/\n+/g, ' ')}\n` : '';
  return `${lead}> ${body.replace(/\n+/g, ' ¶ ')}`;
}

function describe(q: Quote): string {
  return `speaker: **${q.speaker}** · mention: "${q.speakerMention ?? '(carried)'}" · cue: ${q.cue ?? '–'} · kind: ${q.kind}${q.via.length ? ` · via: ${q.via.join(', ')}` : ''}`;
}

function entry(n: number, a: AuditArticle, q: Quote): string {
  return `### ${n}. ${a.name} @${q.span[0]}\n${context(a.text, q)}\n\n${describe(q)}\n\njudgement: \n`;
}

function args(argv: string[]): { positional: string[]; flags: Map<string, string[]> } {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith('--')) flags.set(a.slice(2), [...(flags.get(a.slice(2)) ?? []), argv[++i] ?? '']);
    else positional.push(a);
  }
  return { positional, flags };
}

const { positional, flags } = args(process.argv.slice(2));
const mode = positional[0] ?? 'dump';
const corpus = auditCorpus();

if (mode === 'dump') {
  const out = positional[1] ?? '/tmp/chorus-quote-audit.txt';
  let n = 0;
  const parts: string[] = [];
  for (const a of corpus) {
    const quotes = analyse(a).quotes.filter((q) => q.speaker);
    for (const q of quotes) parts.push(entry(++n, a, q));
  }
  writeFileSync(out, parts.join('\n'));
  console.log(`${corpus.length} audit articles, ${n} attributed quotes → ${out}`);
} else if (mode === 'sample') {
  const seed = Number(positional[1] ?? 1);
  const wantArticles = Number(flags.get('articles')?.[0] ?? 50);
  const per = Number(flags.get('per')?.[0] ?? 4);
  const wantQuotes = Number(flags.get('quotes')?.[0] ?? 200);
  const excluded = new Set((flags.get('exclude-from') ?? []).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^### \d+\. (\S+) @/gm)].map((m) => m[1] ?? '')));
  const random = rng(seed);
  const parts: string[] = [];
  let n = 0;
  let taken = 0;
  for (const a of shuffle(corpus, random)) {
    if (taken >= wantArticles && n >= wantQuotes) break;
    if (excluded.has(a.name)) continue;
    const quotes = analyse(a).quotes.filter((q) => q.speaker);
    if (quotes.length === 0) continue;
    taken++;
    const room = taken >= wantArticles ? Math.min(per, wantQuotes - n) : per;
    for (const q of shuffle(quotes, random).slice(0, room).sort((x, y) => x.span[0] - y.span[0])) parts.push(entry(++n, a, q));
  }
  const header = `# Quote speaker audit sample (seed ${seed}, ${taken} articles, ${n} quotes)\n\nDrawn by \`node --import tsx bench/quotes/audit/run.ts sample ${process.argv.slice(3).join(' ')}\`. Quote in ⟦…⟧, speaker mention in {…}. Judgement: right / wrong (→ who) / unresolvable.\n\n`;
  const text = header + parts.join('\n');
  const out = flags.get('out')?.[0];
  if (out) writeFileSync(out, text);
  else console.log(text);
  console.error(`${taken} articles, ${n} quotes`);
}
