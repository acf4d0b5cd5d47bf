import { useApiKey, useAskingOtherTabs } from '../stores/key-store';
import { useTrackedTasks } from '../stores/tasks-store';

/**
 * Whether this tab has a key: 'asking' while a tab opened without one waits for the other tabs
 * to share theirs, so that nothing says "no key" for the moment that takes.
 */
export function useKeyPresence(): 'key' | 'asking' | 'none' {
  const hasKey = useApiKey() !== '';
  const asking = useAskingOtherTabs();
  return hasKey ? 'key' : asking ? 'asking' : 'none';
}

/**
 * A first visit: no key here or in another tab, and no tasks. Only then is the demo offered;
 * over a list of tasks (which another tab may be polling) it would only be in the way.
 */
export function useIsFirstVisit(): boolean {
  const presence = useKeyPresence();
  const hasTasks = useTrackedTasks().length > 0;
  return presence === 'none' && !hasTasks;
}
