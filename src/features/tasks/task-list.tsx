import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { TASK_QUERIES } from '../../api/get-task';
import { useDocumentTitle } from '../../components/ui/page-heading';
import { RefreshButton } from '../../components/ui/refresh-button';
import { useTaskCategories } from '../../hooks/use-task-categories';
import { useNow } from '../../hooks/use-now';
import { useApiKey } from '../../stores/key-store';
import { useTasksActions, useTrackedTasks, type Removal } from '../../stores/tasks-store';
import { parseFilter, StatusFilterBar, type StatusFilter } from './status-filter';
import { FailureSummary } from './failure-summary';
import { parseModelFilter } from './list-filters';
import {
  batchProgress,
  listUnder,
  listViewParams,
  narrowsList,
  readListView,
  type ListView,
} from './list-view';
import { batchWords, useSearchText, ViewControls } from './view-controls';
import { setShortcutsOn, shortcutsOn, useListShortcuts } from './list-shortcuts';
import { RichText } from '../../components/ui/rich-text';
import { formatList, t, tp } from '../../lib/i18n';
import { ModelFilter } from './model-filter';
import { RowsOfTasks } from './rows-of-tasks';
import type { PanelName } from './bulk-actions';
import { readTaskQueryKey } from '../../api/get-task';
import { lazyWithPreload } from '../../lib/lazy-with-preload';
import {
  keepSelectedAmong,
  selectOnly,
  toggleRange,
  toggleSelected,
  useSelected,
} from '../../stores/selection-store';

// The bar appears once a task is ticked: its code loads when the list is idle (or at that tick),
// not with the first page.
const BulkActions = lazyWithPreload(async () => (await import('./bulk-actions')).BulkActions);
const BulkPanel = lazyWithPreload(async () => (await import('./bulk-actions')).BulkPanel);

const ShortcutsHelp = lazy(async () => ({
  default: (await import('./shortcuts-help')).ShortcutsHelp,
}));

/** The list's heading, where the focus goes when what held it goes away. */
export const TASK_LIST_HEADING_ID = 'task-list-heading';

/** "Tasks (9): 1 queued, 2 running, 1 failed": what a glance at the tab should tell. */
function listTitle(counts: Record<StatusFilter, number>): string {
  const { queued, running, failed, errors } = counts;
  const parts = [
    queued && t('{count} queued', { count: queued }),
    running && t('{count} running', { count: running }),
    failed && t('{count} failed', { count: failed }),
    errors && t('{count} with errors', { count: errors }),
  ].filter((part): part is string => part !== 0);
  return parts.length
    ? t('Tasks ({count}): {statuses}', {
        count: counts.all,
        statuses: formatList(parts, 'conjunction', 'narrow'),
      })
    : t('Tasks ({count})', { count: counts.all });
}

