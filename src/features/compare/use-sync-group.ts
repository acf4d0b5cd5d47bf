import { createContext, use, useSyncExternalStore } from 'react';
import type { SyncGroup, SyncState } from './sync-group';

/** The compare page's one SyncGroup, for its columns' videos and its control bar. */
export const SyncGroupContext = createContext<SyncGroup | null>(null);

export function useSyncGroup(): { group: SyncGroup; state: SyncState } {
  const group = use(SyncGroupContext);
  if (!group) throw new Error('useSyncGroup is used outside the compare page.');
  const state = useSyncExternalStore(group.subscribe, group.getState);
  return { group, state };
}
