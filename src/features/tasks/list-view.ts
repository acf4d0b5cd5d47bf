// The list's view beyond status and model: a search, a date range on when tasks were added,
// "Hide finished", a batch, and the order. All of it lives in the address (`?q=…&sort=…`), so a
// view can be bookmarked and shared; none of it asks the provider anything.
import type { TaskSummary } from '../../hooks/use-task-categories';
import { filterTasks, type FilteredTasks } from './list-filters';
import type { StatusFilter } from './status-filter';

export const SORTS = ['added', 'changed', 'progress', 'status', 'left'] as const;
export type SortKey = (typeof SORTS)[number];

export interface ListView {
  /** The search as typed (`q`). */
  q: string;
  sort: SortKey;
  /** `from` and `to`, as `YYYY-MM-DD` in the browser's time zone, or ''. */
  from: string;
  to: string;
  /** `finished=hide`. */
  hideFinished: boolean;
  /** `batch`, the batch's name, or ''. */
  batch: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What will not change any more: "Hide finished" hides these. */
const FINISHED: ReadonlySet<string> = new Set([
  'succeeded',
  'failed',
  'cancelled',
  'expired',
  'not-found',
]);

function day(value: string | null): string {
  return value !== null && DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
}

/** The view as the address gives it; what it cannot read is the default. */
export function readListView(params: URLSearchParams): ListView {
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    sort: SORTS.find((key) => key === sort) ?? 'added',
    from: day(params.get('from')),
    to: day(params.get('to')),
    hideFinished: params.get('finished') === 'hide',
    batch: params.get('batch')?.trim() ?? '',
  };
}

/** The address's parameters for a view: the defaults are left out. */
export function listViewParams(view: Partial<ListView>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (view.q !== undefined) out.q = view.q;
  if (view.sort !== undefined) out.sort = view.sort === 'added' ? '' : view.sort;
  if (view.from !== undefined) out.from = view.from;
  if (view.to !== undefined) out.to = view.to;
  if (view.hideFinished !== undefined) out.finished = view.hideFinished ? 'hide' : '';
  if (view.batch !== undefined) out.batch = view.batch;
  return out;
}

export interface BatchProgress {
  name: string;
  total: number;
  finished: number;
  failed: number;
}

/** Each batch's progress, by name (in the order first seen): n of m finished, how many failed. */
export function batchProgress(
  tasks: readonly ListEntry[],
  summaries: readonly TaskSummary[],
): BatchProgress[] {
  const batches = new Map<string, BatchProgress>();
  tasks.forEach((task, index) => {
    if (!task.batch) return;
    let entry = batches.get(task.batch);
    if (!entry) {
      entry = { name: task.batch, total: 0, finished: 0, failed: 0 };
      batches.set(task.batch, entry);
    }
    const category = summaries[index]?.category ?? 'loading';
    entry.total += 1;
    if (FINISHED.has(category)) entry.finished += 1;
    if (category !== 'succeeded' && FINISHED.has(category)) entry.failed += 1;
  });
  return [...batches.values()];
}

/** Whether the view narrows the list at all (the sort does not). */
export function narrowsList(view: ListView): boolean {
  return (
    view.q.trim() !== '' ||
    view.from !== '' ||
    view.to !== '' ||
    view.hideFinished ||
    view.batch !== ''
  );
}

/** Local midnight of a `YYYY-MM-DD` day, plus `days`. */
function startOfDay(value: string, days = 0): number {
  const [year = 0, month = 1, date = 1] = value.split('-').map(Number);
  return new Date(year, month - 1, date + days).getTime();
}

/** Case- and width-insensitive: "VEO" finds "veo", "ｖｅｏ" finds "veo". */
function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

/** A prompt is searched in its first this-many characters: enough to find it, cheap on 1,000. */
const SEARCHED_PROMPT_CHARS = 2000;

/** Folded search texts, made once per answer rather than once per key press. */
const searchTexts = new WeakMap<TaskSummary, { id: string; text: string }>();

