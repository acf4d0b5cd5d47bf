// Whether this tab is the one that polls. Several tabs share one set of tasks; only the leader
// sends requests and the others show what it broadcasts (see app/tab-sync.ts).
import { create } from 'zustand';

interface TabRoleState {
  isLeader: boolean;
  actions: { becomeLeader: () => void; stepDown: () => void };
}

const useTabRoleStore = create<TabRoleState>()((set) => ({
  // A tab on its own leads; app/tab-sync.ts steps it down until it wins the election.
  isLeader: true,
  actions: {
    becomeLeader: () => set({ isLeader: true }),
    stepDown: () => set({ isLeader: false }),
  },
}));

export const useIsLeader = () => useTabRoleStore((state) => state.isLeader);
export const tabRoleActions = () => useTabRoleStore.getState().actions;
/** For code outside React: whether this tab polls right now. */
export const isLeaderNow = () => useTabRoleStore.getState().isLeader;
