// Whether this browser refused to keep something (storage full, or blocked in a private
// window), or kept something this version cannot read. The app goes on in memory, or afresh;
// the page says so once, in words, instead of failing.
import { create } from 'zustand';

interface StorageHealth {
  /** What could not be kept, in the words the page shows; empty while all is well. */
  refused: readonly string[];
  /** What was kept but could not be read, and was started afresh. */
  unreadable: readonly string[];
}

const useStorageHealth = create<StorageHealth>()(() => ({ refused: [], unreadable: [] }));

function note(list: keyof StorageHealth, what: string): void {
  const seen = useStorageHealth.getState()[list];
  if (!seen.includes(what)) useStorageHealth.setState({ [list]: [...seen, what] });
}

/** Notes that `what` (e.g. "the API key") could not be stored; each thing is noted once. */
export const reportStorageRefused = (what: string) => note('refused', what);
/** Notes that the stored `what` could not be read and was started afresh. */
export const reportStorageUnreadable = (what: string) => note('unreadable', what);

export const useStorageRefused = () => useStorageHealth((state) => state.refused);
export const useStorageUnreadable = () => useStorageHealth((state) => state.unreadable);
