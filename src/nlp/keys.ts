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

export function slug(name: string): string {
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
