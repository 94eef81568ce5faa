/**
 * Saving only what re-clustering changed (the streaming path of `recluster`): stories and
 * storylines carry a digest of the clustering they were compared from, so an unchanged one
 * is neither loaded nor written again.
 */
import type { Kysely } from 'kysely';
import type { StoryChanges, StoredDigest } from '../store.ts';
import { chunks, INSERT_CHUNK, IN_CHUNK } from './chunks.ts';
import { storyRow, storylineRow } from './mapping.ts';
import type { ChorusDatabase } from './schema.ts';

export async function storyDigests(db: Kysely<ChorusDatabase>): Promise<Map<string, StoredDigest>> {
  const rows = await db.selectFrom('stories').select(['id', 'digest', 'storyline_id']).execute();
  return new Map(rows.map((r) => [r.id, { digest: r.digest ?? null, storyline: r.storyline_id ?? null }]));
}

export async function storylineDigests(db: Kysely<ChorusDatabase>): Promise<Map<string, string | null>> {
  const rows = await db.selectFrom('storylines').select(['id', 'digest']).execute();
  return new Map(rows.map((r) => [r.id, r.digest ?? null]));
}

export async function applyStoryChanges(db: Kysely<ChorusDatabase>, changes: Readonly<StoryChanges>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const dropped = [...changes.removedStories, ...changes.stories.map((s) => s.story.id)];
    for (const part of chunks(dropped, IN_CHUNK)) {
      await trx.deleteFrom('story_articles').where('story_id', 'in', part).execute();
      await trx.deleteFrom('stories').where('id', 'in', part).execute();
    }
    const members = changes.stories.flatMap((s) => s.story.articles.map((article_id) => ({ article_id, story_id: s.story.id })));
    // An article that moved leaves its old story's membership row.
    for (const part of chunks(members.map((m) => m.article_id), IN_CHUNK)) await trx.deleteFrom('story_articles').where('article_id', 'in', part).execute();
    for (const part of chunks(changes.stories, INSERT_CHUNK)) {
      await trx.insertInto('stories').values(part.map((s) => ({ ...storyRow(s.story, s.storyline), digest: s.digest }))).execute();
    }
    for (const part of chunks(members, INSERT_CHUNK)) await trx.insertInto('story_articles').values(part).execute();
    for (const [id, storyline] of changes.storylineOf) await trx.updateTable('stories').set({ storyline_id: storyline }).where('id', '=', id).execute();
    const droppedLines = [...changes.removedStorylines, ...changes.storylines.map((l) => l.storyline.id)];
    for (const part of chunks(droppedLines, IN_CHUNK)) await trx.deleteFrom('storylines').where('id', 'in', part).execute();
    for (const part of chunks(changes.storylines, INSERT_CHUNK)) {
      await trx.insertInto('storylines').values(part.map((l) => ({ ...storylineRow(l.storyline, l.stories), digest: l.digest }))).execute();
    }
  });
}
