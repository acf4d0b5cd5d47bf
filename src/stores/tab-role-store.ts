// Whether this tab is the one that polls. Several tabs share one set of tasks; only the leader
// sends requests and the others show what it broadcasts (see app/tab-sync.ts).
import { create } from 'zustand';

interface TabRoleState {
  isLeader: boolean;
  /** True while the last answers are being read: asking before they arrive would ask again. */
  awaitingAnswers: boolean;
  actions: {
    becomeLeader: () => void;
    stepDown: () => void;
    awaitAnswers: () => void;
    answersRead: () => void;
  };
}

const useTabRoleStore = create<TabRoleState>()((set) => ({
  // A tab on its own leads; app/tab-sync.ts steps it down until it wins the election.
  isLeader: true,
  awaitingAnswers: false,
  actions: {
    becomeLeader: () => set({ isLeader: true }),
    stepDown: () => set({ isLeader: false }),
    awaitAnswers: () => set({ awaitingAnswers: true }),
    answersRead: () => set({ awaitingAnswers: false }),
  },
}));

/** Whether this tab sends requests now: it leads, and it knows what was known before. */
export const useMayAsk = () => useTabRoleStore((state) => state.isLeader && !state.awaitingAnswers);
export const tabRoleActions = () => useTabRoleStore.getState().actions;
/** For code outside React: whether this tab polls right now. */
export const isLeaderNow = () => useTabRoleStore.getState().isLeader;