export function TaskList() {
  const tasks = useTrackedTasks();
  const hasKey = useApiKey() !== '';
  const queryClient = useQueryClient();
  const { untrackTasks, restoreTasks, setBatch } = useTasksActions();
  // The bulk panel open, and the button that opened it, where the focus returns when it closes.
  const [panel, setPanel] = useState<{ name: PanelName; opener: HTMLButtonElement }>();
  const [removed, setRemoved] = useState<Removal>();
  const [searchParams, setSearchParams] = useSearchParams();
  const statusInAddress = searchParams.get('status');
  const filter = parseFilter(statusInAddress);
  const model = parseModelFilter(searchParams.get('model'));
  // A status the list does not have (a typo, an old bookmark) shows All and leaves the address,
  // so the address never names a filter the page is not applying.
  useEffect(() => {
    if (statusInAddress === null || statusInAddress === filter) return;
    setSearchParams(
      (params) => {
        params.delete('status');
        return params;
      },
      { replace: true },
    );
  }, [statusInAddress, filter, setSearchParams]);

  const view = useMemo(() => readListView(searchParams), [searchParams]);
  /** Puts the filters given in the address, keeping the other; "all" leaves a filter out. */
  const setFilters = (next: { status?: StatusFilter; model?: string } & Partial<ListView>) =>
    setSearchParams(
      (params) => {
        const values = {
          status: next.status === 'all' ? '' : next.status,
          model: next.model,
          ...listViewParams(next),
        };
        for (const [name, value] of Object.entries(values)) {
          if (value === '') params.delete(name);
          else if (value !== undefined) params.set(name, value);
        }
        return params;
      },
      { replace: true },
    );

  const ids = useMemo(() => tasks.map((task) => task.id), [tasks]);
  const summaries = useTaskCategories(ids);
  // The list follows Search as typed, in the keystroke's own render (see useSearchText).
  const [q, typeSearch] = useSearchText(view.q, (next) => setFilters({ q: next }));
  // Kept by value: the address catching up with the typing (or any other change of it) draws
  // no row again.
  const { sort, from, to, hideFinished, batch } = view;
  const shownView = useMemo<ListView>(
    () => ({ q, sort, from, to, hideFinished, batch }),
    [q, sort, from, to, hideFinished, batch],
  );
  // The time left moves with the clock; no other order does.
  const now = useNow();
  const sortedAt = sort === 'left' ? now : 0;
  const { shown, shownSummaries, statusCounts, modelCounts, allModelsCount } = useMemo(
    () => listUnder(shownView, tasks, ids, summaries, { status: filter, model }, sortedAt),
    [shownView, tasks, ids, summaries, filter, model, sortedAt],
  );
  const batches = useMemo(() => batchProgress(tasks, summaries), [tasks, summaries]);
  const chosenBatch = batches.find((candidate) => candidate.name === batch);

  useDocumentTitle(listTitle(statusCounts));
  // The bar's code is fetched while the list is idle, so the first tick shows it at once.
  const hasTasks = ids.length > 0;
  useEffect(() => {
    if (!hasTasks) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
    idle(() => void Promise.all([BulkActions.preload(), BulkPanel.preload()]));
  }, [hasTasks]);

  // What is acted on is what is seen: a filter that hides a selected task unselects it.
  useEffect(() => keepSelectedAmong(shown), [shown]);
  const selected = useSelected();
  const selectedShown = useMemo(
    () => (selected.size === 0 ? [] : shown.filter((id) => selected.has(id))),
    [selected, shown],
  );
  const selectedSucceeded = useMemo(() => {
    if (selectedShown.length === 0) return 0;
    const chosen = new Set(selectedShown);
    return ids.filter((id, index) => chosen.has(id) && summaries[index]?.category === 'succeeded')
      .length;
  }, [ids, summaries, selectedShown]);
  const select = useCallback(
    (id: string, on: boolean, range: boolean) => {
      if (range) toggleRange(shown, id, on);
      else toggleSelected(id, on);
    },
    [shown],
  );
  const batchNames = useMemo(() => batches.map((batch) => batch.name), [batches]);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const { help, closeHelp } = useListShortcuts(useCallback(() => searchRef.current, []));
  const undoRef = useRef<HTMLButtonElement>(null);
  // The focused row goes with Remove: the focus goes to Undo, the next thing one may want, and
  // from Undo (which goes too) back to the list's heading. Never to <body>. It moves once the
  // change is rendered.
  const focusNext = useRef<'undo' | 'heading'>(undefined);
  useEffect(() => {
    if (focusNext.current === undefined) return;
    (focusNext.current === 'undo' ? undoRef : headingRef).current?.focus();
    focusNext.current = undefined;
  });
  const removeMany = useCallback(
    (many: readonly string[]) => {
      const removal = untrackTasks(many);
      if (!removal) return;
      setRemoved(removal);
      focusNext.current = 'undo';
    },
    [untrackTasks],
  );
  const remove = useCallback((id: string) => removeMany([id]), [removeMany]);

  const undo = () => {
    if (!removed) return;
    restoreTasks(removed);
    setRemoved(undefined);
    focusNext.current = 'heading';
  };

  // Not marked as asked for, unlike a row's Refresh: each request keeps its task's own place in
  // the line (rows on screen, then the rest), so the rows in sight refresh first, and a thousand
  // of them never get ahead of a row's Refresh or of the task opened next.
  const refreshAll = () =>
    void queryClient.refetchQueries({ queryKey: TASK_QUERIES, type: 'active' });
  const refreshSome = (some: readonly string[]) => {
    const chosen = new Set(some);
    void queryClient.refetchQueries({
      queryKey: TASK_QUERIES,
      type: 'active',
      predicate: (query) => chosen.has(readTaskQueryKey(query.queryKey)?.[3] ?? ''),
    });
  };
  const allShownSelected = shown.length > 0 && selectedShown.length === shown.length;

  return (
    <section aria-labelledby={TASK_LIST_HEADING_ID} className="space-y-3">
      {help ? (
        <Suspense fallback={null}>
          <ShortcutsHelp
            onClose={closeHelp}
            enabled={shortcutsOn()}
            onEnabledChange={setShortcutsOn}
          />
        </Suspense>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <h2
          id={TASK_LIST_HEADING_ID}
          ref={headingRef}
          tabIndex={-1}
          className="text-lg font-semibold focus:outline-none"
        >
          {t('Tasks')}
        </h2>
        <StatusFilterBar
          counts={statusCounts}
          selected={filter}
          onSelect={(status) => setFilters({ status })}
        />
        {/* Always there once tasks are: the layout does not jump when a second model appears,
            and a model chosen in the address stays visible and can be changed. */}
        {ids.length > 0 || model !== '' ? (
          <ModelFilter
            modelCounts={modelCounts}
            allModelsCount={allModelsCount}
            selected={model}
            onSelect={(next) => setFilters({ model: next })}
          />
        ) : null}
        <RefreshButton
          hasKey={hasKey}
          className="btn-secondary ml-auto"
          onClick={refreshAll}
          disabledReason={
            ids.length === 0 ? t('There are no tasks to refresh yet: add some above.') : undefined
          }
        >
          {t('Refresh all')}
        </RefreshButton>
      </div>
      {ids.length > 0 || narrowsList(shownView) ? (
        <ViewControls
          view={shownView}
          batches={batches}
          onChange={setFilters}
          onSearch={typeSearch}
          searchRef={searchRef}
        />
      ) : null}
      {chosenBatch ? (
        <p className="text-sm text-slate-700">
          {t('Batch “{batch}”: {progress}', {
            batch: chosenBatch.name,
            progress: batchWords(chosenBatch),
          })}
        </p>
      ) : null}
      <FailureSummary summaries={shownSummaries} />
      {selectedShown.length > 0 ? (
        <Suspense fallback={null}>
          <BulkActions
            ids={selectedShown}
            batches={batchNames}
            hasKey={hasKey}
            succeeded={selectedSucceeded}
            onRemove={removeMany}
            onRefresh={refreshSome}
            onSetBatch={setBatch}
            onClear={() => selectOnly([])}
            onOpen={(name, opener) => setPanel({ name, opener })}
          />
          {panel ? (
            // A boundary of its own: the bar above stays (and keeps the focus) while it loads.
            <Suspense fallback={null}>
              <BulkPanel
                name={panel.name}
                ids={selectedShown}
                onClose={() => {
                  panel.opener.focus();
                  setPanel(undefined);
                }}
              />
            </Suspense>
          ) : null}
        </Suspense>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        {shown.length > 0 ? (
          <label className="flex min-h-6 cursor-pointer items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-slate-800"
              checked={allShownSelected}
              ref={(box) => {
                if (box) box.indeterminate = selectedShown.length > 0 && !allShownSelected;
              }}
              onChange={() => selectOnly(allShownSelected ? [] : shown)}
            />
            {t('Select all')}
          </label>
        ) : null}
        <p role="status" className="text-sm text-slate-600">
          {tp(
            ids.length,
            { one: 'Showing {shown} of {count} task', other: 'Showing {shown} of {count} tasks' },
            { shown: shown.length },
          )}
        </p>
      </div>
      <div role="status" className="text-sm">
        {removed ? (
          <p className="flex items-center gap-2 rounded-md bg-slate-800 px-3 py-2 text-white">
            <span className="min-w-0 flex-1 truncate">
              {removed.entries.length === 1 ? (
                <RichText
                  message="Removed <id>{id}</id>."
                  parts={{ id: (text) => <span className="font-mono">{text}</span> }}
                  values={{ id: removed.entries[0]?.task.id ?? '' }}
                />
              ) : (
                tp(removed.entries.length, {
                  one: 'Removed {count} task.',
                  other: 'Removed {count} tasks.',
                })
              )}
            </span>
            <button
              ref={undoRef}
              type="button"
              onClick={undo}
              className="rounded bg-white px-2 py-0.5 font-medium text-slate-900"
            >
              {t('Undo')}
            </button>
          </p>
        ) : null}
      </div>
      {ids.length === 0 ? (
        <p className="card text-sm text-slate-600">
          {t('No tasks yet. Paste task ids above, or try the demo to see how it works.')}
        </p>
      ) : shown.length === 0 ? (
        <div className="card flex flex-wrap items-center gap-3 text-sm text-slate-600">
          <p>{t('No task matches this filter.')}</p>
          <button
            type="button"
            className="btn-secondary"
            onClick={() =>
              setFilters({
                status: 'all',
                model: '',
                q: '',
                from: '',
                to: '',
                hideFinished: false,
                batch: '',
              })
            }
          >
            {t('Clear filters')}
          </button>
        </div>
      ) : (
        <RowsOfTasks ids={shown} hasKey={hasKey} onRemove={remove} onSelect={select} />
      )}
    </section>
  );
}
