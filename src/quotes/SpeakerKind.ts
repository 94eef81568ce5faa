/**
 * What kind of speaker a resolved name is — person, organisation, or a name of unknown
 * kind — judged on the quotes stage's own evidence before the nlp stage's entity type.
 * The nlp type is a guess from the name's shape and often wrong for one-word stage names
 * or titles of works; trusting it sends "he said" to the wrong antecedent. An nlp type is
 * kept only when the name agrees with it; otherwise the name counts as either kind.
 */
import type { Entity } from '../model/records.ts';
import { ORG_MARKERS, ORG_SUFFIXES } from './lexicon/words.ts';

/** 'either': a name that may be a person's or an organisation's; 'group': people spoken of together ("Democrats", "sources"). */
export type SpeakerKind = 'person' | 'organization' | 'either' | 'group' | 'other';

/** An acronym ("USDA", "BBC", "N.A.T.O."): organisations' names, never people's. Four letters at most, so a surname in capitals ("BIDEN") is not one. */
const ACRONYM = /^(?:\p{Lu}{2,4}|(?:\p{Lu}\.){2,6})$/u;

/** Whether a name is an organisation's by its words: an organisation noun, an acronym, a corporate suffix, "&". */
export function nameLooksLikeOrg(name: string): boolean {
  if (name.includes('&')) return true;
  const words = name.split(/[\s-]+/).filter(Boolean);
  return words.some((w) => {
    const lower = w.toLowerCase().replace(/[.,’']+$/, '');
    return ORG_MARKERS.has(lower) || ORG_SUFFIXES.has(lower) || ACRONYM.test(w);
  });
}

/**
 * The kind of a named speaker: an organisation when its words say so (whatever nlp typed
 * it, unless nlp found a person's role for it); a name nlp typed as an organisation with no
 * such word, or a one-word name nlp did not type, is of unknown kind; any other name is a person's.
 */
export function kindOfName(mentionText: string, entity: Entity | undefined): SpeakerKind {
  const names = entity ? [mentionText, entity.name, ...entity.aliases] : [mentionText];
  const orgLike = names.some((n) => nameLooksLikeOrg(n)) && !(entity?.type === 'person' && entity.roles.length > 0);
  if (orgLike) return 'organization';
  if (entity && entity.type !== 'person') return 'either';
  // Without an entity, a one-word name ("Tripadvisor", "Madonna") may be either; a full name is a person's.
  if (!entity && !/\s/.test(mentionText.trim())) return 'either';
  return 'person';
}

/** Whether a speaker of this kind can be the referent of a pronoun of this type. */
export function kindFits(kind: SpeakerKind, type: 'person' | 'organization'): boolean {
  return kind === type || kind === 'either';
}
