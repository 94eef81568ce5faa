/**
 * Annotation helper for the entity and date gold set, for articles annotated from the text alone
 * (no system output shown). The annotator writes one list per article,
 * `bench/nlp/annotate/lists/<article>.txt`, a mention kind per line (`#` starts a comment):
 *
 *   person | Mikhail Galuzin | Mikhail Galuzin | Deputy Foreign Minister
 *   person | Galuzin | Mikhail Galuzin | Deputy Foreign Minister
 *   organization | CSTO | Collective Security Treaty Organization
 *   place | Yerevan | Yerevan
 *   date | 8 May | 2024-05-08 | day
 *   place | Georgia | Georgia | | 2,3          ← only the 2nd and 3rd occurrences
 *
 * Fields: type | surface as written | canonical (or date value) | role (people) or granularity
 * (dates) | occurrences (1-based, comma-separated; default: every whole-word occurrence).
 * Longer surfaces are placed first and a shorter one never overlaps a placed span, so
 * "Galuzin" inside "Mikhail Galuzin" is not counted twice.
 *
 *   node --import tsx bench/nlp/annotate/applyLists.ts [--show] [article …]
 *
 * `--show` prints every placed mention with its context (for checking each one by eye) and
 * writes nothing; without it the gold file `bench/gold/entities/<article>.json` is written.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DateGranularity, EntityType } from '../../../src/model/records.ts';
import { GOLD, type GoldDate, type GoldEntity, type GoldFile } from '../gold.ts';

const LISTS = join(dirname(fileURLToPath(import.meta.url)), 'lists');
const ENTITY_TYPES = new Set<string>(['person', 'organization', 'place']);
const GRANULARITIES = new Set<string>(['year', 'month', 'week', 'day']);

interface ListLine {
  type: EntityType | 'date';
  surface: string;
  value: string;
  extra: string;
  occurrences: number[] | null;
  line: number;
}

function parseLine(raw: string, line: number, name: string): ListLine | null {
  const text = raw.replace(/\s+#.*$/, '').trim();
  if (text === '' || text.startsWith('#')) return null;
  const [type = '', surface = '', value = '', extra = '', occ = ''] = text.split('|').map((f) => f.trim());
  if (!ENTITY_TYPES.has(type) && type !== 'date') throw new Error(`${name}:${line}: unknown type "${type}"`);
  if (surface === '' || value === '') throw new Error(`${name}:${line}: surface and canonical/value are required`);
  if (type === 'date' && !GRANULARITIES.has(extra)) throw new Error(`${name}:${line}: a date needs a granularity (year, month, week, day)`);
  const occurrences = occ === '' ? null : occ.split(',').map((n) => Number(n.trim()));
  if (occurrences?.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${name}:${line}: occurrences are 1-based numbers`);
  return { type: type as ListLine['type'], surface, value, extra, occurrences, line };
}

/** Start offsets of `surface` in `text` where it is not glued to a letter or digit on either side. */
function wholeWordOccurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + surface.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(at);
  }
  return out;
}

interface Placed {
  item: ListLine;
  start: number;
  end: number;
}

function place(name: string, text: string, items: readonly ListLine[]): Placed[] {
  const taken: Placed[] = [];
  const overlaps = (s: number, e: number) => taken.some((p) => s < p.end && p.start < e);
  for (const item of [...items].sort((a, b) => b.surface.length - a.surface.length)) {
    const found = wholeWordOccurrences(text, item.surface).filter((s) => !overlaps(s, s + item.surface.length));
    if (found.length === 0) throw new Error(`${name}:${item.line}: "${item.surface}" not found (or only inside a longer mention)`);
    const chosen = item.occurrences === null ? found : item.occurrences.map((n) => found[n - 1]);
    for (const start of chosen) {
      if (start === undefined) throw new Error(`${name}:${item.line}: "${item.surface}" has only ${found.length} free occurrences`);
      taken.push({ item, start, end: start + item.surface.length });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function goldFile(text: string, placed: readonly Placed[]): GoldFile {
  const entities: GoldEntity[] = [];
  const dates: GoldDate[] = [];
  for (const { item, start, end } of placed) {
    if (item.type === 'date') {
      dates.push({ start, end, text: text.slice(start, end), value: item.value, granularity: item.extra as DateGranularity });
    } else {
      entities.push({ type: item.type, start, end, text: text.slice(start, end), canonical: item.value, ...(item.extra === '' ? {} : { role: item.extra }) });
    }
  }
  return { entities, dates };
}

function main(args: readonly string[]): void {
  const show = args.includes('--show');
  const names = args.filter((a) => a !== '--show');
  const all = existsSync(LISTS) ? readdirSync(LISTS).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)) : [];
  for (const name of names.length > 0 ? names : all) {
    const text = readFileSync(join(GOLD, 'articles', `${name}.txt`), 'utf8');
    const items = readFileSync(join(LISTS, `${name}.txt`), 'utf8')
      .split('\n')
      .map((raw, i) => parseLine(raw, i + 1, name))
      .filter((x): x is ListLine => x !== null);
    const placed = place(name, text, items);
    if (show) {
      for (const p of placed) {
        const context = `${text.slice(Math.max(0, p.start - 50), p.start)}[${text.slice(p.start, p.end)}]${text.slice(p.end, p.end + 50)}`.replace(/\n/g, ' ');
        console.log(`${name}:${p.item.line} ${p.item.type} ${p.start} → ${p.item.value}  …${context}…`);
      }
      continue;
    }
    const gold = goldFile(text, placed);
    writeFileSync(join(GOLD, 'entities', `${name}.json`), `${JSON.stringify(gold, null, 1)}\n`);
    console.log(`${name}: ${gold.entities.length} entity mentions, ${gold.dates.length} dates`);
  }
}

main(process.argv.slice(2));
