/**
 * Template learning in the store (text mode, issue #3): per-outlet line counts, updated once
 * per stored text-mode page and read back before the next page of the same outlet is
 * extracted. The SQL mirrors `applyTemplateLesson` in `src/extract/text/OutletTemplates.ts`
 * (the conformance suite checks they agree); the policy comes from text mode.
 */
import type { Kysely } from 'kysely';
import type { OutletTemplates, TemplateLesson, TemplatePolicy } from '../../model/stage.ts';
import { chunks, INSERT_CHUNK, IN_CHUNK } from './chunks.ts';
import type { ChorusDatabase } from './schema.ts';

/** The templates of the given outlets (every outlet when `keys` is null), with only the lines seen on `minLineDocuments` pages or more. */
export async function loadOutletTemplates(
  db: Kysely<ChorusDatabase>,
  keys: readonly string[] | null,
  minLineDocuments: number,
): Promise<OutletTemplates> {
  const outlets: OutletTemplates['outlets'] = {};
  const groups = keys === null ? [null] : chunks([...new Set(keys)], IN_CHUNK);
  for (const part of groups) {
    let heads = db.selectFrom('outlet_templates').select(['outlet_key', 'documents']);
    if (part !== null) heads = heads.where('outlet_key', 'in', part);
    for (const row of await heads.execute()) outlets[row.outlet_key] = { documents: Number(row.documents), lines: {} };
    const known = part === null ? null : part.filter((k) => outlets[k] !== undefined);
    if (known !== null && known.length === 0) continue;
    let lines = db
      .selectFrom('outlet_template_lines')
      .select(['outlet_key', 'fingerprint', 'documents', 'first_document', 'last_document'])
      .where('documents', '>=', minLineDocuments);
    if (known !== null) lines = lines.where('outlet_key', 'in', known);
    for (const row of await lines.execute()) {
      const template = outlets[row.outlet_key];
      if (template === undefined) continue;
      template.lines[row.fingerprint] = { documents: Number(row.documents), first: Number(row.first_document), last: Number(row.last_document) };
    }
  }
  return { outlets };
}

/**
 * Adds one page's lesson: the page becomes the outlet's next ordinal, each line counts once.
 * Call it inside a transaction (the article's own, or one of its own).
 */
export async function learnOutletTemplate(
  trx: Kysely<ChorusDatabase>,
  lesson: Readonly<TemplateLesson>,
  policy: Readonly<TemplatePolicy>,
  now: string,
): Promise<void> {
  const outlet = lesson.outlet;
  const head = await trx
    .insertInto('outlet_templates')
    .values({ outlet_key: outlet, documents: 1, updated_at: now })
    .onConflict((oc) => oc.column('outlet_key').doUpdateSet((eb) => ({ documents: eb('outlet_templates.documents', '+', 1), updated_at: now })))
    .returning('documents')
    .executeTakeFirstOrThrow();
  const n = Number(head.documents);
  const rows = [...new Set(lesson.fingerprints)].map((fingerprint) => ({
    outlet_key: outlet, fingerprint, documents: 1, first_document: n, last_document: n,
  }));
  for (const part of chunks(rows, INSERT_CHUNK)) {
    await trx
      .insertInto('outlet_template_lines')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['outlet_key', 'fingerprint']).doUpdateSet((eb) => ({ documents: eb('outlet_template_lines.documents', '+', 1), last_document: n })),
      )
      .execute();
  }
  if (n % policy.pruneEvery === 0) {
    await trx
      .deleteFrom('outlet_template_lines')
      .where('outlet_key', '=', outlet)
      .where('documents', '=', 1)
      .where('last_document', '<=', n - policy.pruneAfter)
      .execute();
  }
}
