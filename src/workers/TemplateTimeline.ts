/**
 * Outlet templates learned along one pooled run, kept by the main thread so worker threads
 * learn as a single process does (see `chorus ingest`: each new text page teaches its outlet's
 * template to the outlet's later pages).
 *
 * Determinism, whatever the threads' timing: the templates a document sees are a function of
 * input order only. Document k (0-based sequence of documents in the run) sees the lessons of
 *  - every document j ≤ k − lag (the pool's in-flight window: by the time k starts, the
 *    consumer has settled all of them), and
 *  - every earlier document j < k *related* to k: j's lesson key is known up front (the given
 *    outlet or URL host, `outletKey`) and is one of k's candidate keys (`templateKeysOf`), or,
 *    for a page with no given outlet or URL (its lesson goes to the outlet found in it, known
 *    only after extraction), j and k share a candidate key. k waits in the pool's queue until
 *    its related earlier pages are settled, so one outlet's pages see each other as in one
 *    thread, while other outlets' pages run in parallel.
 * An unrelated page's lesson reaches later pages only after the lag, even when it is settled
 * sooner (so timing never shows). Lessons are folded in input order with `applyTemplateLesson`,
 * as the store and `analyzeDocuments` do.
 */
import type { RawDocument } from '../model/records.ts';
import type { OutletTemplate, OutletTemplates, TemplateLesson } from '../model/stage.ts';
import { applyTemplateLesson, outletKey, TEMPLATE_POLICY, templateKeysOf } from '../extract/index.ts';

/** What the timeline knows of one document of the run. */
export interface TimelineEntry {
  seq: number;
  /** Outlet keys whose templates may apply to it (empty for HTML). */
  keys: readonly string[];
  /** The outlet its lesson will go to when known before extraction (given outlet or URL host), else null. */
  lessonKey: string | null;
}

interface Settled {
  entry: TimelineEntry;
  lesson: TemplateLesson;
}

/** Whether an earlier page's lesson may reach a later page before the lag (see the module comment). */
function related(earlier: TimelineEntry, later: TimelineEntry): boolean {
  if (earlier.lessonKey !== null) return later.keys.includes(earlier.lessonKey);
  return earlier.keys.some((key) => later.keys.includes(key));
}

export class TemplateTimeline {
  /** Registered documents not settled yet, in input order (the run settles them in that order). */
  private readonly pending: { raw: RawDocument; entry: TimelineEntry }[] = [];
  /** Registered documents whose templates were not asked for yet, in input order (viewed ones are dropped from the front). */
  private unviewed: { seq: number; viewed: boolean }[] = [];
  /** Per outlet: settled lessons not folded into the floor yet, in input order. */
  private readonly lessons = new Map<string, Settled[]>();
  /** Per outlet: every lesson up to `upTo` folded in; no document still to be viewed can see less. */
  private readonly floors = new Map<string, { upTo: number; template: OutletTemplate | undefined }>();
  private nextSeq = 0;
  /** Documents settled so far (the run settles them in input order). */
  private settledUpTo = -1;

  constructor(
    private readonly initial: Readonly<OutletTemplates> | undefined,
    private readonly lag: number,
  ) {}

  /** Gives a document of the run its place (call in input order, as it is submitted). */
  register(raw: RawDocument): TimelineEntry {
    const keys = templateKeysOf(raw);
    const lessonKey = raw.format === 'text' ? outletKey(raw.given.outlet, raw.given.url) : null;
    const entry: TimelineEntry = { seq: this.nextSeq++, keys, lessonKey };
    this.pending.push({ raw, entry });
    this.unviewed.push({ seq: entry.seq, viewed: false });
    return entry;
  }

  /** Whether the document must wait: a related earlier page is not settled yet. */
  waits(entry: TimelineEntry): boolean {
    if (entry.keys.length === 0) return false;
    return this.pending.some(({ entry: other }) => other.seq < entry.seq && related(other, entry));
  }

  /**
   * Records what the oldest unsettled document taught (null: nothing, e.g. not stored as new),
   * when `raw` is that document; otherwise nothing happens (settled already, or not of this run).
   */
  settle(raw: RawDocument, lesson: TemplateLesson | null): void {
    if (this.pending[0]?.raw !== raw) return;
    this.settleHead(lesson);
  }

  /** Settles, teaching nothing, every document up to `seq` the caller did not report (the run has moved past them). */
  release(seq: number): void {
    while (this.pending[0] !== undefined && this.pending[0].entry.seq <= seq) this.settleHead(null);
  }

  private settleHead(lesson: TemplateLesson | null): void {
    const { entry } = this.pending.shift()!;
    this.settledUpTo = entry.seq;
    if (lesson === null) return;
    const list = this.lessons.get(lesson.outlet) ?? [];
    list.push({ entry, lesson });
    this.lessons.set(lesson.outlet, list);
  }

  /** The templates of the document's candidate outlets that this run has taught (see the module comment). Asked once per document, when it starts. */
  view(entry: TimelineEntry): OutletTemplates | null {
    const outlets: Record<string, OutletTemplate> = {};
    const cut = entry.seq - this.lag;
    for (const key of entry.keys) {
      let template = this.floor(key);
      for (const settled of this.lessons.get(key) ?? []) {
        const seq = settled.entry.seq;
        if (seq <= cut || (seq < entry.seq && related(settled.entry, entry))) template = fold(key, template, settled.lesson);
      }
      if (template !== undefined && template !== this.initial?.outlets[key]) outlets[key] = template;
    }
    this.markViewed(entry.seq);
    return Object.keys(outlets).length === 0 ? null : { outlets };
  }

  private markViewed(seq: number): void {
    const slot = this.unviewed.find((u) => u.seq === seq);
    if (slot) slot.viewed = true;
    while (this.unviewed[0]?.viewed === true) this.unviewed.shift();
  }

  /**
   * The outlet's floor, first advanced to the lowest cut any document still to be viewed can
   * have (every lesson at or below it is settled, and seen by all of them).
   */
  private floor(key: string): OutletTemplate | undefined {
    const lowestSeq = this.unviewed[0]?.seq ?? this.nextSeq;
    const upTo = Math.min(lowestSeq - this.lag, this.settledUpTo);
    const floor = this.floors.get(key) ?? { upTo: -1, template: this.initial?.outlets[key] };
    const list = this.lessons.get(key) ?? [];
    let template = floor.template;
    let folded = 0;
    while (folded < list.length && list[folded]!.entry.seq <= upTo) template = fold(key, template, list[folded++]!.lesson);
    if (folded > 0) list.splice(0, folded);
    this.floors.set(key, { upTo: Math.max(floor.upTo, upTo), template });
    return template;
  }
}

function fold(key: string, template: OutletTemplate | undefined, lesson: TemplateLesson): OutletTemplate | undefined {
  return applyTemplateLesson({ outlets: template === undefined ? {} : { [key]: template } }, lesson, TEMPLATE_POLICY).outlets[key];
}
