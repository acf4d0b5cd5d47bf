// Whether this browser refused to keep something (storage full, or blocked in a private
// window), or kept something this version cannot read. The app goes on in memory, or afresh;
// the page says so once, in words, instead of failing.
import { create } from 'zustand';

/** What was kept, in the words the page shows, in the language of the moment: `() => t('…')`. */
export type StoredWhat = () => string;

interface StorageHealth {
  /** What could not be kept; empty while all is well. */
  refused: readonly StoredWhat[];
  /** What was kept but could not be read, and was started afresh. */
  unreadable: readonly StoredWhat[];
}

const useStorageHealth = create<StorageHealth>()(() => ({ refused: [], unreadable: [] }));

function note(list: keyof StorageHealth, what: StoredWhat): void {
  const seen = useStorageHealth.getState()[list];
  if (!seen.some((known) => known() === what())) {
    useStorageHealth.setState({ [list]: [...seen, what] });
  }
}

/** Notes that `what` (e.g. "the API key") could not be stored; each thing is noted once. */
export const reportStorageRefused = (what: StoredWhat) => note('refused', what);
/** Notes that the stored `what` could not be read and was started afresh. */
export const reportStorageUnreadable = (what: StoredWhat) => note('unreadable', what);

export const useStorageRefused = () => useStorageHealth((state) => state.refused);
export const useStorageUnreadable = () => useStorageHealth((state) => state.unreadable);
