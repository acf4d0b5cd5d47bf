// Which tracked tasks the list shows, and the counts next to each filter. Pure, and one pass over
// the summaries, so it runs only when a summary or a filter changes, never per row or per poll.
import type { TaskSummary } from '../../hooks/use-task-categories';
import { intlCached } from '../../lib/i18n';
import { filterOf, type StatusFilter } from './status-filter';

/** `?model=` for the tasks no answer or id has named a model for yet. */
export const MODEL_NOT_KNOWN = 'not-known';

/** `?model=` as read from the address: '' is every model. */
export function parseModelFilter(value: string | null): string {
  return value?.trim() ?? '';
}

/** The model a summary counts under: its name, or MODEL_NOT_KNOWN. */
function modelKeyOf(summary: TaskSummary | undefined): string {
  return summary?.model ?? MODEL_NOT_KNOWN;
}

export interface FilteredTasks {
  /** The ids that pass both filters, in the list's order. */
  shown: readonly string[];
  /** Their summaries, in the same order: the failures by cause count what is shown. */
  shownSummaries: readonly TaskSummary[];
  /** Per status, among the tasks of the chosen model: what choosing that status would show. */
  statusCounts: Record<StatusFilter, number>;
  /**
   * Every model a tracked task has (MODEL_NOT_KNOWN included), with how many tasks of the chosen
   * status it has, which may be 0: what choosing that model would show.
   */
  modelCounts: ReadonlyMap<string, number>;
  /** Tasks of the chosen status, whatever their model: "All models". */
  allModelsCount: number;
}

/**
 * `summaries[i]` describes `ids[i]`. `narrow` (search, dates, batch, hide finished: list-view.ts)
 * applies before anything is counted, so every count says what choosing it would show.
 */
export function filterTasks(
  ids: readonly string[],
  summaries: readonly TaskSummary[],
  status: StatusFilter,
  model: string,
  narrow?: (index: number) => boolean,
): FilteredTasks {
  const statusCounts: Record<StatusFilter, number> = {
    all: 0,
    queued: 0,
    running: 0,
    succeeded: 0,
    failed: 0,
    errors: 0,
  };
  const modelCounts = new Map<string, number>();
  let allModelsCount = 0;
  const shown: string[] = [];
  const shownSummaries: TaskSummary[] = [];
  ids.forEach((id, index) => {
    if (narrow && !narrow(index)) return;
    const summary = summaries[index];
    const group = filterOf(summary?.category ?? 'loading');
    const key = modelKeyOf(summary);
    const statusMatches = status === 'all' || group === status;
    const modelMatches = model === '' || key === model;
    if (modelMatches) {
      statusCounts.all += 1;
      if (group) statusCounts[group] += 1;
    }
    modelCounts.set(key, (modelCounts.get(key) ?? 0) + (statusMatches ? 1 : 0));
    if (statusMatches) allModelsCount += 1;
    if (statusMatches && modelMatches) {
      shown.push(id);
      if (summary) shownSummaries.push(summary);
    }
  });
  const unfiltered = status === 'all' && model === '' && !narrow;
  return {
    // Unfiltered, the list keeps the same arrays, so nothing downstream sees a change.
    shown: unfiltered ? ids : shown,
    shownSummaries: unfiltered ? summaries : shownSummaries,
    statusCounts,
    modelCounts,
    allModelsCount,
  };
}

const byName = () =>
  intlCached(
    'collator-models',
    (locale) => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }),
  );

export interface ModelOption {
  value: string;
  count: number;
}

/**
 * The models to offer, by name, "not known yet" last. A chosen model no tracked task has stays
 * in the list (with 0), so the address's filter is visible and can be changed.
 */
export function modelOptions(
  modelCounts: ReadonlyMap<string, number>,
  selected: string,
): ModelOption[] {
  const counts = new Map(modelCounts);
  if (selected !== '' && !counts.has(selected)) counts.set(selected, 0);
  const notKnown = counts.get(MODEL_NOT_KNOWN);
  counts.delete(MODEL_NOT_KNOWN);
  const options = [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => byName().compare(a.value, b.value));
  if (notKnown !== undefined) options.push({ value: MODEL_NOT_KNOWN, count: notKnown });
  return options;
}