/** What Search looks in: the id, the model and the start of the prompt, folded. */
function searchTextOf(id: string, summary: TaskSummary | undefined): string {
  const cached = summary && searchTexts.get(summary);
  if (cached?.id === id) return cached.text;
  const text = fold(
    `${id} ${summary?.model ?? ''} ${summary?.prompt?.slice(0, SEARCHED_PROMPT_CHARS) ?? ''}`,
  );
  if (summary) searchTexts.set(summary, { id, text });
  return text;
}

export interface ListEntry {
  id: string;
  addedAt: number;
  batch?: string;
}

/** `narrow` for filterTasks: which tasks the view keeps, by index. */
export function viewFilter(
  view: ListView,
  tasks: readonly ListEntry[],
  summaries: readonly TaskSummary[],
): ((index: number) => boolean) | undefined {
  if (!narrowsList(view)) return undefined;
  const words = fold(view.q).split(/\s+/).filter(Boolean);
  const from = view.from ? startOfDay(view.from) : -Infinity;
  const until = view.to ? startOfDay(view.to, 1) : Infinity;
  return (index) => {
    const task = tasks[index];
    const summary = summaries[index];
    if (!task) return false;
    if (view.batch !== '' && task.batch !== view.batch) return false;
    if (task.addedAt < from || task.addedAt >= until) return false;
    if (view.hideFinished && summary && FINISHED.has(summary.category)) return false;
    if (words.length === 0) return true;
    const text = searchTextOf(task.id, summary);
    return words.every((word) => text.includes(word));
  };
}

/** The order of the status sort: what needs a look first. */
const STATUS_ORDER: Record<TaskSummary['category'], number> = {
  running: 0,
  queued: 1,
  failed: 2,
  error: 3,
  'not-found': 4,
  unknown: 5,
  cancelled: 6,
  expired: 7,
  loading: 8,
  succeeded: 9,
};

/**
 * A rough time left for sorting, from the pace so far: (elapsed ÷ progress) × what remains.
 * Unknown (no progress or no start) sorts after the known; finished tasks last.
 */
function roughTimeLeft(summary: TaskSummary | undefined, now: number): number {
  if (!summary || FINISHED.has(summary.category)) return Infinity;
  const { progress, createdAt } = summary;
  if (progress === undefined || createdAt === undefined || progress <= 0) {
    return Number.MAX_VALUE;
  }
  return ((now - createdAt) / progress) * (100 - progress);
}

/** The shown ids in the view's order; stable, so ties keep the order they were added in. */
export function sortShown(
  shown: readonly string[],
  summaryOf: (id: string) => TaskSummary | undefined,
  sort: SortKey,
  now: number,
): readonly string[] {
  if (sort === 'added') return shown;
  const key = (id: string): number => {
    const summary = summaryOf(id);
    switch (sort) {
      case 'changed':
        return -(summary?.changedAt ?? -Infinity);
      case 'progress':
        return -(summary?.progress ?? -1);
      case 'status':
        return STATUS_ORDER[summary?.category ?? 'loading'];
      case 'left':
        return roughTimeLeft(summary, now);
    }
  };
  const keys = new Map(shown.map((id) => [id, key(id)]));
  return [...shown].sort((a, b) => {
    const first = keys.get(a) ?? 0;
    const second = keys.get(b) ?? 0;
    return first === second ? 0 : first < second ? -1 : 1;
  });
}

/**
 * What the list shows under `view` and the filters, in the view's order, with the counts beside
 * it. `now` orders by time left (read only for that sort).
 */
export function listUnder(
  view: ListView,
  tasks: readonly ListEntry[],
  ids: readonly string[],
  summaries: readonly TaskSummary[],
  filters: { status: StatusFilter; model: string },
  now: number,
): FilteredTasks {
  const filtered = filterTasks(
    ids,
    summaries,
    filters.status,
    filters.model,
    viewFilter(view, tasks, summaries),
  );
  if (view.sort === 'added') return filtered;
  const byId = new Map(ids.map((id, index) => [id, summaries[index]]));
  return { ...filtered, shown: sortShown(filtered.shown, (id) => byId.get(id), view.sort, now) };
}
