// Whether this browser refused to keep something (storage full, or blocked in a private
// window). The app goes on in memory; the page says so once, in words, instead of failing.
import { create } from 'zustand';

interface StorageHealth {
  /** What could not be kept, in the words the page shows; empty while all is well. */
  refused: readonly string[];
}

const useStorageHealth = create<StorageHealth>()(() => ({ refused: [] }));

/** Notes that `what` (e.g. "the API key") could not be stored; each thing is noted once. */
export function reportStorageRefused(what: string): void {
  const { refused } = useStorageHealth.getState();
  if (!refused.includes(what)) useStorageHealth.setState({ refused: [...refused, what] });
}

export const useStorageRefused = () => useStorageHealth((state) => state.refused);
