/** Canonical keys for entities: lower-case slugs with British spellings folded to American ones. */
import type { EntityType } from '../model/records.ts';

/** Spelling variants that must not split one organisation into two ("Organisation"/"Organization"). */
const SPELLING_FOLDS: readonly [RegExp, string][] = [
  [/isation/g, 'ization'],
  [/defence/g, 'defense'],
  [/centre/g, 'center'],
  [/labour/g, 'labor'],
  [/programme/g, 'program'],
  [/co-operation/g, 'cooperation'],
];

const slugCache = new Map<string, string>();

export function slug(name: string): string {
  const hit = slugCache.get(name);
  if (hit !== undefined) return hit;
  // Bounded memo: names repeat across mentions and articles.
  if (slugCache.size > 100_000) slugCache.clear();
  const value = computeSlug(name);
  slugCache.set(name, value);
  return value;
}

function computeSlug(name: string): string {
  let s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '');
  for (const [re, to] of SPELLING_FOLDS) s = s.replace(re, to);
  return s.replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

export function entityKey(type: EntityType, name: string): string {
  return `${type}:${slug(name)}`;
}
