import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Snapshot } from '../../domain/task-history';
import type { Task } from '../../domain/task-model';
import type * as RowEta from './row-eta';
import { useNow } from '../../hooks/use-now';

type RowEtaModule = typeof RowEta;

let loading: Promise<RowEtaModule> | undefined;
let loaded: RowEtaModule | undefined;
const NOTHING: readonly Snapshot[] = [];
const unsubscribed = () => undefined;

/**
 * The time left on a row, from the same history, durations and estimate as the detail page, or
 * undefined when it is unknown (a row has no room for the reasons; the detail page says why).
 */
export function useRowEta(task: Task): string | undefined {
  const { id, model } = task;
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    let live = true;
    loading ??= import('./row-eta').then((imported) => (loaded = imported));
    void loading.then((imported) => {
      if (live) setModule(imported);
    });
    return () => {
      live = false;
    };
  }, []);
  const store = module?.taskHistoryStore();
  const subscribe = useCallback(
    (listener: () => void) => store?.subscribe(id, listener) ?? unsubscribed,
    [store, id],
  );
  const history = useSyncExternalStore(subscribe, () => store?.getSnapshots(id) ?? NOTHING);
  // Only a task without progress is compared with its model's finished tasks.
  const durationStore =
    task.progress === undefined && model ? module?.taskDurationStore() : undefined;
  const subscribeDurations = useCallback(
    (listener: () => void) => durationStore?.subscribe(listener) ?? unsubscribed,
    [durationStore],
  );
  const durations = useSyncExternalStore(subscribeDurations, () =>
    model ? durationStore?.getDurations(model) : undefined,
  );
  const now = useNow();
  return module?.rowTimeLeft(task, history, durations, now);
}
