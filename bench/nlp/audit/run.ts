/**
 * Entity audit on news outside the gold set (see corpus.ts): runs `readNlp` on each audit article
 * and prints entity mentions with their context, type, entity name and roles, for a person to judge.
 *
 *   node --import tsx bench/nlp/audit/run.ts sample <seed> [--per 5] [--mentions 250] [--exclude-from file.md]… [--out file.md]
 *       articles shuffled by the seed (Scrapinghub and Fundus news first, then WCXB pages), up to
 *       `per` entities drawn from each (one mention each, drawn by the same seed) until `mentions`
 *       are drawn; articles named in earlier sample files are left out. Written as markdown with an
 *       empty judgement line per mention.
 *   node --import tsx bench/nlp/audit/run.ts article <name>
 *       one article's text with every entity mention marked, to look for missed names.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Entity, NlpArticle, Span } from '../../../src/model/records.ts';
import { readNlp } from '../../../src/nlp/index.ts';
import { asArticle } from '../gold.ts';
import { mulberry32 as rng, seededShuffle as shuffle } from '../../seeded.ts';
import { auditCorpus, type AuditArticle } from './corpus.ts';

function analyse(a: AuditArticle): NlpArticle {
  return readNlp(asArticle(a.name, a.text, a.publishedAt), { now: `${a.publishedAt ?? '2024-03-01'}T12:00:00Z` });
}

const SIDE_CHARS = 220;

/** The mention in ⟦…⟧ with some text either side, on one line. */
function context(text: string, s: Span): string {
  const from = Math.max(0, s[0] - SIDE_CHARS);
  const to = Math.min(text.length, s[1] + SIDE_CHARS);
  const body = `${from > 0 ? '…' : ''}${text.slice(from, s[0])}⟦${text.slice(s[0], s[1])}⟧${text.slice(s[1], to)}${to < text.length ? '…' : ''}`;
  return `> ${body.replace(/\n+/g, ' ¶ ')}`;
}

function describe(e: Entity, text: string, s: Span): string {
  const roles = e.type === 'person' ? ` · roles: ${e.roles.length ? e.roles.map((r) => `"${r}"`).join(', ') : '–'}` : '';
  const extra = [e.affiliation ? `affiliation: ${e.affiliation}` : '', e.acronym ? `acronym: ${e.acronym}` : ''].filter(Boolean).join(' · ');
  return `**${e.type}** "${text.slice(s[0], s[1])}" → ${e.name}${roles}${extra ? ` · ${extra}` : ''}`;
}

function excluded(files: string[]): Set<string> {
  const names = new Set<string>();
  for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/^## \d+\. `([^`]+)`/gm)) names.add(m[1] as string);
  return names;
}

function flag(args: string[], name: string): string[] {
  return args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1] as string] : []));
}

function isNews(a: AuditArticle): boolean {
  return !a.name.startsWith('wcxb:');
}

function sample(seed: number, args: string[]): string {
  const per = Number(flag(args, '--per')[0] ?? 5);
  const total = Number(flag(args, '--mentions')[0] ?? 250);
  const skip = excluded(flag(args, '--exclude-from'));
  const random = rng(seed);
  const corpus = auditCorpus().filter((a) => !skip.has(a.name));
  const order = [...shuffle(corpus.filter(isNews), random), ...shuffle(corpus.filter((a) => !isNews(a)), random)];
  const out: string[] = [`# nlp audit sample, seed ${seed}`, '', 'Judgement per mention: right / wrong type / wrong span / not an entity; people: role found / role missed / no role in text.', ''];
  let drawn = 0;
  let articles = 0;
  for (const a of order) {
    if (drawn >= total) break;
    const nlp = analyse(a);
    if (nlp.entities.length === 0) continue;
    const picks = shuffle(nlp.entities, random).slice(0, Math.min(per, total - drawn));
    articles++;
    out.push(`## ${articles}. \`${a.name}\``, '');
    for (const e of picks) {
      const s = e.mentions[Math.floor(random() * e.mentions.length)] as Span;
      drawn++;
      out.push(`### m${drawn}`, describe(e, a.text, s), context(a.text, s), '- judgement: ', '');
    }
  }
  out.splice(1, 0, `${drawn} mentions from ${articles} articles.`);
  return out.join('\n');
}

function markArticle(name: string): string {
  const a = auditCorpus().find((x) => x.name === name);
  if (!a) throw new Error(`no audit article ${name}`);
  const nlp = analyse(a);
  const marks = nlp.entities.flatMap((e) => e.mentions.map((s) => ({ s, tag: e.type === 'place' ? 'P' : (e.type[0] as string) }))).sort((x, y) => y.s[0] - x.s[0]);
  let t = a.text;
  for (const { s, tag } of marks) t = `${t.slice(0, s[0])}[${t.slice(s[0], s[1])}]${tag}${t.slice(s[1])}`;
  const list = nlp.entities.map((e) => `${e.type === 'place' ? 'P' : e.type[0]} ${e.name}${e.roles.length ? ` (${e.roles.join('; ')})` : ''}`).join('\n');
  return `${t}\n\n---\n${list}`;
}

const [cmd, arg, ...rest] = process.argv.slice(2);
if (cmd === 'sample') {
  const text = sample(Number(arg ?? 1), rest);
  const outAt = flag(rest, '--out')[0];
  if (outAt) writeFileSync(outAt, `${text}\n`);
  else console.log(text);
} else if (cmd === 'article' && arg) {
  console.log(markArticle(arg));
} else {
  console.error('usage: run.ts sample <seed> [--per 5] [--mentions 250] [--exclude-from f.md]… [--out f.md] | article <name>');
  process.exit(1);
}
