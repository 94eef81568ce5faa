/**
 * Scoring shared by the nlp benchmark and its gate test: entity mentions per type (exact
 * span and overlap), role extraction, canonical resolution, date detection and values.
 */
import type { EntityType, NlpArticle } from '../../src/model/records.ts';
import { slug } from '../../src/nlp/index.ts';
import type { GoldFile } from './gold.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  exact: Record<EntityType, Counts>;
  overlap: Record<EntityType, Counts>;
  /** Gold people with a role in the text, and how many of them got any role / a matching role. */
  roles: { withRole: number; found: number; matching: number };
  /** Gold person/organisation mentions found (overlap), and how many carry the gold canonical name. */
  resolution: { matched: number; correct: number };
  dates: { exact: Counts; overlap: Counts; valued: number; correctValue: number };
  errors: string[];
}

const TYPES: EntityType[] = ['person', 'organization', 'place'];
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function emptyScores(): Scores {
  return {
    exact: { person: zero(), organization: zero(), place: zero() },
    overlap: { person: zero(), organization: zero(), place: zero() },
    roles: { withRole: 0, found: 0, matching: 0 },
    resolution: { matched: 0, correct: 0 },
    dates: { exact: zero(), overlap: zero(), valued: 0, correctValue: 0 },
    errors: [],
  };
}

interface SysMention {
  type: EntityType;
  start: number;
  end: number;
  name: string;
  roles: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Names equal after folding; a person's canonical also matches when first and last words agree. */
export function sameCanonical(system: string, gold: string): boolean {
  const a = slug(system);
  const b = slug(gold);
  if (a === b) return true;
  const wa = a.split('-');
  const wb = b.split('-');
  return wa.length >= 2 && wb.length >= 2 && wa[0] === wb[0] && wa[wa.length - 1] === wb[wb.length - 1];
}

function rolesMatch(system: readonly string[], gold: string): boolean {
  const g = new Set(gold.toLowerCase().split(/[\s-]+/));
  return system.some((r) => r.toLowerCase().split(/[\s-]+/).some((w) => w.length > 2 && g.has(w)));
}

export function scoreArticle(id: string, out: NlpArticle, gold: GoldFile, into: Scores): void {
  const sys: SysMention[] = out.entities.flatMap((e) => e.mentions.map(([start, end]) => ({ type: e.type, start, end, name: e.name, roles: e.roles })));
  for (const type of TYPES) {
    const g = gold.entities.filter((x) => x.type === type);
    const s = sys.filter((x) => x.type === type);
    const exactHits = g.filter((x) => s.some((y) => y.start === x.start && y.end === x.end)).length;
    into.exact[type].tp += exactHits;
    into.exact[type].fn += g.length - exactHits;
    into.exact[type].fp += s.filter((y) => !g.some((x) => y.start === x.start && y.end === x.end)).length;
    const used = new Set<SysMention>();
    let ov = 0;
    for (const x of g) {
      const y = s.find((m) => !used.has(m) && overlaps(m, x));
      if (y) {
        used.add(y);
        ov++;
        if (y.start !== x.start || y.end !== x.end) into.errors.push(`${id} BOUND ${type} "${out.text.slice(y.start, y.end)}" vs gold "${x.text}"`);
      } else into.errors.push(`${id} FN ${type} "${x.text}"`);
    }
    into.overlap[type].tp += ov;
    into.overlap[type].fn += g.length - ov;
    into.overlap[type].fp += s.length - used.size;
    for (const y of s) if (!used.has(y)) into.errors.push(`${id} FP ${type} "${out.text.slice(y.start, y.end)}"`);
  }
  // Roles: per gold person (canonical) with a role anywhere.
  const people = new Map<string, { role: string; spans: { start: number; end: number }[] }>();
  for (const x of gold.entities) {
    if (x.type !== 'person') continue;
    const p = people.get(x.canonical) ?? { role: '', spans: [] };
    if (x.role && !p.role) p.role = x.role;
    p.spans.push(x);
    people.set(x.canonical, p);
  }
  for (const [canonical, p] of people) {
    if (!p.role) continue;
    into.roles.withRole++;
    const hit = sys.find((m) => m.type === 'person' && p.spans.some((x) => overlaps(m, x)) && m.roles.length > 0);
    if (hit) {
      into.roles.found++;
      if (rolesMatch(hit.roles, p.role)) into.roles.matching++;
      else into.errors.push(`${id} ROLE ${canonical}: "${hit.roles.join('; ')}" vs gold "${p.role}"`);
    } else into.errors.push(`${id} ROLE missing for ${canonical} (gold "${p.role}")`);
  }
  for (const x of gold.entities) {
    if (x.type === 'place') continue;
    const m = sys.find((y) => y.type === x.type && overlaps(y, x));
    if (!m) continue;
    into.resolution.matched++;
    if (sameCanonical(m.name, x.canonical)) into.resolution.correct++;
    else into.errors.push(`${id} CANON "${x.text}" → "${m.name}" (gold "${x.canonical}")`);
  }
  // Dates.
  const sd = out.dates.map((d) => ({ start: d.span[0], end: d.span[1], value: d.value, text: d.text }));
  const gd = gold.dates;
  const ex = gd.filter((x) => sd.some((y) => y.start === x.start && y.end === x.end)).length;
  into.dates.exact.tp += ex;
  into.dates.exact.fn += gd.length - ex;
  into.dates.exact.fp += sd.filter((y) => !gd.some((x) => y.start === x.start && y.end === x.end)).length;
  const usedD = new Set<(typeof sd)[number]>();
  for (const x of gd) {
    const y = sd.find((m) => !usedD.has(m) && overlaps(m, x));
    if (x.granularity !== 'none') into.dates.valued++;
    if (!y) {
      into.errors.push(`${id} FN date "${x.text}" ${x.value}`);
      continue;
    }
    usedD.add(y);
    if (y.value === x.value) into.dates.correctValue++;
    else into.errors.push(`${id} DATE "${x.text}" → ${y.value} (gold ${x.value})`);
  }
  into.dates.overlap.tp += usedD.size;
  into.dates.overlap.fn += gd.length - usedD.size;
  into.dates.overlap.fp += sd.length - usedD.size;
  for (const y of sd) if (!usedD.has(y)) into.errors.push(`${id} FP date "${y.text}" ${y.value}`);
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The headline numbers the goals are stated in. */
export function headline(s: Scores): Record<string, number> {
  return {
    personF1: prf(s.exact.person).f,
    organizationF1: prf(s.exact.organization).f,
    placeF1: prf(s.exact.place).f,
    personF1Overlap: prf(s.overlap.person).f,
    organizationF1Overlap: prf(s.overlap.organization).f,
    placeF1Overlap: prf(s.overlap.place).f,
    roleRate: s.roles.withRole ? s.roles.found / s.roles.withRole : 0,
    roleMatchRate: s.roles.withRole ? s.roles.matching / s.roles.withRole : 0,
    resolution: s.resolution.matched ? s.resolution.correct / s.resolution.matched : 0,
    dateF1: prf(s.dates.overlap).f,
    dateValueAccuracy: s.dates.valued ? s.dates.correctValue / s.dates.valued : 0,
  };
}
