/** Helpers shared by the conformance cases. */
import { ChorusError } from '../../model/errors.ts';
import type { ChorusStore } from '../store.ts';
import { ARTICLES, STORIES, STORYLINES } from './records.ts';

/** Opens a new, empty store of the backend under test. */
export type OpenFresh = () => Promise<ChorusStore>;

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function isUsage(error: unknown): boolean {
  return error instanceof ChorusError && error.code === 'usage';
}

/** A fresh store holding the hand-made articles, stories and storylines. */
export async function populated(open: OpenFresh): Promise<ChorusStore> {
  const store = await open();
  for (const article of ARTICLES) await store.putArticle(article);
  await store.saveStories(STORIES, STORYLINES);
  return store;
}
