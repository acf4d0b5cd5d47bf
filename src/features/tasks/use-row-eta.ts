import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Snapshot } from '../../api/task-history';
import type * as RowEta from './row-eta';
import { useNow } from '../../hooks/use-now';

type RowEtaModule = typeof RowEta;

let loading: Promise<RowEtaModule> | undefined;
let loaded: RowEtaModule | undefined;
const NOTHING: readonly Snapshot[] = [];

/**
 * The time left on a row, from the same history and estimate as the detail page, or undefined
 * when it is unknown (a row has no room for the reasons; the detail page says why).
 */
export function useRowEta(id: string): string | undefined {
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
    (listener: () => void) => store?.subscribe(id, listener) ?? (() => undefined),
    [store, id],
  );
  const history = useSyncExternalStore(subscribe, () => store?.getSnapshots(id) ?? NOTHING);
  const now = useNow();
  if (!module) return undefined;
  const eta = module.estimateTimeLeft(history, now);
  return eta?.known ? module.describeEta(eta) : undefined;
}
